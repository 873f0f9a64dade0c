// Issue 11, item 9: a worker phones because they are blocked. The administrator finds them
// by their passport number in the global search (keyboard only), unblocks them, sends them
// a new link, each after confirming, and finds both events in the audit log.
import { db } from "@/lib/db";
import { DEMO, uniq } from "@/tests/helpers/demo";
import { blockedWorker } from "@/tests/helpers/blocked-worker";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("finds a blocked worker by passport number, unblocks them, sends a new link, and reads both in the audit log", async () => {
  const found = await blockedWorker({ firstName: "Théo", lastName: `Bloqué${uniq()}` });
  const worker = { ...found, personId: found.id, number: found.passport.number };
  const { context, page } = await openPage(chromium.browser);
  await login(page, DEMO.admin);
  await page.goto(`${APP_URL}/admin`);

  const search = page.getByRole("combobox", { name: "Rechercher une personne, une entreprise ou une sensibilisation" });
  // Enter without choosing a suggestion opens the full results, grouped (the name typed without its accent)
  await search.fill(worker.who.replace("é", "e").toLowerCase());
  await search.press("Enter");
  await page.waitForURL(/\/admin\/recherche\?q=/);
  await page
    .getByRole("region", { name: /Personnes \(1\)/ })
    .getByRole("link", { name: worker.who })
    .waitFor();
  // the box at the top holds the query of the results shown
  expect(await search.inputValue()).toBe(worker.who.replace("é", "e").toLowerCase());

  // the search at the top of the page, by keyboard: type, arrow down, Enter
  await search.fill(worker.number.toLowerCase());
  const option = page.getByRole("option", { name: new RegExp(worker.who) });
  await option.waitFor();
  expect(await page.getByRole("group", { name: "Personnes" }).getByRole("option").count()).toBe(1);
  await search.press("ArrowDown");
  expect(await option.getAttribute("aria-selected")).toBe("true");
  await search.press("Enter");
  await page.waitForURL(`${APP_URL}/admin/utilisateurs/${worker.personId}`);
  await page.getByRole("heading", { level: 1, name: worker.who }).waitFor();
  await page.getByText("Bloqué", { exact: true }).first().waitFor();

  // unblock, after confirming
  await page.getByRole("button", { name: "Débloquer" }).click();
  const unblock = page.getByRole("dialog", { name: `Débloquer ${worker.who} ?` });
  await unblock.getByRole("button", { name: "Confirmer" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `${worker.who} est débloqué(e)` })
    .waitFor();
  await page.getByText("Non bloqué").waitFor();
  expect((await db.person.findUniqueOrThrow({ where: { id: worker.personId } })).blockedAt).toBeNull();

  // a new link, after confirming
  await page.getByRole("button", { name: "Envoyer un nouveau lien" }).click();
  const send = page.getByRole("dialog", { name: `Envoyer un nouveau lien à ${worker.who} ?` });
  await send.getByRole("button", { name: "Confirmer" }).click();
  await page
    .getByRole("status")
    .filter({ hasText: `Un nouveau lien de première connexion a été envoyé à ${worker.email}.` })
    .waitFor();
  const mail = await db.emailOutbox.findFirstOrThrow({ where: { to: worker.email, subject: "Votre accès Passeport Sécurité" } });
  expect(mail.text).toContain("/definir-mot-de-passe/");

  // both events in the audit log, from the person's page
  await page.getByRole("link", { name: "Toutes les entrées du journal sur cette personne" }).click();
  await page.waitForURL(/\/admin\/journal\?cible=/);
  const rows = page.getByRole("table").getByRole("row");
  await rows.filter({ hasText: "Nouveau lien de connexion envoyé" }).filter({ hasText: worker.who }).waitFor();
  await rows.filter({ hasText: "Débloqué" }).filter({ hasText: worker.who }).waitFor();

  // and through the filters: this administrator's unblockings of today
  await page.goto(`${APP_URL}/admin/journal`);
  await page.getByLabel("Acteur (e-mail ou identifiant du compte)").fill(DEMO.admin);
  await page.getByLabel("Action").selectOption({ label: "Débloqué" });
  const today = new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(new Date());
  await page.getByLabel("Du", { exact: true }).fill(today);
  await page.getByRole("button", { name: "Filtrer" }).click();
  await page.waitForURL(/action=learner\.unblocked/);
  const first = page.getByRole("table").getByRole("row").nth(1);
  await first.filter({ hasText: worker.who }).waitFor();
  await first.getByRole("link", { name: worker.who }).click();
  await page.waitForURL(`${APP_URL}/admin/utilisateurs/${worker.personId}`);
  await context.close();
});
