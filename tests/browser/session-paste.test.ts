// Issue 14, item 2: the trainer fills step 2 of "CRÉER UNE SENSIBILISATION" by pasting cells
// copied from Excel; the forms' checks show the bad cell, the trainer fixes it and starts.
import { db } from "@/lib/db";
import { DEMO, uniq } from "@/tests/helpers/demo";
import { useBrowser, login, openPage } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("fills the participant forms from pasted cells, with the forms' checks", async () => {
  const tag = uniq();
  const { page } = await openPage(chromium.browser);
  await login(page, DEMO.trainer);
  await page.getByRole("link", { name: "ESPACE FORMATEUR" }).click();
  await page.getByRole("link", { name: "CRÉER UNE SENSIBILISATION" }).last().click();
  await page.getByRole("radio", { name: /Salarié administratif/ }).check();
  await page.getByLabel("Nombre de participants *").fill("2");
  await page.getByRole("button", { name: "Valider" }).click();
  await page.getByRole("button", { name: "Confirmer" }).click();

  const cells = [
    `Nom\tPrénom\te-mail\tEntreprise`,
    `Collé${tag}\tAnaïs\tpas-un-mail\tCarrières Services Transports`,
    `Collé${tag}\tBruno\t\tSaisie Collée ${tag}`,
    `Collé${tag}\tEn trop\t\tX`,
  ].join("\n");
  await page.getByLabel("Cellules copiées depuis le tableur").fill(cells);
  await page.getByRole("button", { name: "Remplir les formulaires" }).click();
  await page.getByText("2 formulaires remplis sur 2. Le tableau compte 3 lignes pour 2 participants", { exact: false }).waitFor();
  expect(await page.locator("#p0-lastName").inputValue()).toBe(`Collé${tag}`);
  expect(await page.locator("#p1-firstName").inputValue()).toBe("Bruno");
  // the registered company is chosen in the list, the other stays typed
  await page.getByText("✓ Entreprise enregistrée sur la plateforme.").waitFor();
  await page.getByText("Entreprise non répertoriée : elle sera enregistrée sous ce nom.").waitFor();
  await page.getByText("Cette adresse e-mail n'est pas valide.").waitFor();
  const start = page.getByRole("button", { name: "Démarrer la session" });
  expect(await start.isDisabled()).toBe(true);

  await page.locator("#p0-email").fill(`anais-${tag}@example.fr`);
  await start.click();
  await page.waitForURL(/\/formateur\/sessions\/\w+\?cree=1/);
  const participants = await db.sessionParticipant.findMany({
    where: { person: { lastName: `Collé${tag}` } },
    select: { person: { select: { firstName: true, account: { select: { email: true } } } }, company: { select: { name: true } } },
    orderBy: { position: "asc" },
  });
  expect(participants).toEqual([
    { person: { firstName: "Anaïs", account: { email: `anais-${tag}@example.fr` } }, company: { name: "Carrières Services Transports" } },
    { person: { firstName: "Bruno", account: { email: null } }, company: { name: `Saisie Collée ${tag}` } },
  ]);
}, 120_000);
