import { learnerIntl, learnerTranslator } from "@/lib/i18n/learner";
import fr from "@/messages/learner/fr.json";
import en from "@/messages/learner/en.json";

/** Every key of a catalogue, as "a.b.c". */
const keys = (o: object, prefix = ""): string[] =>
  Object.entries(o).flatMap(([k, v]) => (v && typeof v === "object" ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("the learner space's messages (issue 12, item 5)", () => {
  it("has the same keys in English as in French", () => {
    expect(keys(en).sort()).toEqual(keys(fr).sort());
  });

  it("speaks the learner's language, and French for a language without a catalogue or an unknown one", () => {
    expect(learnerTranslator("en", "module")("toQuiz")).toBe("Go to the quiz");
    expect(learnerTranslator("fr", "module")("toQuiz")).toBe("Passer au questionnaire");
    expect(learnerIntl("pl")).toMatchObject({ locale: "fr" });
    expect(learnerIntl("xx")).toMatchObject({ locale: "fr" });
    expect(learnerTranslator(null, "path")("title")).toBe("Valider mon parcours");
  });

  it("writes French typography in French and plurals in both", () => {
    expect(learnerTranslator("fr", "module")("ready", { passMark: 80 })).toBe(
      "Tu peux maintenant répondre au questionnaire. Il faut au moins 80\u00a0% de bonnes réponses.",
    );
    expect(learnerTranslator("fr", "path")("progress", { passed: 2, total: 4 })).toBe("2 modules validés sur 4");
    expect(learnerTranslator("en", "path")("progress", { passed: 1, total: 4 })).toBe("1 module passed out of 4");
    expect(learnerTranslator("en", "module")("triesLeft", { n: 2 })).toBe("2 tries left before the account is blocked.");
  });
});
