// The manuals and the demo FAQ name the platform's menus in capitals, as the screens write
// them: each such label must exist in the app's sources, so that a renamed menu is caught.
import { readdirSync, readFileSync } from "node:fs";
import { GUIDES } from "@/lib/help/guides";
import { seedFaq } from "@/prisma/seed-faq";

const sources = ["app", "components"]
  .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => `${dir}/${f}`))
  .filter((f) => f.endsWith(".tsx") && !f.includes("/aide/") && !f.includes("legal"))
  // the space switcher's labels
  .concat("lib/auth/spaces.ts")
  .map((f) => readFileSync(f, "utf8"))
  .join("\n")
  .replace(/&apos;/g, "'");

const texts = [
  ...GUIDES.flatMap((g) => [g.intro, ...g.sections.flatMap((s) => [...(s.paragraphs ?? []), ...(s.steps ?? [])])]),
  ...seedFaq.flatMap((t) => t.entries.flatMap((e) => [e.question, e.answer])),
];

/** Words in capitals of two words or more ("VALIDER MON PARCOURS", "MES PASSEPORTS"). */
const labels = [...new Set(texts.flatMap((t) => t.match(/\b[A-ZÉÈÀÔ][A-ZÉÈÀÔ']+(?: [A-ZÉÈÀÔ][A-ZÉÈÀÔ']+)+\b/g) ?? []))];

it("names only menus that exist", () => {
  expect(labels.length).toBeGreaterThan(8);
  expect(labels.filter((l) => !sources.includes(l))).toEqual([]);
});

it("has a manual for each role, and at least 20 FAQ entries", () => {
  expect(GUIDES.map((g) => g.slug)).toEqual(["referent", "entreprise-adherente", "salarie", "formateur", "controleur"]);
  expect(seedFaq.flatMap((t) => t.entries).length).toBeGreaterThanOrEqual(20);
});
