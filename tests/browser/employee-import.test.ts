// Issue 14, item 7: a referent imports a 50-row file with 2 bad rows, sees the errors next to
// their rows, fixes the file, imports it, and exports the list (CSV read back: BOM, accents).
import { mkdirSync, writeFileSync } from "node:fs";
import { db } from "@/lib/db";
import { registeredCompany } from "@/tests/helpers/companies";
import { uniq } from "@/tests/helpers/demo";
import { IMPORT_COLUMNS } from "@/lib/people/employee-import.schema";
import { useBrowser, login, openPage } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("imports a 50-row file after fixing its 2 bad rows, then exports the list", async () => {
  const company = await registeredCompany();
  const tag = uniq();
  const header = IMPORT_COLUMNS.map((c) => c.label).join(";");
  const row = (i: number, over: { last?: string; email?: string } = {}) =>
    [
      i % 2 ? "Hélène" : "Jérôme",
      over.last ?? `Import${String(i).padStart(2, "0")}${tag}`,
      over.email ?? (i % 5 === 0 ? "" : `salarie${i}-${tag}@example.fr`),
      i % 3 === 0 ? "oui" : "non",
      "non",
      "non",
      "non",
      "",
    ].join(";");
  const file = (bad: boolean) =>
    [
      header,
      ...Array.from({ length: 50 }, (_, i) =>
        bad && i === 7 ? row(i, { email: "salarie7@@example" }) : bad && i === 31 ? row(i, { last: "" }) : row(i),
      ),
    ].join("\r\n");
  mkdirSync("tests/.tmp", { recursive: true });
  const path = `tests/.tmp/salaries-${tag}.csv`;

  const { page } = await openPage(chromium.browser);
  await login(page, company.email);
  await page.getByRole("link", { name: "LISTE DES SALARIÉS" }).last().click();
  await page.getByRole("link", { name: "Importer des salariés" }).click();
  await page.getByRole("heading", { name: "IMPORTER DES SALARIÉS" }).waitFor();

  // the file with two bad rows: each error next to its row, nothing written
  writeFileSync(path, file(true));
  await page.getByLabel("Fichier des salariés (CSV ou Excel .xlsx) *").setInputFiles(path);
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await page.getByText("50 lignes : 48 valides, 2 en erreur.").waitFor();
  await page.locator('tr[data-ligne="9"]').getByText("Cette adresse e-mail n'est pas valide.").waitFor();
  await page.locator('tr[data-ligne="33"]').getByText("Saisissez le nom.").waitFor();
  await page.getByLabel("N'afficher que les lignes en erreur").check();
  expect(await page.locator("tr[data-ligne]").count()).toBe(2);
  expect(await db.person.count({ where: { companyId: company.id } })).toBe(0);

  // all-or-nothing refuses the file as it is
  await page.getByLabel("Tout ou rien : n'importer que si toutes les lignes sont valides").check();
  await page.getByRole("button", { name: "Importer 50 salariés" }).click();
  await page.getByText("Aucun salarié n'a été importé : 2 lignes sont en erreur.", { exact: false }).waitFor();
  expect(await db.person.count({ where: { companyId: company.id } })).toBe(0);

  // the referent fixes the file and checks it again
  writeFileSync(path, file(false));
  await page.getByLabel("Fichier des salariés (CSV ou Excel .xlsx) *").setInputFiles(path);
  await page.getByRole("button", { name: "Vérifier le fichier" }).click();
  await page.getByText("50 lignes : 50 valides, 0 en erreur.").waitFor();
  await page.getByRole("button", { name: "Importer 50 salariés" }).click();
  await page.getByText("Import terminé : 50 salariés inscrits.").waitFor({ timeout: 30_000 });
  expect(await db.person.count({ where: { companyId: company.id } })).toBe(50);
  expect(await db.emailOutbox.count({ where: { to: { endsWith: `-${tag}@example.fr` }, template: "employee-created" } })).toBe(40);
  expect(await db.emailOutbox.count({ where: { to: company.email, template: "employee-created-referent" } })).toBe(10);

  // the list, then its export
  await page.getByRole("link", { name: "Voir la liste des salariés" }).click();
  await page.getByText("50 salariés").waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "CSV" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^salaries-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = new Uint8Array(await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c)));
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split("\r\n");
  expect(lines).toHaveLength(51);
  expect(lines[1]).toBe(`IMPORT00${tag.toUpperCase()};Jérôme;;${lines[1].split(";")[3]};Transporteur;Non activé;;Aucun;`);
  expect(lines[2]).toBe(`IMPORT01${tag.toUpperCase()};Hélène;salarie1-${tag}@example.fr;;Salarié administratif;Non activé;;Aucun;`);
}, 180_000);
