// Seed 000 §4.2.2.d and D3–D5, F2–F3 end to end: a new learner takes the whole path, fails
// a module four times and is blocked, the referent unblocks them, they pass, download their
// passport, a controller checks it at the gate and its QR link answers "Valide".
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import type { Page } from "playwright-core";
import { db } from "@/lib/db";
import { signPassportToken } from "@/lib/passports/verification-token";
import { signPassportCredential } from "@/lib/passports/passport-credential";
import { APP_URL, useBrowser, login, openPage } from "./browser";
import { newLearner, watchMedia } from "./learning";

const chromium = useBrowser(() => db.$disconnect());

/** Answers every question shown, rightly or wrongly, using the texts of the database. */
async function answerQuiz(page: Page, right: boolean) {
  await page.getByRole("button", { name: "Valider mes réponses" }).waitFor();
  for (const fieldset of await page.locator("fieldset").all()) {
    const legend = (await fieldset.locator("legend").textContent())!;
    // the screen writes French typography (no-break spaces), the database ordinary spaces
    const questionText = legend.replace(/^Question \d+ \/ \d+ — /, "").replace(/[\u202f\u00a0]/g, " ");
    const question = await db.question.findFirstOrThrow({ where: { text: questionText }, include: { choices: true } });
    const choice = question.choices.find((c) => c.isCorrect === right)!;
    await fieldset.getByLabel(choice.text, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Valider mes réponses" }).click();
}

it("takes the whole path, is blocked and unblocked, gets the passport, which passes the gate", async () => {
  // a new employee of the demo subcontractor, Salarié administratif
  const { email, lastName, profile } = await newLearner("Parcours", "Paula");

  const learner = await openPage(chromium.browser, { acceptDownloads: true });
  await login(learner.page, email);
  await learner.page.getByRole("link", { name: "VALIDER MON PARCOURS" }).last().click();
  await learner.page.getByRole("link", { name: "Commencer le module" }).click();
  await watchMedia(learner.page);

  // four failures: the fourth blocks the account
  for (let attempt = 1; attempt <= 4; attempt++) {
    await answerQuiz(learner.page, false);
    if (attempt < 4) {
      await learner.page.getByText("Module non validé").waitFor();
      await learner.page.getByRole("button", { name: "Recommencer le questionnaire" }).click();
    }
  }
  await learner.page.getByText("Ton compte est désormais bloqué").waitFor();
  await learner.page.goto(`${APP_URL}/espace/parcours`);
  await learner.page.getByText("Ton compte est bloqué après plusieurs échecs").waitFor();
  expect(await learner.page.getByRole("link", { name: /Commencer le module|Reprendre le module/ }).count()).toBe(0);

  // the referent sees "Bloqué" and unblocks
  const referent = await openPage(chromium.browser);
  await login(referent.page, "referent@cst-demo.fr");
  await referent.page.goto(`${APP_URL}/entreprise/salaries?q=${lastName}`);
  await referent.page.getByRole("button", { name: "Bloqué" }).click();
  await referent.page.getByRole("button", { name: "Confirmer" }).click();
  await referent.page.getByRole("cell", { name: "Actif" }).waitFor();
  const mail = await db.emailOutbox.findFirst({
    where: { to: "referent@cst-demo.fr", template: "learner-blocked", text: { contains: lastName.toUpperCase() } },
  });
  expect(mail).not.toBeNull();

  // the learner passes every module
  await learner.page.goto(`${APP_URL}/espace/parcours`);
  for (let i = 0; i < profile.modules.length; i++) {
    await learner.page.getByRole("link", { name: /Commencer le module|Reprendre le module/ }).click();
    if (i === 0) await learner.page.getByRole("button", { name: "Passer au questionnaire" }).click();
    else await watchMedia(learner.page);
    await answerQuiz(learner.page, true);
    if (i < profile.modules.length - 1) {
      await learner.page.getByText("Module validé").waitFor();
      await learner.page.getByRole("link", { name: "Continuer mon parcours" }).click();
    }
  }
  await learner.page.getByText("Félicitations ! Tu as obtenu ton passeport sécurité.").waitFor();
  const number = (await learner.page.locator("strong.font-mono").textContent())!.trim();
  expect(number).toMatch(/^PS-\d{4}-[A-Z2-9]{6}$/);

  await learner.page.getByRole("link", { name: "Voir mes passeports" }).click();
  const [download] = await Promise.all([
    learner.page.waitForEvent("download"),
    learner.page.getByRole("link", { name: /Imprimer le passeport/ }).click(),
  ]);
  mkdirSync("tests/.tmp", { recursive: true });
  await download.saveAs("tests/.tmp/passeport-parcours.pdf");
  const text = execFileSync("pdftotext", ["tests/.tmp/passeport-parcours.pdf", "-"], { encoding: "utf8" });
  expect(text).toContain(lastName.toUpperCase());
  expect(text).toContain(number);

  // the controller checks it on a phone-sized screen
  const controller = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await login(controller.page, "marc.leroy@gvl-demo.fr");
  await controller.page.goto(`${APP_URL}/espace/controle`);
  await controller.page.getByLabel("Numéro de passeport").fill(number.toLowerCase());
  await controller.page.getByRole("button", { name: "Contrôler" }).click();
  await controller.page.getByText("Valide", { exact: true }).waitFor();
  await controller.page.getByText(`${lastName.toUpperCase()} Paula`).waitFor();

  // the QR code leads to the page of its signed credential (issue 18), whose address the
  // passport prints the beginning of; it answers the same to anyone
  expect(text.replace(/\s/g, "")).toContain(`${APP_URL}/verification/…`);
  const passport = await db.passport.findUniqueOrThrow({ where: { number }, include: { person: true, company: true, profile: true } });
  const token = await signPassportCredential({
    number,
    lastName: passport.person.lastName,
    firstName: passport.person.firstName,
    companyName: passport.company.name,
    profileName: passport.profile.name,
    expiresAt: passport.expiresAt,
  });
  const gate = await openPage(chromium.browser);
  for (const link of [token, signPassportToken(passport.id)]) {
    // the signed credential, and the link of passports printed before it
    const response = await gate.page.goto(`${APP_URL}/verification/${link}`);
    expect(response?.status()).toBe(200);
    await gate.page.getByText("Valide", { exact: true }).waitFor();
  }
  // one character of the payload changed (the signature's last one may only carry padding bits)
  const [kid, payload, signature] = token.split(".");
  const tampered = `${kid}.${payload[0] === "A" ? "B" : "A"}${payload.slice(1)}.${signature}`;
  const altered = await gate.page.goto(`${APP_URL}/verification/${tampered}`);
  expect(altered?.status()).toBe(404);

  for (const s of [learner, referent, controller, gate]) await s.context.close();
});
