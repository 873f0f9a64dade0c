import { normalizePassportNumber, READABLE_ALPHABET } from "@/lib/passports/passport-number";

describe("numbers typed at the gate (issue 18, item 5)", () => {
  it.each([
    ["PS-2026-7K4M9Q", "PS-2026-7K4M9Q"],
    ["ps20267k4m9q", "PS-2026-7K4M9Q"],
    ["PS 2026 7K4M9Q", "PS-2026-7K4M9Q"],
    ["  ps-2026-7k4m9q ", "PS-2026-7K4M9Q"],
    ["PS-2O26-7K4M9Q", "PS-2026-7K4M9Q"],
    ["ps2o26-7k4m9q", "PS-2026-7K4M9Q"],
    ["P5-2026-7K4M9Q", "PS-2026-7K4M9Q"],
    ["20267K4M9Q", "PS-2026-7K4M9Q"],
    ["PS-2I26-R8TW3N", "PS-2126-R8TW3N"],
    ["PS-2026-R8TW3N", "PS-2026-R8TW3N"],
  ])("%s → %s", (typed, expected) => {
    expect(normalizePassportNumber(typed)).toBe(expected);
  });

  it("leaves anything else cleaned but recognisable as not a number", () => {
    expect(normalizePassportNumber("bonjour")).toBe("BONJOUR");
    expect(normalizePassportNumber("PS-2026-7K4M9")).toBe("PS20267K4M9");
  });

  it("never needs the left-out characters after the year", () => {
    for (const c of "01OIL") expect(READABLE_ALPHABET).not.toContain(c);
  });
});
