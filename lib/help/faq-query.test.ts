import { faqTsQuery, faqWords } from "@/lib/help/faq-query";
import { splitMarks } from "@/lib/help/highlight";

describe("faqTsQuery", () => {
  it("keeps letters and digits only, unaccented and lower-cased, each as a prefix", () => {
    expect(faqWords("  Équipement & 'protec|tion' !")).toEqual(["equipement", "protec", "tion"]);
    expect(faqTsQuery("Mot de PASSE")).toBe("'mot':* & 'de':* & 'passe':*");
  });
  it("expands the trade's abbreviations", () => {
    expect(faqTsQuery("EPI")).toBe("('epi':* | ('equipements' & 'protection' & 'individuelle'))");
  });
  it("takes the names of Object's properties for plain words", () => {
    expect(faqTsQuery("constructor __proto__ toString")).toBe("'constructor':* & 'proto':* & 'tostring':*");
  });
  it("returns null when nothing is left to search", () => {
    expect(faqTsQuery(" !&| ")).toBeNull();
  });
});

describe("splitMarks", () => {
  it("turns the sentinels into marked segments and keeps the rest as text", () => {
    expect(splitMarks("Les \uE000équipements\uE001 <b>de</b> \uE000protection\uE001")).toEqual([
      { text: "Les ", marked: false },
      { text: "équipements", marked: true },
      { text: " <b>de</b> ", marked: false },
      { text: "protection", marked: true },
    ]);
  });
});
