// Item 5 of issue 17 in the browser: "ACCÈS ADMINISTRATEUR" asks for the password, then a
// TOTP code; the password alone opens no administration page, whichever login form was
// used; an administrator without an authenticator enrols one at the first login (QR code
// and key) and sees the recovery codes once.
import { Secret, TOTP } from "otpauth";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { uniq } from "@/tests/helpers/demo";
import { APP_URL, DEMO_PASSWORD, giveSecondFactor, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("refuses the administration to the password alone, then lets the TOTP code in", async () => {
  const { context, page } = await openPage(chromium.browser);
  // the home page's form: the password leads to the second step, not to /admin
  await page.goto(APP_URL);
  await page.getByLabel("e-mail, ID unique ou n° adhérent").fill("admin@passeport-securite.fr");
  await page.getByLabel("Mot de passe", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Je me connecte" }).click();
  await page.waitForURL(`${APP_URL}/acces-administrateur`);
  await page.getByLabel("Code de vérification").waitFor();
  for (const path of ["/admin", "/admin/emails"]) {
    await page.goto(`${APP_URL}${path}`);
    expect(new URL(page.url()).pathname).toBe("/acces-administrateur");
  }
  await page.getByLabel("Code de vérification").fill("000000");
  await page.getByRole("button", { name: "Valider" }).click();
  await page.getByText("Code incorrect.").first().waitFor();
  await giveSecondFactor(page, "admin@passeport-securite.fr");
  await page.getByRole("heading", { level: 1, name: "Administration du Passeport Sécurité" }).waitFor();
  await context.close();
});

it("enrols an authenticator at an administrator's first login and shows the recovery codes once", async () => {
  const email = `nouvel-admin-${uniq()}@example.fr`;
  await db.account.create({
    data: { email, isAdmin: true, passwordHash: await hashPassword("Gravier-Rouge-Lundi-26"), mustSetPassword: false },
  });
  const { context, page } = await openPage(chromium.browser);
  await page.goto(`${APP_URL}/acces-administrateur`);
  await page.getByLabel("e-mail administrateur").fill(email);
  await page.getByLabel("Mot de passe", { exact: true }).fill("Gravier-Rouge-Lundi-26");
  await page.getByRole("button", { name: "Je me connecte" }).click();
  await page.getByRole("img", { name: "QR code à scanner avec votre application d'authentification" }).waitFor();
  const key = (await page.locator("code").textContent())!.replace(/\s/g, "");
  await page.getByLabel("Code affiché par l'application").fill("111111");
  await page.getByRole("button", { name: "Enregistrer l'application" }).click();
  await page.getByText("Code incorrect.").first().waitFor();
  await page.getByLabel("Code affiché par l'application").fill(new TOTP({ secret: Secret.fromBase32(key) }).generate());
  await page.getByRole("button", { name: "Enregistrer l'application" }).click();
  const codes = page.getByRole("list", { name: "Codes de secours" }).getByRole("listitem");
  await codes.first().waitFor();
  expect(await codes.count()).toBe(10);
  await page.getByRole("link", { name: "J'ai noté mes codes : accéder à l'administration" }).click();
  await page.waitForURL(`${APP_URL}/admin`);
  await page.getByRole("link", { name: "SÉCURITÉ DU COMPTE" }).last().click();
  await page.getByText("Codes de secours encore utilisables : 10 sur 10.").waitFor();
  await context.close();
});
