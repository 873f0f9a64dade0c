// I2: HTML → PDF through Chromium. One browser per process, launched on first use and
// relaunched if it died; each document gets its own page, JavaScript off and no network
// (only data: URLs load), and at most MAX_PAGES render at once on our two cores.
import "server-only";
import puppeteer, { type Browser } from "puppeteer";
import { CHROMIUM_FLAGS, findChromium } from "@/lib/pdf/chromium";

export class ChromiumUnavailableError extends Error {
  constructor(detail?: string) {
    super(
      "Le moteur d'impression (Chromium) n'est pas installé sur ce serveur : le PDF ne peut pas être produit. " +
        "Installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH." + (detail ? ` (${detail})` : ""),
    );
  }
}

const MAX_PAGES = 4;
const state = globalThis as unknown as { __pdfBrowser?: Promise<Browser>; __pdfActive?: number; __pdfQueue?: (() => void)[] };

async function browser(): Promise<Browser> {
  const current = state.__pdfBrowser && (await state.__pdfBrowser.catch(() => null));
  if (current?.connected) return current;
  const executablePath = findChromium();
  if (!executablePath) throw new ChromiumUnavailableError();
  state.__pdfBrowser = puppeteer
    .launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, protocolTimeout: 60_000 })
    .catch((error: Error) => {
      state.__pdfBrowser = undefined;
      throw new ChromiumUnavailableError(error.message.split("\n")[0]);
    });
  return state.__pdfBrowser;
}

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  state.__pdfActive ??= 0;
  state.__pdfQueue ??= [];
  if (state.__pdfActive >= MAX_PAGES) await new Promise<void>((resolve) => state.__pdfQueue!.push(resolve));
  state.__pdfActive++;
  try {
    return await fn();
  } finally {
    state.__pdfActive--;
    state.__pdfQueue.shift()?.();
  }
}

export async function renderPdf(html: string, options: { landscape?: boolean } = {}): Promise<Buffer> {
  const b = await browser();
  return slot(async () => {
    const page = await b.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.setRequestInterception(true);
      page.on("request", (req) => (req.url().startsWith("data:") ? req.continue() : req.abort()));
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({
        format: "A4",
        landscape: options.landscape ?? false,
        printBackground: true,
        preferCSSPageSize: true,
        margin: { top: 0, right: 0, bottom: 0, left: 0 },
      });
      return Buffer.from(pdf);
    } finally {
      await page.close().catch(() => {});
    }
  });
}

export async function closePdfBrowser() {
  const current = state.__pdfBrowser && (await state.__pdfBrowser.catch(() => null));
  state.__pdfBrowser = undefined;
  await current?.close().catch(() => {});
}
