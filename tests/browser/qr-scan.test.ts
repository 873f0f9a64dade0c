// F2: the control screen reads a passport's QR code from the camera. Chromium's fake camera
// plays a video of the QR code (a Y4M file drawn from the real verification URL, fake-camera.ts).
import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser } from "playwright-core";
import { db } from "@/lib/db";
import { passportVerificationUrl } from "@/lib/passports/passport-credential";
import { APP_URL, ACTION_TIMEOUT, chromiumPath, CHROMIUM_ARGS } from "./browser";
import { qrVideo } from "./fake-camera";

let browser: Browser;
afterAll(async () => {
  await browser?.close();
  await db.$disconnect();
});

it("checks a passport by scanning its QR code with the camera", async () => {
  const passport = await db.passport.findUniqueOrThrow({
    where: { number: "PS-2026-7K4M9Q" },
    select: {
      id: true,
      number: true,
      expiresAt: true,
      person: { select: { firstName: true, lastName: true } },
      company: { select: { name: true } },
      profile: { select: { name: true } },
    },
  });
  mkdirSync("tests/.tmp", { recursive: true });
  const video = resolve("tests/.tmp/qr-camera.y4m");
  // the signed credential of issue 18, as printed on passports from now on
  qrVideo(
    await passportVerificationUrl({
      number: passport.number,
      lastName: passport.person.lastName,
      firstName: passport.person.firstName,
      companyName: passport.company.name,
      profileName: passport.profile.name,
      expiresAt: passport.expiresAt,
    }),
    video,
  );

  browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: [
      ...CHROMIUM_ARGS,
      "--use-fake-ui-for-media-stream",
      "--use-fake-device-for-media-stream",
      `--use-file-for-fake-video-capture=${video}`,
    ],
  });
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, permissions: ["camera"] });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  await page.goto(APP_URL);
  await page.getByLabel("e-mail, ID unique ou n° adhérent").fill("marc.leroy@gvl-demo.fr");
  await page.getByLabel("Mot de passe", { exact: true }).fill("Passeport-Demo-2026");
  await page.getByRole("button", { name: "Je me connecte" }).click();
  // issue 18, item 5: a controller lands on the check screen
  await page.waitForURL(`${APP_URL}/espace/controle`);
  await page.getByRole("button", { name: "Scanner le QR code" }).click();
  // The 3 s video loops: the first frames read are enough. (The JavaScript reader used before
  // missed about one dense QR code in six, even on perfect frames: lib/passports/qr-reader.ts.)
  await page.getByText("Valide", { exact: true }).waitFor({ timeout: 20_000 });
  await page.getByText("DUPONT Jean").waitFor();
  const logged = await db.passportCheck.findFirst({
    where: { passportId: passport.id, channel: "CONTROL", checkedBy: { lastName: "Leroy" } },
  });
  expect(logged?.result).toBe("VALID");
  await context.close();
}, 120_000);
