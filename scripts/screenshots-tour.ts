// The tour of `npm run screenshots` (scripts/screenshots.mjs starts the database and the app).
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { db } from "@/lib/db";
import { launchBrowser } from "@/tests/browser/browser";
import { tours } from "@/tests/browser/tour";
import { walk } from "@/tests/browser/tour";

const OUT = process.env.CAPTURES_DIR ?? "captures";

async function main() {
  const only = process.argv.slice(2);
  const browser = await launchBrowser();
  let count = 0;
  try {
    for (const tour of await tours()) {
      if (only.length && !only.includes(tour.role)) continue;
      await walk(browser, tour, async (page, visit, size) => {
        const dir = join(OUT, size.name, tour.role);
        mkdirSync(dir, { recursive: true });
        await page.screenshot({ path: join(dir, `${visit.name}.png`), fullPage: true });
        count++;
      });
      console.log(`[captures] ${tour.role} : ${tour.visits.length} pages`);
    }
  } finally {
    await browser.close();
    await db.$disconnect();
  }
  console.log(`[captures] ${count} captures dans ${OUT}/`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
