// Item 4 of issue 17 in the browser: in MES INFORMATIONS a learner asks for a new e-mail
// with the current password, confirms it from the link sent to it (which ends the open
// session), then changes the password and logs in again with it.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { DEMO, uniq } from "@/tests/helpers/demo";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("changes a learner's e-mail through its link, then the password, each with the current password", async () => {
  const tag = uniq();
  const email = `identifiants-${tag}@example.fr`;
  const next = `nouvelle-${tag}@example.fr`;
  const account = await db.account.create({
    data: { email, passwordHash: await hashPassword("Ancien-Gravier-2026"), mustSetPassword: false },
  });
  const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
  await db.person.create({ data: { accountId: account.id, companyId: company.id, firstName: "Iris", lastName: `Change${tag}` } });

  const { context, page } = await openPage(chromium.browser);
  await login(page, email, "Ancien-Gravier-2026");
  await page.goto(`${APP_URL}/espace/mes-informations`);
  await page.getByRole("button", { name: "Changer mon adresse e-mail" }).click();
  await page.getByLabel("Nouvelle adresse e-mail *", { exact: true }).fill(next);
  await page.getByLabel("Confirmation de la nouvelle adresse e-mail *").fill(next);
  await page.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  await page.getByText("Saisissez votre mot de passe actuel.").waitFor();
  await page.getByLabel("Mot de passe actuel *").fill("pas-le-bon");
  await page.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  await page.getByText("Mot de passe actuel incorrect.").first().waitFor();
  await page.getByLabel("Mot de passe actuel *").fill("Ancien-Gravier-2026");
  await page.getByRole("button", { name: "Envoyer le lien de confirmation" }).click();
  await page.getByText("Nouvelle adresse en attente de confirmation").waitFor();
  expect(await db.emailOutbox.count({ where: { to: email, template: "email-change-requested" } })).toBe(1);

  // the link, opened elsewhere: the new address becomes the login and the session ends
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: next, template: "email-change-confirm" } });
  const link = /https?:\/\/\S+\/confirmer-adresse\/\S+/.exec(mail.text)![0].replace(/^https?:\/\/[^/]+/, APP_URL);
  const mailbox = await openPage(chromium.browser);
  await mailbox.page.goto(link);
  await mailbox.page.getByRole("button", { name: "Confirmer ma nouvelle adresse" }).click();
  await mailbox.page.getByText(`votre identifiant de connexion est désormais ${next}`).waitFor();
  await mailbox.context.close();
  await page.goto(`${APP_URL}/espace/mes-informations`);
  expect(new URL(page.url()).pathname).toBe("/");

  // the new password, with the current one
  await login(page, next, "Ancien-Gravier-2026");
  await page.goto(`${APP_URL}/espace/mes-informations`);
  await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await page.getByLabel("Mot de passe actuel *").fill("Ancien-Gravier-2026");
  await page.getByLabel("Nouveau mot de passe *", { exact: true }).fill("Brouette-Gravier-1987");
  await page.getByLabel("Confirmation du nouveau mot de passe *").fill("Brouette-Gravier-1987");
  await page.getByRole("button", { name: "Changer mon mot de passe" }).click();
  await page.getByText("Votre mot de passe a été changé et toutes vos sessions ont été fermées").waitFor();
  await login(page, next, "Brouette-Gravier-1987");
  expect(new URL(page.url()).pathname).toBe("/espace");
  expect(await db.emailOutbox.count({ where: { to: next, template: "password-changed" } })).toBe(1);
  await context.close();
});
