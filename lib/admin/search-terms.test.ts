import { foldAccents, parseSearch } from "@/lib/admin/search-terms";

describe("parseSearch", () => {
  it("folds accents and case, splits words and escapes LIKE wildcards", () => {
    expect(foldAccents("ÉLODIE Bécart-Lefèvre")).toBe("elodie becart-lefevre");
    expect(parseSearch("  Élodie   BÉCART ")).toMatchObject({
      words: ["elodie", "becart"],
      code: "ÉLODIEBÉCART",
      digits: null,
      session: null,
    });
    expect(parseSearch("100%_sûr")!.words).toEqual(["100\\%\\_sur"]);
  });

  it("reads identifiers, SIRET digits and session labels", () => {
    expect(parseSearch("ps-2026-7k4m9q")!.code).toBe("PS-2026-7K4M9Q");
    expect(parseSearch("732 829 320 00074")!.digits).toBe("73282932000074");
    expect(parseSearch("Salarié administratif n°47")!.session).toEqual({ number: 47, words: ["salarie", "administratif"] });
    expect(parseSearch("n° 47")!.session).toEqual({ number: 47, words: [] });
    expect(parseSearch("47")!.session).toEqual({ number: 47, words: [] });
  });

  it("answers nothing to fewer than two characters, and bounds the length", () => {
    expect(parseSearch("a")).toBeNull();
    expect(parseSearch(" \u0000 ")).toBeNull();
    expect(parseSearch("x".repeat(500))!.lower).toHaveLength(120);
  });
});
