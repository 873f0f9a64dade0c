// Issue 18, item 2, as its users meet it: a worker sends a photo from MES INFORMATIONS, their
// referent confirms it on "Modifier un salarié", the controller sees it at the gate and the
// worker on their passport card.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import sharp from "sharp";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { DEMO, DEMO_PASSWORD, ownPassport, uniq } from "@/tests/helpers/demo";

const chromium = useBrowser(() => db.$disconnect());

it("goes from the worker's phone to the referent's confirmation to the gate", async () => {
  const { holder, number } = await ownPassport("G");
  const email = `photo-${uniq()}@example.fr`;
  await db.account.update({
    where: { id: holder.accountId },
    data: { email, passwordHash: await hashPassword(DEMO_PASSWORD), mustSetPassword: false },
  });
  mkdirSync("tests/.tmp", { recursive: true });
  const file = resolve("tests/.tmp/selfie.jpg");
  writeFileSync(
    file,
    await sharp({ create: { width: 1200, height: 1600, channels: 3, background: "#6b93c4" } })
      .composite([{ input: Buffer.from('<svg width="1200" height="1600"><circle cx="600" cy="650" r="330" fill="#e2b48f"/></svg>') }])
      .jpeg()
      .toBuffer(),
  );
  const name = `${holder.firstName} ${holder.lastName}`;

  // the worker, on a phone
  const worker = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(worker.page, email);
  await worker.page.goto(`${APP_URL}/espace/mes-informations`);
  await worker.page.getByLabel("Ajouter une photo").setInputFiles(file);
  await worker.page.getByRole("button", { name: "Envoyer ma photo" }).click();
  await worker.page.getByText("Photo envoyée : elle apparaîtra une fois confirmée par le référent de ton entreprise.").waitFor();
  await worker.page.getByRole("img", { name: `Photo envoyée par ${name}, en attente` }).waitFor();
  await worker.page.screenshot({ path: "tests/.tmp/photo-salarie.png", fullPage: true });
  await worker.context.close();

  // the referent confirms it
  const referent = await openPage(chromium.browser);
  await login(referent.page, DEMO.referent);
  await referent.page.goto(`${APP_URL}/entreprise/salaries/${holder.id}/modifier`);
  await referent.page.getByText("Envoyée par le salarié").waitFor();
  await referent.page.screenshot({ path: "tests/.tmp/photo-referent.png", fullPage: true });
  await referent.page.getByRole("button", { name: "Confirmer la photo" }).click();
  await referent.page.getByText("Photo confirmée.").waitFor();
  await referent.page.getByRole("img", { name: `Photo de ${name}` }).waitFor();
  await referent.context.close();

  // the controller sees it with the verdict
  const controller = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(controller.page, DEMO.controller);
  await controller.page.getByLabel("Numéro de passeport").fill(number);
  await controller.page.getByRole("button", { name: "Contrôler" }).click();
  const verdict = controller.page.getByRole("region", { name: "Résultat du contrôle" });
  await verdict.getByText("Valide", { exact: true }).waitFor();
  const photo = verdict.getByRole("img", { name: `Photo de ${name}` });
  await photo.waitFor();
  expect(await photo.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(480);
  const box = (await photo.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(844); // with the verdict, no scrolling
  await controller.page.screenshot({ path: "tests/.tmp/photo-controle.png" });
  await controller.context.close();

  // and on the worker's card on the phone
  const again = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(again.page, email);
  await again.page.goto(`${APP_URL}/espace/passeports`);
  await again.page
    .getByRole("article", { name: `Passeport ${number}` })
    .getByRole("img", { name: `Photo de ${name}` })
    .waitFor();
  await again.context.close();
});
