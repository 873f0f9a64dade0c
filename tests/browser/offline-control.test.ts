// Issue 18, items 1, 3 and 8: the control screen with no network. A controller opens it once
// online (it keeps itself, the QR reader, the public keys and the signed list of revoked
// passports), then Chromium goes offline: the page reloads from the service worker, a scanned
// valid passport (fake camera), an expired and a revoked one (their QR links typed) are
// answered from the signature and the list, each marked "Hors ligne"; back online the checks
// are sent and logged with their offline time, the controller and the site. The learner's card
// shows offline too, and leaves the phone at logout.
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { db } from "@/lib/db";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { DEMO, ownPassport } from "@/tests/helpers/demo";
import { APP_URL, ACTION_TIMEOUT, chromiumPath, CHROMIUM_ARGS, login } from "./browser";
import { qrVideo } from "./fake-camera";

const SHOTS = process.env.SHOTS_DIR;

async function qrUrlOf(passportId: string) {
  const p = await db.passport.findUniqueOrThrow({
    where: { id: passportId },
    select: { number: true, expiresAt: true, person: { select: { firstName: true, lastName: true } }, company: true, profile: true },
  });
  return passportVerificationUrl({
    number: p.number,
    lastName: p.person.lastName,
    firstName: p.person.firstName,
    companyName: p.company.name,
    profileName: p.profile.name,
    expiresAt: p.expiresAt,
  });
}

/** Screenshots for review (SHOTS_DIR set): the phone's, then the same screen at 1280 × 800. */
async function shot(page: Page, name: string) {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}-390.png` });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png` });
  await page.setViewportSize({ width: 390, height: 844 });
}

let browser: Browser;
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

it("checks a valid, an expired and a revoked passport offline, then sends the checks", async () => {
  const valid = await ownPassport("W");
  const expired = await ownPassport("X");
  await db.passport.update({ where: { id: expired.passport.id }, data: { expiresAt: new Date(Date.now() - 3 * 86_400_000) } });
  const revoked = await ownPassport("Y", { revoked: true });
  mkdirSync("tests/.tmp", { recursive: true });
  const video = resolve("tests/.tmp/qr-camera-offline.y4m");
  qrVideo(await qrUrlOf(valid.passport.id), video);

  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ["camera"], locale: "fr-FR" });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await login(page, DEMO.controller);
  expect(new URL(page.url()).pathname).toBe("/espace/controle");
  const siteSelect = page.getByLabel("Site de contrôle");
  await siteSelect.selectOption({ index: 1 });
  const siteId = await page.evaluate(() => localStorage.getItem("passeport-securite.site-de-controle"));
  expect(siteId).toBeTruthy();
  // online: the screen keeps what it needs (lists, QR reader, itself)
  const status = page.getByRole("status");
  await status.getByText("prêt pour le contrôle hors ligne").waitFor({ timeout: 30_000 });
  await status.getByText("liste à jour à l'instant").waitFor();
  await shot(page, "controle-en-ligne");

  const offlineFrom = new Date();
  await context.setOffline(true);
  // the page opens again with no network, from the service worker
  await page.reload();
  await status.getByText("Hors ligne", { exact: true }).waitFor();
  await status.getByText("liste à jour").waitFor();

  // a typed number cannot be verified without the network
  await page.getByLabel("Numéro de passeport").fill(valid.number);
  await page.getByRole("button", { name: "Contrôler" }).click();
  await page.getByText("Hors ligne : scannez le QR code du passeport.").waitFor();

  const verdict = page.getByRole("region", { name: "Résultat du contrôle" });
  // the valid passport, scanned with the camera (the QR reader's WebAssembly from the cache)
  await page.getByRole("button", { name: "Scanner le QR code" }).click();
  await verdict.getByText("Valide", { exact: true }).waitFor({ timeout: 20_000 });
  await verdict.getByText("Hors ligne", { exact: true }).waitFor();
  await verdict.getByText(`${valid.holder.lastName.toUpperCase()} Paul`).waitFor();
  await shot(page, "controle-hors-ligne-valide");

  // the expired and the revoked ones, their QR links typed
  for (const [own, word] of [
    [expired, "Expiré"],
    [revoked, "Révoqué"],
  ] as const) {
    await page.getByLabel("Numéro de passeport").fill(await qrUrlOf(own.passport.id));
    await page.getByRole("button", { name: "Contrôler" }).click();
    await verdict.getByText(word, { exact: true }).waitFor();
    await verdict.getByText("Hors ligne", { exact: true }).waitFor();
    await verdict.getByText(`${own.holder.lastName.toUpperCase()} Paul`).waitFor();
  }
  await shot(page, "controle-hors-ligne-revoque");
  await status.getByText("3 contrôles en attente d'envoi").waitFor();
  const offlineTo = new Date();
  const ids = [valid.passport.id, expired.passport.id, revoked.passport.id];
  expect(await db.passportCheck.count({ where: { passportId: { in: ids } } })).toBe(0);

  // back online: the checks are sent
  await context.setOffline(false);
  await page.getByText("3 contrôles faits hors ligne envoyés.").waitFor({ timeout: 20_000 });
  await status.getByText("En ligne", { exact: true }).waitFor();
  expect(await status.getByText("en attente d'envoi").count()).toBe(0);

  const controller = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.controller } }, select: { id: true } });
  const rows = await db.passportCheck.findMany({
    where: { passportId: { in: ids } },
    select: {
      passportId: true,
      result: true,
      offlineResult: true,
      offline: true,
      checkedAt: true,
      syncedAt: true,
      checkedById: true,
      siteId: true,
    },
  });
  expect(rows).toHaveLength(3);
  const result = (id: string) => rows.find((r) => r.passportId === id);
  expect(result(valid.passport.id)).toMatchObject({ result: "VALID", offlineResult: "VALID" });
  expect(result(expired.passport.id)).toMatchObject({ result: "EXPIRED", offlineResult: "EXPIRED" });
  expect(result(revoked.passport.id)).toMatchObject({ result: "REVOKED", offlineResult: "REVOKED" });
  for (const row of rows) {
    expect(row).toMatchObject({ offline: true, checkedById: controller.id, siteId });
    // logged at the time of the check on the phone, not when it arrived
    expect(row.checkedAt.getTime()).toBeGreaterThanOrEqual(offlineFrom.getTime() - 1000);
    expect(row.checkedAt.getTime()).toBeLessThanOrEqual(offlineTo.getTime() + 1000);
    expect(row.syncedAt!.getTime()).toBeGreaterThanOrEqual(row.checkedAt.getTime());
  }
  await context.close();
}, 180_000);

it("shows the learner's passport card offline, and forgets it at logout", async () => {
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: "fr-FR" });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await login(page, DEMO.holder);
  await page.goto(`${APP_URL}/espace/passeports`);
  const card = page.getByRole("article", { name: "Passeport PS-2026-7K4M9Q" });
  await card.getByRole("img", { name: "QR code du passeport PS-2026-7K4M9Q" }).waitFor();
  await card.getByRole("img", { name: "Pas encore de photo" }).waitFor();
  // the card fills the phone's screen under the space's header
  const box = (await card.boundingBox())!;
  expect(box.height).toBeGreaterThan(600);
  await page.getByText("Ton passeport est enregistré sur ce téléphone").waitFor({ timeout: 30_000 });
  await shot(page, "carte-en-ligne");

  await context.setOffline(true);
  await page.reload();
  await card.getByText("PS-2026-7K4M9Q").waitFor();
  await card.getByRole("img", { name: "QR code du passeport PS-2026-7K4M9Q" }).waitFor();
  await page.getByText("Sans réseau : ton passeport s'affiche depuis ce téléphone.").waitFor();
  await shot(page, "carte-hors-ligne");

  // signing out empties the pages' cache: offline, the card is gone from this phone
  await context.setOffline(false);
  await page.getByText("☰ Menu").click();
  await page.getByRole("button", { name: "DÉCONNEXION" }).first().click();
  await page.waitForURL(`${APP_URL}/`);
  // the pages' cache is emptied as the sign-out completes (button and service worker): awaited, then checked
  await page
    .waitForFunction(async () => !(await caches.keys()).includes("passeport-pages"), undefined, { timeout: 10_000 })
    .catch(() => undefined);
  expect(await page.evaluate(async () => (await caches.keys()).includes("passeport-pages"))).toBe(false);
  await context.setOffline(true);
  await page.goto(`${APP_URL}/espace/passeports`).catch(() => undefined);
  expect(await page.getByText("PS-2026-7K4M9Q").count()).toBe(0);
  await context.close();
}, 120_000);
