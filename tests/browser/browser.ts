// Chromium for browser tests: Debian's binary (or CHROMIUM_PATH), driven by playwright-core.
import { chromium, type Browser } from "playwright-core";
import { existsSync } from "node:fs";

export const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3000";

/** Actions fail after 10 s instead of Playwright's 30 s: a broken page fails fast. */
export const ACTION_TIMEOUT = 10_000;

export const CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];

export function chromiumPath() {
  const path = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => p && existsSync(p));
  if (!path) throw new Error("Chromium introuvable : installez le paquet Debian `chromium` ou définissez CHROMIUM_PATH.");
  return path;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** A fresh context (no shared cookies) and its page. */
export async function openPage(browser: Browser, options: Parameters<Browser["newContext"]>[0] = {}) {
  const context = await browser.newContext({ locale: "fr-FR", ...options });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  return { context, page };
}
