// Issue 18, items 4 to 6 in Chromium: a member company declares a site and creates an API key
// (shown once); its controller, on a 390 × 844 phone, picks that site once (kept on the phone),
// checks a number typed loosely, sees verdict, photo placeholder and name without scrolling;
// the member company finds the check in "Contrôles sur mes sites"; the API key answers.
import { db } from "@/lib/db";
import { uniq } from "@/tests/helpers/demo";
import { APP_URL, useBrowser, login, openPage } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("declares a site, checks there from a phone, finds the check and calls the API", async () => {
  const siteName = `Carrière du Navigateur ${uniq()}`;
  const member = await openPage(chromium.browser, { viewport: { width: 1280, height: 800 } });
  await login(member.page, "A10427");
  await member.page
    .getByRole("navigation", { name: "Menu principal" })
    .last()
    .getByRole("link", { name: "MES SITES", exact: true })
    .click();
  await member.page.getByRole("button", { name: "Ajouter le site" }).click();
  await member.page.getByText("Saisissez le nom du site.").waitFor();
  await member.page.getByLabel("Nom du site").fill(siteName);
  await member.page.getByLabel("Commune").fill("Chalonnes-sur-Loire");
  await member.page.getByRole("button", { name: "Ajouter le site" }).click();
  await member.page.getByRole("cell", { name: siteName }).waitFor();

  // the controller, on a phone
  const controller = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(controller.page, "marc.leroy@gvl-demo.fr");
  expect(new URL(controller.page.url()).pathname).toBe("/espace/controle");
  await controller.page.getByLabel("Site de contrôle").selectOption({ label: `${siteName} (Chalonnes-sur-Loire)` });
  await controller.page.getByText(`${siteName} (Chalonnes-sur-Loire)`).waitFor();
  // kept on the phone: still chosen after a reload
  await controller.page.reload();
  await controller.page.getByText(`${siteName} (Chalonnes-sur-Loire)`).waitFor();
  await controller.page.getByLabel("Numéro de passeport").fill("ps 2o26 7k4m9q");
  await controller.page.getByRole("button", { name: "Contrôler" }).click();
  const verdict = controller.page.getByRole("region", { name: "Résultat du contrôle" });
  await verdict.getByText("Valide", { exact: true }).waitFor();
  for (const visible of [
    verdict.getByText("Valide", { exact: true }),
    verdict.getByRole("img", { name: "Pas de photo du titulaire" }),
    verdict.getByText("DUPONT Jean"),
  ]) {
    const box = (await visible.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(844); // no scrolling needed
  }
  await controller.page.getByLabel("Numéro de passeport").fill("PS-2026-ZZZZZZ");
  await controller.page.getByRole("button", { name: "Contrôler" }).click();
  await verdict.getByText("Inconnu", { exact: true }).waitFor();
  // the phone's menu closes once an entry is chosen
  await controller.page.getByText("☰ Menu").click();
  await controller.page.getByRole("link", { name: "MES PASSEPORTS" }).first().click();
  await controller.page.waitForURL(`${APP_URL}/espace/passeports`);
  expect(await controller.page.locator("details[open]").count()).toBe(0);
  await controller.context.close();

  // the member company finds the check, filtered by its site
  await member.page
    .getByRole("navigation", { name: "Menu principal" })
    .last()
    .getByRole("link", { name: "CONTRÔLES SUR MES SITES" })
    .click();
  await member.page.getByLabel("Site", { exact: true }).selectOption({ label: `${siteName} (Chalonnes-sur-Loire)` });
  await member.page.getByRole("button", { name: "Filtrer" }).click();
  await member.page.waitForURL(/site=/);
  const rows = member.page.locator("tbody tr");
  expect(await rows.count()).toBe(2);
  // the badges are set in capitals by CSS
  await expect(rows.first().innerText()).resolves.toMatch(/inconnu/i);
  await expect(rows.last().innerText()).resolves.toMatch(
    /valide[\s\S]*DUPONT Jean[\s\S]*Carrières Services Transports[\s\S]*PS-2026-7K4M9Q[\s\S]*LEROY Marc/i,
  );

  // an API key, shown once, answers the API
  await member.page.getByRole("navigation", { name: "Menu principal" }).last().getByRole("link", { name: "API CONTRÔLE D'ACCÈS" }).click();
  await member.page.getByLabel("Nom de la clé").fill(`Tourniquet ${uniq()}`);
  await member.page.getByRole("button", { name: "Créer la clé" }).click();
  const key = (await member.page.getByLabel("Nouvelle clé d'API").innerText()).trim();
  expect(key).toMatch(/^psk_/);
  const answer = await fetch(`${APP_URL}/api/v1/passeports/PS-2026-7K4M9Q`, { headers: { authorization: `Bearer ${key}` } });
  expect(await answer.json()).toMatchObject({ resultat: "VALIDE", titulaire: { nom: "Dupont" } });
  await member.page.getByRole("button", { name: "J'ai copié la clé" }).click();
  await member.page.reload();
  expect(await member.page.getByText(key).count()).toBe(0); // never shown again
  await member.context.close();
}, 120_000);
