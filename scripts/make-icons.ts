// Issue 18: the web app's icons (manifests, home screen) drawn from public/icons/icon.svg by
// Debian's Chromium: `npx tsx scripts/make-icons.ts` after changing the SVG, then commit the PNGs.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import puppeteer from "puppeteer";

const DIR = path.join(process.cwd(), "public", "icons");
const SIZES = [
  { file: "icon-192.png", size: 192 },
  { file: "icon-512.png", size: 512 },
  { file: "apple-touch-icon.png", size: 180 },
];

async function main() {
  const svg = await readFile(path.join(DIR, "icon.svg"), "utf8");
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--headless", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    const page = await browser.newPage();
    for (const { file, size } of SIZES) {
      await page.setViewport({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`);
      await writeFile(path.join(DIR, file), await page.screenshot({ type: "png", omitBackground: true }));
      console.log(`${file} (${size} px)`);
    }
  } finally {
    await browser.close();
  }
}

void main();
