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
