// Chromium for browser tests: Debian's binary (or CHROMIUM_PATH), driven by playwright-core.
import { chromium, type Browser, type Page } from "playwright-core";
import { existsSync } from "node:fs";
import { Secret, TOTP } from "otpauth";
import { db } from "@/lib/db";
import { DEMO_ADMIN_TOTP_SECRET } from "@/tests/helpers/demo";

export const APP_URL = process.env.APP_URL ?? "http://127.0.0.1:3000";

/** Actions fail after 10 s instead of Playwright's 30 s: a broken page fails fast. */
export const ACTION_TIMEOUT = 10_000;

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

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

export const DEMO_PASSWORD = "Passeport-Demo-2026";

/** Logs in from the home page's "CONNEXION" block and waits to land in a space. */
export async function login(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto(APP_URL);
  await page.getByLabel("e-mail, ID unique ou n° adhérent").fill(identifier);
  await page.getByLabel("Mot de passe", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Je me connecte" }).click();
  await page.waitForURL((u) => !["/", "/connexion/suite"].includes(u.pathname));
  // administrators give a TOTP code next (issue 17, item 5)
  if (new URL(page.url()).pathname === "/acces-administrateur") await giveSecondFactor(page, identifier);
}

/**
 * The second step of an administrator's login, with a code computed from the account's
 * secret. A code's 30-second step serves once per account: when another test just used the
 * current one, the next step's code (accepted for clock drift) is used, or its time awaited.
 */
export async function giveSecondFactor(page: Page, identifier: string, secret = DEMO_ADMIN_TOTP_SECRET) {
  const account = await db.account.findUniqueOrThrow({ where: { email: identifier.toLowerCase() }, select: { id: true } });
  for (let attempt = 0; attempt < 4; attempt++) {
    const factor = await db.totpFactor.findUniqueOrThrow({ where: { accountId: account.id }, select: { lastUsedStep: true } });
    const now = Math.floor(Date.now() / 30_000);
    const step = Math.max(now, factor.lastUsedStep + 1);
    if (step > now + 1) await new Promise((r) => setTimeout(r, (step - 1) * 30_000 - Date.now() + 500));
    const code = new TOTP({ secret: Secret.fromBase32(secret) }).generate({ timestamp: step * 30_000 + 1_000 });
    await page.getByLabel("Code de vérification").fill(code);
    await page.getByRole("button", { name: "Valider" }).click();
    const outcome = await Promise.race([
      page
        .waitForURL((u) => u.pathname.startsWith("/admin"))
        .then(() => "in")
        .catch(() => "timeout"),
      page
        .getByText("Ce code vient déjà de servir")
        .waitFor()
        .then(() => "replayed")
        .catch(() => "timeout"),
    ]);
    if (outcome === "in") return;
  }
  throw new Error(`second facteur refusé pour ${identifier}`);
}

/** One Chromium for a test file, closed with the database connection afterwards. */
export function useBrowser(onClose: () => Promise<unknown> = async () => {}) {
  const holder: { browser: Browser } = { browser: undefined as unknown as Browser };
  beforeAll(async () => {
    holder.browser = await launchBrowser();
  });
  afterAll(async () => {
    await holder.browser?.close();
    await onClose();
  });
  return holder;
}
