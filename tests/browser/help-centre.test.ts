// Issue 13, items 5 and 7: a wrong URL shows the French 404 with the way back (home page for
// a visitor, one's space once logged in) and AIDE; the help centre's search marks "epi" in
// "Équipements de protection individuelle"; AIDE sits in a phone's menu.
import { db } from "@/lib/db";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("answers a wrong URL with the French 404 and its links, home for a visitor and one's space once logged in", async () => {
  const { context, page } = await openPage(chromium.browser);
  const res = await page.goto(`${APP_URL}/cette-page-nexiste-pas`);
  expect(res?.status()).toBe(404);
  await page.getByRole("heading", { name: "Cette page est introuvable" }).waitFor();
  expect(await page.getByText("This page could not be found").count()).toBe(0);
  await page.getByRole("link", { name: "AIDE" }).first().click();
  await page.waitForURL(`${APP_URL}/aide`);
  await page.goBack();
  await page.getByRole("link", { name: "Retour à l'accueil" }).click();
  await page.waitForURL(`${APP_URL}/`);

  await login(page, "lucie.martin@cst-demo.fr");
  await page.goto(`${APP_URL}/espace/nimporte-quoi`);
  await page.getByRole("heading", { name: "Cette page est introuvable" }).waitFor();
  await page.getByRole("link", { name: "Retour à mon espace" }).click();
  await page.waitForURL(`${APP_URL}/espace`);
  await context.close();
});

it('finds and marks "Équipements de protection individuelle" for "epi", and shows AIDE in the phone menu', async () => {
  const { context, page } = await openPage(chromium.browser, { viewport: { width: 390, height: 844 } });
  await page.goto(`${APP_URL}/aide`);
  await page.getByLabel("Rechercher dans la foire aux questions").fill("epi");
  await page.getByRole("button", { name: "Rechercher" }).click();
  await page.waitForURL(/\/aide\?q=epi/);
  const results = page.getByRole("list", { name: "Réponses trouvées" });
  await results.getByText("Quels équipements de protection individuelle", { exact: false }).first().waitFor();
  const marks = await results.locator("mark").allInnerTexts();
  expect(marks.map((m) => m.toLowerCase())).toEqual(expect.arrayContaining(["équipements", "protection", "individuelle"]));

  await login(page, "lucie.martin@cst-demo.fr");
  await page.getByText("☰ Menu").click();
  const aide = page.getByRole("link", { name: "AIDE", exact: true });
  expect(await aide.filter({ visible: true }).count()).toBeGreaterThan(0);
  await aide.filter({ visible: true }).first().click();
  await page.waitForURL(`${APP_URL}/aide`);
  await context.close();
});

it("carries an anonymous visitor's request, proof of work solved in the browser, to the administrators' inbox and e-mails their answer", async () => {
  const subject = `Passeport perdu ${Date.now().toString(36)}`;
  const visitor = await openPage(chromium.browser);
  await visitor.page.goto(`${APP_URL}/aide/contact`);
  await visitor.page.getByLabel("Votre nom *").fill("Paul Martin");
  await visitor.page.getByLabel("Adresse e-mail pour la réponse *").fill("paul.martin@example.fr");
  await visitor.page.getByLabel("Objet *").fill(subject);
  // a message too short is said next to its field
  await visitor.page.getByLabel("Message *").fill("Aidez");
  await visitor.page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await visitor.page.getByText("Décrivez votre demande (10 caractères au moins).").waitFor();
  await visitor.page.getByLabel("Message *").fill("Je ne retrouve plus mon passeport dans mon espace.");
  await visitor.page.getByRole("button", { name: "Envoyer ma demande" }).click();
  await visitor.page.getByText("Votre demande est envoyée.").waitFor({ timeout: 30_000 });
  await visitor.context.close();

  const admin = await openPage(chromium.browser);
  await login(admin.page, "admin@passeport-securite.fr");
  await admin.page.getByRole("link", { name: "DEMANDES D'ASSISTANCE" }).last().click();
  await admin.page.getByRole("link", { name: subject }).click();
  await admin.page.getByText("Je ne retrouve plus mon passeport dans mon espace.").waitFor();
  const answer = `Votre passeport est dans MES PASSEPORTS (${subject}).`;
  await admin.page.getByRole("textbox", { name: /^Répondre/ }).fill(answer);
  await admin.page.getByRole("button", { name: "Envoyer la réponse" }).click();
  await admin.page.getByText("Réponse envoyée : la demande est traitée.").waitFor();
  const request = await db.supportRequest.findFirstOrThrow({ where: { subject } });
  expect(request).toMatchObject({ status: "DONE", answer, accountId: null, email: "paul.martin@example.fr" });
  const mail = await db.emailOutbox.findFirstOrThrow({
    where: { template: "support-answer", to: "paul.martin@example.fr", text: { contains: answer } },
  });
  expect(mail.subject).toBe(`Réponse à votre demande d'assistance\u202f: ${subject}`);
  await admin.context.close();
});

it("lets an administrator add a question in AIDE — FAQ, which the public search then finds and marks", async () => {
  const tag = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
  const { context, page } = await openPage(chromium.browser);
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/aide`);
  await page.getByText("Nouvelle question").click();
  const form = page.getByRole("form", { name: "Nouvelle question" });
  await form.getByRole("button", { name: "Ajouter la question" }).click();
  await form.getByText("Choisissez un thème.").waitFor();
  await form.getByLabel("Thème *").selectOption({ label: "Passeport et contrôle" });
  await form.getByLabel("Question *").fill(`Que veut dire ${tag} sur un passeport ?`);
  await form.getByLabel(/^Réponse \*/).fill("Une mention de démonstration ajoutée par un test.");
  await form.getByRole("button", { name: "Ajouter la question" }).click();
  await page.getByText(`Que veut dire ${tag} sur un passeport ?`).first().waitFor();

  await page.goto(`${APP_URL}/aide?q=${tag.toUpperCase()}`);
  const results = page.getByRole("list", { name: "Réponses trouvées" });
  expect(await results.locator("mark").allInnerTexts()).toEqual([tag]);
  const entry = await db.faqEntry.findFirstOrThrow({ where: { question: { contains: tag } }, select: { id: true } });
  expect(await db.auditLog.count({ where: { targetId: entry.id, action: "faq.entry.created" } })).toBe(1);
  await db.faqEntry.delete({ where: { id: entry.id } });
  await context.close();
});
