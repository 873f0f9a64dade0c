// Seed 002, "Lier vos espaces" then "Distinguer vos espaces" then the handover: a referent
// links the company login to their own (trainer) user account, moves between the spaces
// with the switcher, splits them again, then invites a successor who sets their own
// password; the old referent's session ends when the invitation is accepted.
import { db } from "@/lib/db";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { COMPANY_PASSWORD, USER_PASSWORD, companyWithTrainerReferent } from "@/tests/helpers/linked-company";

const chromium = useBrowser(() => db.$disconnect());

it("links the spaces, switches between them, splits them, and hands the company over", async () => {
  const c = await companyWithTrainerReferent();
  const referent = await openPage(chromium.browser);
  const page = referent.page;
  await login(page, c.companyEmail, COMPANY_PASSWORD);
  await page.waitForURL(`${APP_URL}/entreprise`);

  // 1. LIER VOS ESPACES, from INFORMATIONS DE L'ENTREPRISE
  await page.getByRole("link", { name: "INFORMATIONS ENTREPRISE" }).last().click();
  await page.getByRole("link", { name: "Lier ce compte entreprise à mon compte utilisateur" }).click();
  await page.getByLabel("Identifiant du compte utilisateur (e-mail ou ID unique) *").fill(c.userEmail);
  await page.getByLabel("Mot de passe du compte utilisateur *").fill("Pas-le-bon-2026");
  await page.getByRole("button", { name: "Lier mes espaces" }).click();
  await page.getByText("Identifiant ou mot de passe du compte utilisateur incorrect.").waitFor();
  await page.getByLabel("Mot de passe du compte utilisateur *").fill(USER_PASSWORD);
  await page.getByRole("button", { name: "Lier mes espaces" }).click();
  await page.getByText("Vos espaces sont liés.").waitFor();
  await page.getByRole("link", { name: "Aller à mon espace collaborateur" }).click();
  await page.waitForURL(`${APP_URL}/espace`);

  // 2. the augmented space: the switcher at the top of the side menu
  const switcher = page.locator("summary", { hasText: "ESPACE COLLABORATEUR" });
  await switcher.click();
  await page.getByRole("navigation", { name: "Mes espaces" }).getByRole("link", { name: "ESPACE FORMATEUR" }).click();
  await page.waitForURL(`${APP_URL}/formateur`);
  await page.locator("summary", { hasText: "ESPACE FORMATEUR" }).click();
  await page.getByRole("navigation", { name: "Mes espaces" }).getByRole("link", { name: "ESPACE ENTREPRISE" }).click();
  await page.waitForURL(`${APP_URL}/entreprise`);
  await page.getByText("Espace Entreprise Sous-traitante").first().waitFor();
  // the former personal login no longer opens anything: one login for all
  const former = await openPage(chromium.browser);
  await former.page.goto(APP_URL);
  await former.page.getByLabel("e-mail, ID unique ou n° adhérent").fill(c.userEmail);
  await former.page.getByLabel("Mot de passe", { exact: true }).fill(USER_PASSWORD);
  await former.page.getByRole("button", { name: "Je me connecte" }).click();
  await former.page.getByRole("alert").waitFor();
  await former.context.close();

  // 3. DISTINGUER MES ESPACES, from MES INFORMATIONS
  await page.goto(`${APP_URL}/espace/mes-informations`);
  await page.getByRole("button", { name: "Avoir un accès distinct à mon compte utilisateur" }).click();
  await page.getByLabel("Adresse e-mail de ton compte utilisateur *").fill(c.companyEmail);
  await page.getByLabel("Nouveau mot de passe *", { exact: true }).fill("Distinct-Mot-2026");
  await page.getByLabel("Confirmation du nouveau mot de passe *").fill("Distinct-Mot-2026");
  await page.getByRole("button", { name: "Distinguer mes espaces" }).click();
  await page.getByText("C'est l'identifiant du compte entreprise").waitFor();
  const ownLogin = `distinct-${c.tag}@example.fr`;
  await page.getByLabel("Adresse e-mail de ton compte utilisateur *").fill(ownLogin);
  await page.getByRole("button", { name: "Distinguer mes espaces" }).click();
  const dialog = page.getByRole("dialog", { name: "DISTINGUER MES ESPACES" });
  await dialog.waitFor();
  expect(await dialog.textContent()).toContain(`L'identifiant de connexion est l'adresse ${c.companyEmail}`);
  expect(await dialog.textContent()).toContain(`L'identifiant de connexion est l'adresse ${ownLogin}`);
  await dialog.getByRole("button", { name: "Ok" }).click();
  await page.waitForURL(`${APP_URL}/entreprise`);
  expect(await page.locator("summary", { hasText: "ESPACE ENTREPRISE" }).count()).toBe(0); // one space again

  const user = await openPage(chromium.browser);
  await login(user.page, ownLogin, "Distinct-Mot-2026");
  await user.page.waitForURL(`${APP_URL}/espace`);
  await user.page.getByRole("link", { name: "ESPACE FORMATEUR" }).first().waitFor(); // the trainer role stayed with the user
  await user.context.close();

  // 4. PASSAGE DE RELAIS: an invitation, no shared password
  await page.getByRole("link", { name: "INFORMATIONS ENTREPRISE" }).last().click();
  await page.getByRole("link", { name: "Passer le relais à un nouveau référent" }).click();
  const successor = `nadia-${c.tag}@example.fr`;
  await page.getByLabel("Nom du nouveau référent *", { exact: true }).fill("Nouvelle");
  await page.getByLabel("Prénom du nouveau référent *").fill("Nadia");
  await page.getByLabel("Adresse e-mail du nouveau référent *", { exact: true }).fill(successor);
  await page.getByLabel("Confirmation de l'adresse e-mail *").fill(`nadia-${c.tag}@exemple.fr`);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await page.getByText("Les deux adresses e-mail ne sont pas identiques.").waitFor();
  await page.getByText("vérifiez que l'adresse e-mail a été correctement saisie").waitFor();
  await page.getByLabel("Confirmation de l'adresse e-mail *").fill(successor);
  await page.getByRole("button", { name: "Envoyer l'invitation" }).click();
  await page.getByText("L'invitation a été envoyée.").waitFor();
  await page.getByText(`(${successor})`).waitFor();

  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: successor, template: "referent-invitation" } });
  const link = /https?:\/\/\S+\/relais\/[A-Za-z0-9_-]+/.exec(mail.text)![0];
  const heir = await openPage(chromium.browser);
  await heir.page.goto(`${APP_URL}${new URL(link).pathname}`);
  await heir.page.getByRole("heading", { name: "PASSAGE DE RELAIS" }).waitFor();
  await heir.page.getByText(c.company.name).first().waitFor();
  await heir.page.getByLabel("Nouveau mot de passe").fill("Nadia-Mot-2026-ok");
  await heir.page.getByLabel("Confirmer le mot de passe").fill("Nadia-Mot-2026-ok");
  await heir.page.getByRole("button", { name: "Accepter et devenir référent" }).click();
  await heir.page.getByText(`Vous êtes désormais le référent Passeport Sécurité de ${c.company.name}.`).waitFor();
  await login(heir.page, successor, "Nadia-Mot-2026-ok");
  await heir.page.waitForURL(`${APP_URL}/entreprise`);
  await heir.context.close();

  // the old referent's session has ended
  await page.goto(`${APP_URL}/entreprise/informations`);
  expect(new URL(page.url()).pathname).toBe("/");
  const audit = await db.auditLog.findMany({ where: { companyId: c.company.id }, orderBy: { at: "asc" }, select: { action: true } });
  expect(audit.map((a) => a.action)).toEqual([
    "spaces.linked",
    "spaces.split",
    "referent.handover.requested",
    "referent.handover.accepted",
  ]);
  await referent.context.close();
});
