// Issue 15, item 5: axe-core (WCAG 2.1 A and AA) on every page of every role at 390 and
// 1280 px wide, dialogs, quiz and projector playback included (tests/browser/tour.ts). Any
// serious or critical violation fails; so does a page without a title of its own.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import type { AxeResults } from "axe-core";
import { db } from "@/lib/db";
import { useBrowser } from "./browser";
import { tours, walk, type Tour } from "./tour";

const chromium = useBrowser(() => db.$disconnect());
const AXE_PATH = createRequire(__filename).resolve("axe-core/axe.min.js");
const SITE = "Passeport Sécurité UNPG";

let all: Tour[];
beforeAll(async () => {
  all = await tours();
}, 60_000);

async function axe(page: Page) {
  if (!(await page.evaluate(() => "axe" in window))) await page.addScriptTag({ path: AXE_PATH });
  return page.evaluate(
    () =>
      (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        resultTypes: ["violations"], // the other kinds are counted, not detailed
      }),
    undefined,
  );
}

const ROLES = ["anonyme", "administrateur", "referent", "adherent", "salarie", "titulaire", "formateur", "controleur"];

it.each(ROLES)(
  "every page of « %s » passes axe-core and has a title of its own",
  async (role) => {
    const tour = all.find((t) => t.role === role)!;
    const failures: string[] = [];
    let states = 0;
    await walk(chromium.browser, tour, async (page, visit, size) => {
      states++;
      const where = `${role} ${visit.name} (${size.width} px)`;
      const title = await page.title();
      if (!title.endsWith(` — ${SITE}`) || title.length <= SITE.length + 3) failures.push(`${where} : titre « ${title} »`);
      const { violations, passes } = await axe(page);
      if (passes.length === 0) failures.push(`${where} : axe-core n'a rien vérifié`);
      for (const v of violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
        failures.push(`${where} : ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      }
    });
    expect(states).toBe(tour.visits.length * 2);
    expect(failures).toEqual([]);
  },
  600_000,
);
