// The two doors of the home page that seed 000 describes besides the subcontractor's:
// a member company asks for an account, an administrator approves it and the company logs
// in with its member number (A3, G1); a worker registers on their own in that company and
// appears in its employee list, the referent being told by e-mail (A4).
import { db } from "@/lib/db";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { newSiret, uniq } from "@/tests/helpers/demo";

const chromium = useBrowser(() => db.$disconnect());

it("member request, approval, login by member number, then a worker's self-registration in that company", async () => {
  const tag = uniq();
  const name = `Granulats Réunis ${tag}`;
  const referentEmail = `adhesion-${tag}@example.fr`;

  // A3: the request, from the home page
  const member = await openPage(chromium.browser);
  await member.page.goto(APP_URL);
  await member.page.getByRole("link", { name: "Je suis entreprise adhérente à l'UNPG" }).click();
  await member.page.getByLabel("Numéro de SIRET *").fill(newSiret());
  await member.page.getByLabel("Nom de l'entreprise *", { exact: true }).fill(name);
  await member.page.getByLabel("Occitanie").check();
  await member.page.getByLabel("Nom du référent *", { exact: true }).fill("Martel");
  await member.page.getByLabel("Prénom du référent *").fill("Marie");
  await member.page.getByLabel("Adresse e-mail du référent *", { exact: true }).fill(referentEmail);
  await member.page.getByLabel("Confirmation d'adresse e-mail du référent *").fill(referentEmail);
  await member.page.getByLabel("Nouveau mot de passe *", { exact: true }).fill("Adherent-Mot-2026");
  await member.page.getByLabel("Confirmation du nouveau mot de passe *").fill("Adherent-Mot-2026");
  await member.page.getByText("terminée ✓").waitFor({ timeout: 60_000 });
  await member.page.getByRole("button", { name: "Étape suivante" }).click();
  await member.page.getByText("Votre demande d'adhésion est enregistrée.").waitFor();

  // an administrator approves it
  const admin = await openPage(chromium.browser);
  await login(admin.page, "admin@passeport-securite.fr");
  await admin.page.getByRole("link", { name: "ENTREPRISES", exact: true }).last().click(); // the dashboard links "Entreprises saisies…"
  const request = admin.page.getByRole("article", { name });
  await request.getByRole("button", { name: "Approuver" }).click();
  await admin.page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  // no longer a request, and an active company of the list (issue 11: every company is listed)
  await admin.page.getByRole("article", { name }).waitFor({ state: "detached" });
  await admin.page
    .getByRole("row", { name: new RegExp(name) })
    .getByRole("cell", { name: "Active", exact: true })
    .waitFor();
  await admin.context.close();
  const { memberNumber } = await db.company.findFirstOrThrow({ where: { name }, select: { memberNumber: true } });
  expect(await db.emailOutbox.count({ where: { to: referentEmail, template: "member-approved", text: { contains: memberNumber! } } })).toBe(
    1,
  );

  // the member company logs in with its number
  await login(member.page, memberNumber!, "Adherent-Mot-2026");
  await member.page.waitForURL(`${APP_URL}/adherent`);
  await member.page.getByText("Passeports de vos 0 salarié").waitFor();

  // A4: a worker registers on their own and picks that company
  const worker = await openPage(chromium.browser);
  const workerEmail = `inscrit-${tag}@example.fr`;
  await worker.page.goto(APP_URL);
  await worker.page.getByRole("link", { name: "Je m'inscris au Passeport Sécurité UNPG" }).click();
  await worker.page.getByLabel("Prénom *").fill("Inès");
  await worker.page.getByLabel("Nom *", { exact: true }).fill(`Seule${tag}`);
  await worker.page.getByLabel("Adresse e-mail *", { exact: true }).fill(workerEmail);
  await worker.page.getByLabel("Confirmation de l'adresse e-mail *").fill(workerEmail);
  await worker.page.getByRole("combobox", { name: "Entreprise *" }).fill(`Réunis ${tag}`);
  await worker.page.getByRole("option", { name: new RegExp(name) }).click();
  await worker.page.getByRole("group", { name: "Êtes-vous transporteur ? *" }).getByLabel("Non").check();
  await worker.page
    .getByRole("group", { name: /intervenir techniquement/ })
    .getByLabel("Oui")
    .check();
  await worker.page.getByText("terminée ✓").waitFor({ timeout: 60_000 });
  await worker.page.getByRole("button", { name: "Je m'inscris" }).click();
  await worker.page.getByText(`Un e-mail vous a été envoyé à ${workerEmail}`).waitFor();
  await worker.context.close();
  expect(await db.emailOutbox.count({ where: { to: referentEmail, template: "employee-self-registered-referent" } })).toBe(1);

  // the member company sees them in its list, with the profile their answers chose
  await member.page.getByRole("link", { name: "LISTE DES SALARIÉS" }).last().click();
  await member.page.getByRole("cell", { name: "Inès", exact: true }).waitFor();
  await member.page.getByRole("cell", { name: "Salarié technique" }).first().waitFor();
  await member.context.close();
});
