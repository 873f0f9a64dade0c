// Issue 14, items 4 and 6, through the screens: a learner downloads their data from MES
// INFORMATIONS (a ZIP read back), a referent exports the Passeport de prévention of a period
// and downloads a worker's attestation de formation.
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { strFromU8, unzipSync } from "fflate";
import { db } from "@/lib/db";
import { APP_URL, useBrowser, login, openPage } from "./browser";

const chromium = useBrowser(() => db.$disconnect());
const TMP = "tests/.tmp";

it("a learner downloads their data as a ZIP from MES INFORMATIONS", async () => {
  const { context, page } = await openPage(chromium.browser, { acceptDownloads: true });
  await login(page, "jean.dupont@cst-demo.fr");
  await page.goto(`${APP_URL}/espace/mes-informations`);
  await page.getByRole("heading", { name: "Tes données personnelles" }).waitFor();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Télécharger mes données" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^mes-donnees-passeport-securite-\d{4}-\d{2}-\d{2}\.zip$/);
  mkdirSync(TMP, { recursive: true });
  const file = `${TMP}/mes-donnees-navigateur.zip`;
  await download.saveAs(file);
  const files = unzipSync(new Uint8Array(readFileSync(file)));
  const data = JSON.parse(strFromU8(files["donnees.json"]));
  expect(data.profile).toMatchObject({ lastName: "Dupont", firstName: "Jean" });
  expect(data.passports.map((p: { number: string }) => p.number)).toContain("PS-2026-7K4M9Q");
  expect(files["resume.pdf"].length).toBeGreaterThan(1000);
  await context.close();
});

it("a referent exports the Passeport de prévention and downloads an attestation de formation", async () => {
  const { context, page } = await openPage(chromium.browser, { acceptDownloads: true });
  await login(page, "referent@cst-demo.fr");
  await page.getByRole("navigation", { name: "Menu principal" }).last().getByRole("link", { name: "PASSEPORT DE PRÉVENTION" }).click();
  await page.getByRole("heading", { name: "PASSEPORT DE PRÉVENTION", level: 1 }).waitFor();
  await page.getByLabel("Du").fill("2025-01-01");
  await page.getByRole("button", { name: "AFFICHER" }).click();
  await page.waitForURL((u) => u.searchParams.get("du") === "2025-01-01");
  const jean = page.getByRole("row").filter({ hasText: "DUPONT Jean" });
  await jean.waitFor();

  const [csv] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Exporter pour le portail (CSV)" }).click(),
  ]);
  mkdirSync(TMP, { recursive: true });
  await csv.saveAs(`${TMP}/passeport-prevention-navigateur.csv`);
  const text = readFileSync(`${TMP}/passeport-prevention-navigateur.csv`, "utf8");
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain("Intitulé de la formation;Date de début;Date de fin");
  expect(text).toContain(";Dupont;Jean;;;Carrières Services Transports;");
  expect(text).toContain("PS-2026-7K4M9Q");
  // only this company's workers: the member company's controller is not there
  expect(text).not.toContain("PS-2026-R8TW3N");

  const [pdf] = await Promise.all([page.waitForEvent("download"), jean.getByRole("link", { name: "PDF" }).click()]);
  await pdf.saveAs(`${TMP}/attestation-navigateur.pdf`);
  const attestation = execFileSync("pdftotext", [`${TMP}/attestation-navigateur.pdf`, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(attestation).toContain("ATTESTATION DE FORMATION");
  expect(attestation).toContain("Jean DUPONT");
  expect(attestation).toContain("E-learning (formation à distance)");
  await context.close();
});
