// I2: HTML → PDF through Chromium. One browser per process, launched on first use (callers
// arriving during the launch share it) and relaunched if it died; each document gets its own
// page, JavaScript off and no network (only data: URLs load), and at most MAX_PAGES render
// at once so that a burst of downloads does not starve our two cores.
import "server-only";
import puppeteer, { type Browser } from "puppeteer";
import { CHROMIUM_FLAGS, findChromium } from "@/lib/pdf/chromium";
import { frenchSpacesInHtml } from "@/lib/typography";

export class ChromiumUnavailableError extends Error {
  constructor(detail?: string) {
    super(
      "Le moteur d'impression (Chromium) n'est pas installé sur ce serveur : le PDF ne peut pas être produit. " +
        "Installez le paquet Debian « chromium » ou définissez CHROMIUM_PATH." +
        (detail ? ` (${detail})` : ""),
    );
    this.name = "ChromiumUnavailableError";
  }
}

/**
 * Issue 16: the browser died (killed, out of memory) while this document was rendering. The
 * next document launches a new browser; this one is lost and the user is told to try again.
 */
export class PdfInterruptedError extends Error {
  constructor() {
    super("L'impression a été interrompue (le moteur d'impression a redémarré). Réessayez : le document sera produit.");
    this.name = "PdfInterruptedError";
  }
}

const MAX_PAGES = 4;
// A batch of 200 passports (the route's limit) takes a few seconds; these only catch a hung browser.
const RENDER_TIMEOUT_MS = 120_000;

// On globalThis so that Next's dev reloads of this module keep one browser, not one per reload.
type RendererState = { browser?: Promise<Browser>; active: number; waiting: (() => void)[] };
const g = globalThis as typeof globalThis & { __pdfRenderer?: RendererState };
const state = (g.__pdfRenderer ??= { active: 0, waiting: [] });

function launch(executablePath: string): Promise<Browser> {
  const launching: Promise<Browser> = puppeteer
    .launch({ executablePath, headless: true, args: CHROMIUM_FLAGS, protocolTimeout: RENDER_TIMEOUT_MS })
    .then(
      (browser) => {
        browser.on("disconnected", () => {
          if (state.browser === launching) state.browser = undefined;
        });
        return browser;
      },
      (error: Error) => {
        if (state.browser === launching) state.browser = undefined; // the next document tries again
        throw new ChromiumUnavailableError(error.message.split("\n")[0]);
      },
    );
  return launching;
}

async function getBrowser(): Promise<Browser> {
  for (;;) {
    const current = state.browser;
    if (!current) {
      const executablePath = findChromium();
      if (!executablePath) throw new ChromiumUnavailableError();
      state.browser = launch(executablePath);
      return state.browser;
    }
    const browser = await current; // a failed launch fails every caller that was waiting on it
    if (browser.connected) return browser;
    if (state.browser === current) state.browser = undefined; // died before its event arrived
  }
}

/** Runs fn when fewer than MAX_PAGES renders are under way; a finishing render hands its slot over. */
async function withPageSlot<T>(fn: () => Promise<T>): Promise<T> {
  if (state.active < MAX_PAGES) state.active++;
  else await new Promise<void>((resolve) => state.waiting.push(resolve));
  try {
    return await fn();
  } finally {
    const next = state.waiting.shift();
    if (next) next();
    else state.active--;
  }
}

/** A4 PDF of a complete HTML document; the document sets its own margins with @page. */
export async function renderPdf(html: string, options: { landscape?: boolean } = {}): Promise<Buffer> {
  return withPageSlot(async () => {
    const browser = await getBrowser();
    try {
      return await renderOn(browser, html, options);
    } catch (error) {
      if (!browser.connected) throw new PdfInterruptedError();
      throw error;
    }
  });
}

async function renderOn(browser: Browser, html: string, options: { landscape?: boolean }): Promise<Buffer> {
  const page = await browser.newPage();
  try {
    page.setDefaultTimeout(RENDER_TIMEOUT_MS);
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on("request", (request) => {
      const settled = request.url().startsWith("data:") ? request.continue() : request.abort("blockedbyclient");
      settled.catch(() => {}); // the page may already be closing
    });
    // issue 15: French typography in every PDF, whatever the document wrote
    await page.setContent(frenchSpacesInHtml(html), { waitUntil: "load" });
    const pdf = await page.pdf({
      format: "A4",
      landscape: options.landscape ?? false,
      printBackground: true,
      preferCSSPageSize: true,
      margin: { top: 0, right: 0, bottom: 0, left: 0 },
      timeout: RENDER_TIMEOUT_MS,
    });
    return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await page.close().catch(() => {});
  }
}

/** Closes the shared browser (tests, graceful shutdown); the next document launches a new one. */
export async function closePdfBrowser(): Promise<void> {
  const current = state.browser;
  state.browser = undefined;
  const browser = await current?.catch(() => null);
  await browser?.close().catch(() => {});
}
