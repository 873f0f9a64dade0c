// E7/E8: the trainer validates a group session's participants (decisions final) and
// prints the passports obtained. The session itself is created through the data layer
// until the wizard's screens land.
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { findAccountByIdentifier } from "@/lib/auth/verify-credentials";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { uniq } from "@/tests/helpers/demo";

const chromium = useBrowser(() => db.$disconnect());

it("validates two participants, fails one, and prints the passports obtained", async () => {
  const tag = uniq();
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const trainer = (await loadViewer((await findAccountByIdentifier("sophie.durand@gvl-demo.fr"))!.id))!;
  await createAwarenessSession(trainer, createSessionSchema.parse({
    profileCode: "ADMINISTRATIF",
    participants: ["Alain", "Berthe", "Céline"].map((firstName) => ({ lastName: `Groupe${tag}`, firstName, companyId: company.id })),
  }));

  const { context, page } = await openPage(chromium.browser, { acceptDownloads: true });
  await login(page, "sophie.durand@gvl-demo.fr");
  await page.goto(`${APP_URL}/formateur`);
  await page.getByRole("link", { name: "VALIDER DES PASSEPORTS" }).last().click();
  await page.getByLabel("Rechercher un utilisateur, une session").fill(`groupe${tag}`);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByLabel(`Résultat de Alain Groupe${tag}`).selectOption("PASSED");
  await page.getByLabel(`Résultat de Berthe Groupe${tag}`).selectOption("PASSED");
  await page.getByLabel(`Résultat de Céline Groupe${tag}`).selectOption("MUST_RETAKE");
  await page.getByRole("button", { name: "Enregistrer les modifications" }).click();
  await page.getByText("Après cette étape, il ne sera plus possible de les modifier.").waitFor();
  await page.getByRole("button", { name: "Enregistrer", exact: true }).click();
  await page.getByText("2 passeport(s) délivré(s)").waitFor();
  await page.getByRole("cell", { name: "✗ Doit repasser" }).waitFor();
  expect(await page.getByLabel(`Résultat de Alain Groupe${tag}`).count()).toBe(0); // final

  await page.getByRole("link", { name: "IMPRIMER DES PASSEPORTS" }).last().click();
  await page.getByLabel("Rechercher un salarié").fill(`groupe${tag}`);
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.getByRole("cell", { name: "Berthe", exact: true }).waitFor();
  expect(await page.getByRole("cell", { name: "Céline", exact: true }).count()).toBe(0);
  for (const box of await page.getByRole("checkbox").all()) await box.check();
  const [batch] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Imprimer les passeports sélectionnés" }).click()]);
  mkdirSync("tests/.tmp", { recursive: true });
  await batch.saveAs("tests/.tmp/passeports-session.pdf");
  const text = execFileSync("pdftotext", ["tests/.tmp/passeports-session.pdf", "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  expect(text).toContain(`GROUPE${tag.toUpperCase()} Alain`);
  expect(text).toContain(`GROUPE${tag.toUpperCase()} Berthe`);
  expect(text).not.toContain("Céline");
  await context.close();
});
