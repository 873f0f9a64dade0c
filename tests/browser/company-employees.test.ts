// Seed 000 from the home page: a subcontractor registers, reads its confirmation e-mail,
// logs in, edits its information, registers employees with and without e-mail; the
// employee sets their password through the e-mailed link and logs in; the referent
// searches, sorts, edits, unblocks a blocked learner and deletes with confirmation.
import type { Page } from "playwright-core";
import { db } from "@/lib/db";
import { APP_URL, useBrowser, login, openPage } from "./browser";
import { newSiret, uniq } from "@/tests/helpers/demo";

const chromium = useBrowser(() => db.$disconnect());

async function answer(page: Page, legend: string, yes: boolean) {
  await page
    .getByRole("group", { name: legend })
    .getByLabel(yes ? "Oui" : "Non")
    .check();
}

it("walks the subcontractor's manual from registration to deletion", async () => {
  const tag = uniq();
  const referent = await openPage(chromium.browser);
  const companyEmail = `referent-${tag}@example.fr`;

  // registration from the home page
  await referent.page.goto(APP_URL);
  await referent.page.getByRole("link", { name: "Je suis une entreprise sous-traitante" }).click();
  await referent.page.getByRole("button", { name: "Étape suivante" }).click();
  await referent.page.getByText("Le numéro de SIRET doit comporter 14 chiffres valides").waitFor();
  await referent.page.getByLabel("Numéro de SIRET *").fill(newSiret());
  await referent.page.getByLabel("Nom de l'entreprise *", { exact: true }).fill(`Terrassements ${tag}`);
  await referent.page.getByLabel("Bretagne").check();
  await referent.page.getByLabel("Normandie").check();
  await referent.page.getByLabel("Nom du référent *", { exact: true }).fill("Dupont");
  await referent.page.getByLabel("Prénom du référent *").fill("Baptiste");
  await referent.page.getByLabel("Adresse e-mail du référent *", { exact: true }).fill(companyEmail);
  await referent.page.getByLabel("Confirmation d'adresse e-mail du référent *").fill(companyEmail);
  await referent.page.getByLabel("Nouveau mot de passe *", { exact: true }).fill("Gravier-Entreprise-2026");
  await referent.page.getByLabel("Confirmation du nouveau mot de passe *").fill("Gravier-Entreprise-2026");
  await referent.page.getByText("terminée ✓").waitFor({ timeout: 60_000 });
  await referent.page.getByRole("button", { name: "Étape suivante" }).click();
  await referent.page.getByText("Votre compte entreprise est créé.").waitFor();
  expect(await db.emailOutbox.count({ where: { to: companyEmail, template: "company-registered" } })).toBe(1);

  // login and company information
  await login(referent.page, companyEmail, "Gravier-Entreprise-2026");
  expect(new URL(referent.page.url()).pathname).toBe("/entreprise");
  await referent.page.getByRole("link", { name: "INFORMATIONS ENTREPRISE" }).last().click();
  // issue 15: « Annuler » next to « Enregistrer » puts back what is saved
  const companyName = referent.page.getByLabel("Nom de l'entreprise *", { exact: true });
  const saved = await companyName.inputValue();
  await companyName.fill("Un nom abandonné");
  await referent.page.getByRole("button", { name: "Annuler", exact: true }).click();
  expect(await companyName.inputValue()).toBe(saved);
  await companyName.fill(`Terrassements Réunis ${tag}`);
  await referent.page.getByRole("button", { name: "Enregistrer" }).click();
  await referent.page.getByText("Les informations de l'entreprise ont été enregistrées.").waitFor();
  expect((await db.company.findFirstOrThrow({ where: { referentEmail: companyEmail } })).name).toBe(`Terrassements Réunis ${tag}`);

  await referent.page.getByRole("link", { name: "LISTE DES SALARIÉS" }).last().click();
  await referent.page.getByRole("link", { name: "Inscrire un nouveau salarié" }).click();

  // nothing filled: an error next to each field
  await referent.page.getByRole("button", { name: "Inscrire" }).click();
  await referent.page.getByText("Saisissez le prénom.").waitFor();
  await referent.page.getByText("Saisissez l'adresse e-mail, ou choisissez « Pas d'adresse e-mail ? ».").waitFor();
  expect(await referent.page.getByText("Répondez à la question.").count()).toBe(5);
  // issue 15: the manual's labels: the address is not marked required (« Pas d'adresse e-mail ? » is the other way)
  expect(await referent.page.getByLabel("Adresse e-mail de contact", { exact: true }).count()).toBe(1);

  // with an e-mail: technical, controller
  const email = `employe-${tag}@example.fr`;
  await referent.page.getByLabel("Prénom *").fill("Hugo");
  await referent.page.getByLabel("Nom *", { exact: true }).fill(`Avecmail${tag}`);
  await referent.page.getByLabel("Adresse e-mail de contact").fill(email);
  await answer(referent.page, "Cet utilisateur est-il transporteur ? *", false);
  await answer(referent.page, "Cet utilisateur va-t-il intervenir techniquement sur nos installations ? *", true);
  await answer(referent.page, "Cet utilisateur va-t-il mener des sessions de sensibilisation ? *", false);
  await answer(referent.page, "Cet utilisateur va-t-il mener des contrôles de passeports ? *", true);
  await referent.page.getByRole("button", { name: "Il ne possède pas de passeport SNBPE" }).click();
  await referent.page.getByRole("button", { name: "Inscrire" }).click();
  await referent.page.getByText("L'utilisateur a bien été créé").waitFor();

  // without e-mail: a unique ID is shown
  await referent.page.getByRole("button", { name: "Inscrire un autre salarié" }).click();
  await referent.page.getByLabel("Prénom *").fill("Léa");
  await referent.page.getByLabel("Nom *", { exact: true }).fill(`Sansmail${tag}`);
  await referent.page.getByRole("button", { name: "Pas d'adresse e-mail ?" }).click();
  await referent.page.getByText("Un ID unique sera généré").waitFor();
  for (const legend of [
    "Cet utilisateur est-il transporteur ? *",
    "Cet utilisateur va-t-il intervenir techniquement sur nos installations ? *",
    "Cet utilisateur va-t-il mener des sessions de sensibilisation ? *",
    "Cet utilisateur va-t-il mener des contrôles de passeports ? *",
  ]) {
    await answer(referent.page, legend, legend.includes("transporteur"));
  }
  await referent.page.getByLabel("Date d'obtention du passeport SNBPE").fill("15/06/2025");
  await referent.page.getByRole("button", { name: "Lier le passeport SNBPE" }).click();
  await referent.page.getByRole("button", { name: "Inscrire" }).click();
  await referent.page.getByText("L'utilisateur a bien été créé").waitFor();
  const uniqueId = (await referent.page.locator("strong.font-mono").textContent())!.trim();
  expect(uniqueId).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
  await referent.page.getByText(/Passeport SNBPE lié\s:\s\d+ module/).waitFor();

  // the employee with an e-mail sets a password through the link and logs in
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: email, template: "employee-created" } });
  const link = /https?:\/\/\S+\/definir-mot-de-passe\/\S+/.exec(mail.text)![0].replace(/^https?:\/\/[^/]+/, APP_URL);
  const employee = await openPage(chromium.browser);
  await employee.page.goto(link);
  await employee.page.getByLabel("Nouveau mot de passe").fill("court");
  await employee.page.getByLabel("Confirmer le mot de passe").fill("autre");
  await employee.page.getByRole("button", { name: "Redéfinir mon mot de passe" }).click();
  await employee.page.getByText("Le mot de passe doit contenir au moins 12 caractères.").waitFor();
  // a long but common password: refused, with the reason next to the field
  await employee.page.getByLabel("Nouveau mot de passe").fill("password1234");
  await employee.page.getByRole("meter", { name: "Robustesse de votre mot de passe" }).waitFor();
  await employee.page.getByText("il ressemble à un mot de passe courant").first().waitFor();
  await employee.page.getByLabel("Confirmer le mot de passe").fill("password1234");
  await employee.page.getByRole("button", { name: "Redéfinir mon mot de passe" }).click();
  await employee.page.getByRole("alert").filter({ hasText: "Ce mot de passe est trop facile à deviner" }).first().waitFor();
  await employee.page.getByLabel("Nouveau mot de passe").fill("Mon-Passeport-2026");
  await employee.page.getByLabel("Confirmer le mot de passe").fill("Mon-Passeport-2026");
  await employee.page.getByRole("button", { name: "Redéfinir mon mot de passe" }).click();
  await employee.page.getByText("Votre mot de passe est enregistré.").waitFor();
  await login(employee.page, email, "Mon-Passeport-2026");
  // a controller lands on the check screen (issue 18, item 5)
  expect(new URL(employee.page.url()).pathname).toBe("/espace/controle");
  await employee.page.goto(link);
  await employee.page.getByText("Ce lien a déjà été utilisé.").waitFor();

  // search and sort
  await referent.page.goto(`${APP_URL}/entreprise/salaries`);
  await referent.page.getByLabel("Rechercher un salarié").fill(tag);
  await referent.page.getByRole("button", { name: "Rechercher" }).click();
  await referent.page.getByText("2 salariés").waitFor();
  await referent.page.getByRole("link", { name: /^Nom/ }).click();
  await referent.page.waitForURL(/ordre=desc/);
  const names = await referent.page.locator("tbody tr td:nth-child(3)").allTextContents();
  expect(names).toEqual([`SANSMAIL${tag}`.toUpperCase(), `AVECMAIL${tag}`.toUpperCase()]);

  // unblock a learner blocked after repeated failures
  await db.person.updateMany({ where: { lastName: `Sansmail${tag}` }, data: { blockedAt: new Date() } });
  await referent.page.reload();
  await referent.page.getByRole("button", { name: "Bloqué" }).click();
  await referent.page.getByRole("button", { name: "Confirmer" }).click();
  await referent.page.getByRole("button", { name: "Bloqué" }).waitFor({ state: "detached" });
  expect((await db.person.findFirstOrThrow({ where: { lastName: `Sansmail${tag}` } })).blockedAt).toBeNull();

  // edit
  await referent.page.getByRole("link", { name: `Modifier Léa Sansmail${tag}` }).click();
  await referent.page.getByLabel("Prénom", { exact: true }).fill("Léana");
  await referent.page.getByLabel("Profil").selectOption("TECHNIQUE");
  await referent.page.getByRole("button", { name: "Enregistrer" }).click();
  await referent.page.waitForURL(`${APP_URL}/entreprise/salaries`);
  await referent.page.goto(`${APP_URL}/entreprise/salaries?q=${tag}`);
  await referent.page.getByRole("cell", { name: "Léana", exact: true }).waitFor();

  // delete with the seed's confirmation
  await referent.page.getByRole("button", { name: `Supprimer Hugo AVECMAIL${tag.toUpperCase()}` }).click();
  await referent.page.getByText(`Êtes-vous sûr de vouloir supprimer ce profil ? (Hugo AVECMAIL${tag.toUpperCase()})`).waitFor();
  await referent.page.getByRole("button", { name: "Confirmer" }).click();
  await referent.page.getByText("1 salarié").waitFor();
  await employee.page.goto(`${APP_URL}/espace`);
  expect(new URL(employee.page.url()).pathname).toBe("/");

  await referent.context.close();
  await employee.context.close();
});
