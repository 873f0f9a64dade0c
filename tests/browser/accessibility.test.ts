// Issue 15, item 5: axe-core (WCAG 2.1 A and AA) on every page of every role at 390 and
// 1280 px wide, dialogs, quiz and projector playback included (tests/browser/tour.ts). Any
// serious or critical violation fails; so does a page without a title of its own, a page wider
// than the screen, and a frame that scrolls on its own (overflow auto or scroll, content larger
// than the frame) without taking the keyboard focus or without a name: axe's
// "scrollable-region-focusable" lets such a frame pass when it holds a link, the keyboard user on
// a phone still cannot scroll it.
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

/** The page's width beyond the screen, and the frames that scroll on their own but cannot be reached or named. */
function layoutFaults(page: Page) {
  return page.evaluate(() => {
    const faults: string[] = [];
    const extra = document.documentElement.scrollWidth - window.innerWidth;
    if (extra > 1) faults.push(`page plus large que l'écran de ${extra} px`);
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("body *"))) {
      const style = getComputedStyle(el);
      const scrolls =
        (/auto|scroll/.test(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (/auto|scroll/.test(style.overflowY) && el.scrollHeight > el.clientHeight + 1);
      if (!scrolls) continue;
      const labelled = (el as HTMLInputElement).labels?.length;
      const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || labelled;
      if (el.tabIndex < 0 || !named)
        faults.push(
          `cadre défilant ${el.tagName.toLowerCase()}.${String(el.className).split(" ").slice(0, 3).join(".")} : focus ${el.tabIndex}, nom ${named || "aucun"}`,
        );
    }
    return faults;
  });
}

const ROLES = ["anonyme", "administrateur", "referent", "adherent", "salarie", "titulaire", "formateur", "controleur"];

it.each(ROLES)(
  "every page of « %s » passes axe-core, has a title of its own, fits the screen and lets the keyboard reach its scrolling frames",
  async (role) => {
    const tour = all.find((t) => t.role === role)!;
    const failures: string[] = [];
    let states = 0;
    await walk(chromium.browser, tour, async (page, visit, size) => {
      states++;
      const where = `${role} ${visit.name} (${size.width} px)`;
      const title = await page.title();
      if (!title.endsWith(` — ${SITE}`) || title.length <= SITE.length + 3) failures.push(`${where} : titre « ${title} »`);
      for (const fault of await layoutFaults(page)) failures.push(`${where} : ${fault}`);
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
