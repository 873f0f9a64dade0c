// Issue 11, items 3 and 5 in Chromium: an administrator finds a company by its name typed
// without accents, suspends it (reason, then confirmation), reactivates it, invites a new
// referent, and sends a failed e-mail again, each confirmed in a dialog.
import { db } from "@/lib/db";
import { uniq } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("suspends, reactivates and changes the referent of a company from its page", async () => {
  const tag = uniq();
  const company = await registeredCompany({ name: `Carrières Éloïse ${tag}` });
  const { page, context } = await openPage(chromium.browser);
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/entreprises`);
  await page.getByLabel("Nom, SIRET, n° TVA ou n° adhérent").fill(`carrieres eloise ${tag}`);
  await page.getByRole("search", { name: "Rechercher une entreprise" }).getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("link", { name: company.name }).click();
  await page.getByRole("heading", { name: company.name }).waitFor();

  // the reason is required, next to its field
  await page.getByRole("button", { name: "Suspendre l'entreprise" }).click();
  await page.getByText("Indiquez le motif de la suspension").waitFor();
  await page.getByLabel("Motif de la suspension *").fill("Cotisation impayée");
  await page.getByRole("button", { name: "Suspendre l'entreprise" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await page.getByRole("button", { name: "Réactiver l'entreprise" }).waitFor();
  expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("SUSPENDED");

  await page.getByRole("button", { name: "Réactiver l'entreprise" }).click();
  await page
    .getByRole("dialog", { name: /Réactiver/ })
    .getByRole("button", { name: "Confirmer" })
    .click();
  await page.getByRole("button", { name: "Suspendre l'entreprise" }).waitFor();
  expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).status).toBe("ACTIVE");

  const email = `nouveau-${tag}@example.fr`;
  await page.getByLabel("Nom du nouveau référent *").fill("Neuf");
  await page.getByLabel("Prénom *").fill("Nina");
  await page.getByLabel("Adresse e-mail *", { exact: true }).fill(email);
  await page.getByLabel("Confirmation de l'adresse e-mail *").fill(email);
  await page.getByRole("button", { name: "Inviter le nouveau référent" }).click();
  await page
    .getByRole("dialog", { name: /Changer le référent/ })
    .getByRole("button", { name: "Confirmer" })
    .click();
  await page.getByText(`Passage de relais en attente : Nina NEUF (${email})`).waitFor();
  expect(
    await db.auditLog.count({
      where: { targetId: company.id, action: { in: ["company.suspended", "company.reactivated", "referent.changed_by_admin"] } },
    }),
  ).toBe(3);
  await context.close();
}, 120_000);

it("sends a failed e-mail again from E-MAILS ENVOYÉS", async () => {
  const to = `echec-${uniq()}@example.fr`;
  const failed = await db.emailOutbox.create({
    data: { to, subject: "Message en échec", text: "Bonjour", html: "<p>Bonjour</p>", template: "test", status: "FAILED", attempts: 8 },
  });
  const { page, context } = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/emails`);
  await page.getByLabel("Destinataire ou objet").fill(to);
  await page.getByLabel("État").selectOption("FAILED");
  await page.getByRole("search", { name: "Rechercher un e-mail" }).getByRole("button", { name: "Rechercher" }).click();
  await page.waitForURL(/statut=FAILED/);
  await page.getByRole("button", { name: "Renvoyer" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Confirmer" }).click();
  await page.getByText("Aucun message ne correspond.").waitFor(); // no longer failed
  expect((await db.emailOutbox.findUniqueOrThrow({ where: { id: failed.id } })).status).not.toBe("FAILED");
  await context.close();
}, 120_000);
