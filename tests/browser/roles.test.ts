// Every demo role logs in from the home page, lands on its own dashboard, and logs out;
// the passport holder downloads their passport PDF and it names them.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { APP_URL, useBrowser, login, openPage } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

const ROLES = [
  {
    who: "référent d'entreprise",
    id: "referent@cst-demo.fr",
    path: "/entreprise",
    heading: "Espace Entreprise Sous-traitante",
    menu: "LISTE DES SALARIÉS",
  },
  {
    who: "entreprise adhérente (n° adhérent)",
    id: "A10427",
    path: "/adherent",
    heading: "Espace Entreprise adhérente",
    menu: "LISTE DES SALARIÉS",
  },
  {
    who: "salarié avec e-mail",
    id: "lucie.martin@cst-demo.fr",
    path: "/espace",
    heading: "Bienvenue Lucie Martin",
    menu: "VALIDER MON PARCOURS",
  },
  { who: "salarié avec ID unique", id: "K7M4Q9TX", path: "/espace", heading: "Bienvenue Karim Benali", menu: "MES INFORMATIONS" },
  { who: "formateur", id: "sophie.durand@gvl-demo.fr", path: "/espace", heading: "Bienvenue Sophie Durand", menu: "ESPACE FORMATEUR" },
  // issue 18, item 5: a controller lands on the check screen
  {
    who: "contrôleur",
    id: "marc.leroy@gvl-demo.fr",
    path: "/espace/controle",
    heading: "CONTRÔLER UN PASSEPORT",
    menu: "CONTRÔLER UN PASSEPORT",
  },
  {
    who: "administrateur",
    id: "admin@passeport-securite.fr",
    path: "/admin",
    heading: "Administration du Passeport Sécurité",
    menu: "E-MAILS ENVOYÉS",
  },
];

describe.each(ROLES)("$who", ({ id, path, heading, menu }) => {
  it("logs in, sees its dashboard and menu, and logs out", async () => {
    const { context, page } = await openPage(chromium.browser);
    await login(page, id);
    await page.waitForURL(`${APP_URL}${path}`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(heading);
    await expect(
      page.getByRole("navigation", { name: "Menu principal" }).last().getByRole("link", { name: menu }).count(),
    ).resolves.toBeGreaterThan(0);
    await page.getByRole("button", { name: "DÉCONNEXION" }).last().click();
    await page.waitForURL(`${APP_URL}/`);
    await page.goto(`${APP_URL}${path}`);
    expect(new URL(page.url()).pathname).toBe("/");
    await context.close();
  });
});

it("shows one generic error for a wrong password", async () => {
  const { context, page } = await openPage(chromium.browser);
  await page.goto(APP_URL);
  await page.getByLabel("e-mail, ID unique ou n° adhérent").fill("lucie.martin@cst-demo.fr");
  await page.getByLabel("Mot de passe", { exact: true }).fill("mauvais-mot-de-passe");
  await page.getByRole("button", { name: "Je me connecte" }).click();
  await page.getByRole("alert").filter({ hasText: "Identifiant ou mot de passe incorrect." }).waitFor();
  expect(new URL(page.url()).pathname).toBe("/");
  await context.close();
});

it("refuses a learner the company space", async () => {
  const { context, page } = await openPage(chromium.browser);
  await login(page, "lucie.martin@cst-demo.fr");
  await page.waitForURL(`${APP_URL}/espace`);
  const response = await page.goto(`${APP_URL}/entreprise`);
  expect(response?.status()).toBe(404);
  await context.close();
});

it("lets the passport holder download a PDF that names them", async () => {
  const { context, page } = await openPage(chromium.browser, { acceptDownloads: true });
  await login(page, "jean.dupont@cst-demo.fr");
  await page.waitForURL(`${APP_URL}/espace`);
  await page.getByRole("link", { name: "Voir mes passeports" }).click();
  // issue 18: the passport as a card on the phone, then in the list with its PDF
  await page.getByRole("article", { name: "Passeport PS-2026-7K4M9Q" }).waitFor();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /Imprimer le passeport/ }).click()]);
  mkdirSync("tests/.tmp", { recursive: true });
  const file = "tests/.tmp/passeport-navigateur.pdf";
  await download.saveAs(file);
  const text = execFileSync("pdftotext", [file, "-"], { encoding: "utf8" });
  expect(text).toContain("DUPONT");
  expect(text).toContain("Jean");
  expect(text).toContain("PS-2026-7K4M9Q");
  await context.close();
});

it("refuses the PDF of another company's passport, and any PDF to anonymous visitors", async () => {
  const marcs = await db.passport.findUniqueOrThrow({ where: { number: "PS-2026-R8TW3N" }, select: { id: true } });
  const { context, page } = await openPage(chromium.browser);
  expect((await page.request.get(`${APP_URL}/api/passeports/${marcs.id}/pdf`)).status()).toBe(401);
  await login(page, "lucie.martin@cst-demo.fr");
  await page.waitForURL(`${APP_URL}/espace`);
  expect((await page.request.get(`${APP_URL}/api/passeports/${marcs.id}/pdf`)).status()).toBe(404);
  await context.close();
});

it("refuses a referent another company's employee, by page and by PDF", async () => {
  const marc = await db.person.findFirstOrThrow({ where: { lastName: "Leroy" }, include: { passports: true } });
  const { context, page } = await openPage(chromium.browser);
  await login(page, "referent@cst-demo.fr");
  await page.waitForURL(`${APP_URL}/entreprise`);
  expect((await page.goto(`${APP_URL}/entreprise/salaries/${marc.id}/modifier`))?.status()).toBe(404);
  expect((await page.request.get(`${APP_URL}/api/passeports/${marc.passports[0].id}/pdf`)).status()).toBe(404);
  const batch = await page.request.get(`${APP_URL}/api/passeports/lot?ids=${marc.passports[0].id}`);
  expect(batch.status()).toBe(404);
  await context.close();
});
