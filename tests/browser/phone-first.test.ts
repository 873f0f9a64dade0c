// Issue 15, items 1 to 3 on a phone and with the keyboard: the login first on the home page,
// tables as cards, no sideways scrolling at 320 px, a visible focus ring, dialogs that open on
// "Annuler", a closable welcome banner, the focus following the quiz's steps.
import type { Page } from "playwright-core";
import { db } from "@/lib/db";
import { DEMO } from "@/tests/helpers/demo";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { newLearner, watchMedia } from "./learning";

const chromium = useBrowser(() => db.$disconnect());
const PHONE = { width: 390, height: 844 };

/** Width of the page's content beyond the window: 0 when nothing scrolls sideways. */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** WCAG contrast ratio of two CSS colours (rgb() / rgba() as computed by the browser). */
function contrast(a: string, b: string) {
  const lum = (c: string) => {
    const [r, g, bl] = c
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map(Number);
    const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** The focused element's outline colour and the background colour around it. */
const focusColours = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    let parent = el.parentElement;
    let background = "rgb(255, 255, 255)";
    while (parent) {
      const bg = getComputedStyle(parent).backgroundColor;
      if (bg && !bg.startsWith("rgba(0, 0, 0, 0)") && bg !== "transparent") {
        background = bg;
        break;
      }
      parent = parent.parentElement;
    }
    const style = getComputedStyle(el);
    return { outline: style.outlineColor, width: parseFloat(style.outlineWidth), style: style.outlineStyle, background };
  });

it("shows the login first on a phone, and a logged-in visitor can log out from the home page", async () => {
  const { context, page } = await openPage(chromium.browser, { viewport: PHONE });
  await page.goto(APP_URL);
  const login_ = await page.getByLabel("e-mail, ID unique ou n° adhérent").boundingBox();
  const registration = await page.getByRole("heading", { name: "INSCRIPTION" }).boundingBox();
  expect(login_!.y + login_!.height).toBeLessThan(PHONE.height);
  expect(login_!.y).toBeLessThan(registration!.y);
  expect(await overflow(page)).toBe(0);

  await login(page, DEMO.learnerWithEmail);
  await page.goto(APP_URL);
  await page.getByText("Vous êtes déjà connecté(e).").waitFor();
  await page.getByRole("button", { name: "DÉCONNEXION" }).click();
  await page.getByLabel("e-mail, ID unique ou n° adhérent").waitFor();
  await context.close();
});

it("keeps every column and action of the employee list on a phone, as cards, and opens the delete dialog on Annuler", async () => {
  const { context, page } = await openPage(chromium.browser, { viewport: PHONE });
  await login(page, DEMO.referent);
  // the welcome banner closes with its ×
  await page.getByText("Félicitations, vous êtes bien connecté(e) à votre espace entreprise !").waitFor();
  await page.getByRole("button", { name: "Fermer le message" }).click();
  expect(await page.getByText("Félicitations, vous êtes bien connecté(e)").count()).toBe(0);

  await page.goto(`${APP_URL}/entreprise/salaries`);
  expect(await overflow(page)).toBe(0);
  const row = page.locator("tbody tr").filter({ hasText: "Lucie" });
  // each cell says its column's title, and the actions are on screen, not beyond a sideways scroll
  const titles = await row
    .locator("td")
    .evaluateAll((cells) => cells.map((c) => getComputedStyle(c, "::before").content.replace(/^"|"$/g, "")));
  expect(titles).toEqual(["Impression", "Prénom", "Nom", "Profil", "Passeport sécurité", "État", "Expiration", "Actions"]);
  for (const action of [row.getByRole("link", { name: /^Modifier/ }), row.getByRole("button", { name: /^Supprimer/ })]) {
    const box = (await action.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
  }
  // the sortable titles stay above the cards
  await page.getByRole("link", { name: /^Expiration/ }).waitFor({ state: "visible" });

  await row.getByRole("button", { name: /^Supprimer/ }).click();
  await page.locator("dialog[open]").waitFor();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Annuler");
  await page.keyboard.press("Enter");
  await page.locator("dialog[open]").waitFor({ state: "detached" }); // closed by Entrée on Annuler
  expect(await db.person.count({ where: { firstName: "Lucie", deletedAt: null, account: { email: DEMO.learnerWithEmail } } })).toBe(1);

  // the side menu keeps AIDE and the legal links on a phone
  await page.getByText("☰ Menu").click();
  await page.getByRole("link", { name: "AIDE" }).first().waitFor({ state: "visible" });
  await context.close();
});

it("draws a focus ring of at least 3:1 on light pages and in the navy menu", async () => {
  const { context, page } = await openPage(chromium.browser, { viewport: { width: 1280, height: 800 } });
  await login(page, DEMO.referent);
  await page.goto(`${APP_URL}/entreprise/salaries`);
  // on a desktop the table stays a table: no column title written in its cells
  const written = await page.locator("tbody td").evaluateAll((cells) => cells.map((c) => getComputedStyle(c, "::before").content));
  expect(written.length).toBeGreaterThan(0);
  expect(written.every((content) => content === "none" || content === "normal")).toBe(true);
  // a link of the navy side menu, then a field of the white page, both reached with the keyboard
  await page.getByRole("navigation", { name: "Menu principal" }).getByRole("link").first().focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  const inMenu = await focusColours(page);
  expect(inMenu.style).toBe("solid");
  expect(inMenu.width).toBeGreaterThanOrEqual(2);
  expect(contrast(inMenu.outline, inMenu.background)).toBeGreaterThanOrEqual(3);
  await page.locator("main input").first().focus();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  const onPage = await focusColours(page);
  expect(contrast(onPage.outline, onPage.background)).toBeGreaterThanOrEqual(3);
  await context.close();
});

it("needs no sideways scrolling at 320 px on the learner's path, the quiz and the control screen, and moves the focus to the quiz", async () => {
  const { email } = await newLearner("Etroit", "Inès");
  const narrow = { width: 320, height: 640 };
  const { context, page } = await openPage(chromium.browser, { viewport: narrow });
  await login(page, email);
  await page.goto(`${APP_URL}/espace/parcours`);
  expect(await overflow(page)).toBe(0);
  await page.getByRole("link", { name: "Commencer le module" }).click();
  await watchMedia(page);
  await page.getByRole("button", { name: "Valider mes réponses" }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-labelledby"))).toBe("questionnaire-titre");
  expect(await overflow(page)).toBe(0);
  // each question's legend lies inside its card
  const fieldset = page.locator("fieldset").first();
  const [card, legend] = [await fieldset.boundingBox(), await fieldset.locator("legend").boundingBox()];
  expect(legend!.y).toBeGreaterThanOrEqual(card!.y);
  // sending with no answer: the focus goes to the first question left unanswered
  await page.getByRole("button", { name: "Valider mes réponses" }).click();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("FIELDSET");
  await context.close();

  const controller = await openPage(chromium.browser, { viewport: narrow });
  await login(controller.page, DEMO.controller);
  await controller.page.goto(`${APP_URL}/espace/controle`);
  await controller.page.locator("main").waitFor();
  expect(await overflow(controller.page)).toBe(0);
  await controller.context.close();
});

it("answers an empty batch print with a French page that leads back to the list", async () => {
  const { context, page } = await openPage(chromium.browser, { viewport: PHONE });
  await login(page, DEMO.referent);
  await page.goto(`${APP_URL}/entreprise/salaries`);
  await page.getByRole("button", { name: "Imprimer les passeports sélectionnés" }).click();
  await page.getByRole("heading", { name: "Aucun passeport sélectionné" }).waitFor();
  expect(await page.title()).toBe("Aucun passeport sélectionné — Passeport Sécurité UNPG");
  await page.getByRole("link", { name: "Retour" }).click();
  await page.waitForURL((u) => u.pathname === "/entreprise/salaries");
  await context.close();
});
