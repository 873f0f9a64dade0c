// Issue 12, item 1 in Chromium: an administrator creates a profile from CONTENUS (a wrong
// validity is refused next to its field), adds modules, reorders them with the keyboard only
// (the focus stays on the moved module's button), removes one, and archives the profile
// behind a dialog that opens on « Annuler ». Each step reaches the database.
import { db } from "@/lib/db";
import { uniq } from "@/tests/helpers/demo";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

const order = async (profileId: string) =>
  (
    await db.profileModule.findMany({ where: { profileId }, orderBy: { position: "asc" }, select: { module: { select: { title: true } } } })
  ).map((r) => r.module.title);

/** The value once `ok` holds, or the last one after a few seconds (then the test's expectation fails on it). */
async function settled<T>(read: () => Promise<T>, ok: (v: T) => boolean) {
  let value = await read();
  for (let i = 0; i < 50 && !ok(value); i++) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
const focused = (locator: { evaluate: (f: (el: Element) => boolean) => Promise<boolean> }) => () =>
  locator.evaluate((el) => el === document.activeElement);

it("creates a profile, orders its modules with the keyboard and archives it", async () => {
  const name = `Visiteur ${uniq()}`;
  const { page, context } = await openPage(chromium.browser);
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/contenus`);
  await page.getByRole("link", { name: "Créer un profil" }).click();

  await page.getByLabel("Nom du profil *").fill(name);
  await page.getByLabel("Validité du passeport (en mois) *").fill("200");
  await page.getByRole("button", { name: "Créer le profil" }).click();
  await page.getByText("Entre 1 et 120 mois.").waitFor();
  expect(await db.profile.count({ where: { name } })).toBe(0);
  await page.getByLabel("Validité du passeport (en mois) *").fill("18");
  await page.getByRole("button", { name: "Créer le profil" }).click();
  await page.waitForURL(/\/admin\/contenus\/profils\/(?!nouveau)[^/]+$/);
  const profile = await db.profile.findFirstOrThrow({ where: { name }, select: { id: true, validityMonths: true, active: true } });
  expect(profile).toMatchObject({ validityMonths: 18, active: true });

  const titles = (await db.module.findMany({ where: { active: true }, orderBy: { title: "asc" }, take: 3, select: { title: true } })).map(
    (m) => m.title,
  );
  for (const title of titles) {
    await page.getByLabel("Ajouter un module").selectOption({ label: title });
    await page.getByRole("button", { name: "Ajouter", exact: true }).click();
    await page.getByRole("button", { name: `Monter le module ${title}` }).waitFor();
  }
  expect(await order(profile.id)).toEqual(titles);

  // keyboard only: the first module goes down twice, the focus staying on its button
  const down = page.getByRole("button", { name: `Descendre le module ${titles[0]}` });
  await down.focus();
  await page.keyboard.press("Enter");
  await page.getByText(`${titles[0]}\u202f: position 2 sur 3.`).waitFor({ state: "attached" });
  expect(await settled(focused(down), Boolean)).toBe(true);
  await page.keyboard.press("Space");
  await page.getByText(`${titles[0]}\u202f: position 3 sur 3.`).waitFor({ state: "attached" });
  // at the bottom « Descendre » is disabled: the focus is on « Monter » of the same module
  const up = page.getByRole("button", { name: `Monter le module ${titles[0]}` });
  expect(await settled(focused(up), Boolean)).toBe(true);
  expect(await order(profile.id)).toEqual([titles[1], titles[2], titles[0]]);

  await page.getByRole("button", { name: `Retirer le module ${titles[2]}` }).click();
  const removal = page.locator("dialog[open]");
  expect(
    await removal.evaluate((d) =>
      document.activeElement && d.contains(document.activeElement) ? document.activeElement.textContent : null,
    ),
  ).toBe("Annuler");
  await removal.getByRole("button", { name: "Confirmer" }).click();
  await removal.waitFor({ state: "detached" });
  // the removed row's button is gone: the focus is on the list of modules
  const list = page.getByRole("list", { name: "Modules du parcours, dans l'ordre" });
  expect(await settled(focused(list), Boolean)).toBe(true);
  expect(
    await settled(
      () => order(profile.id),
      (o) => o.length === 2,
    ),
  ).toEqual([titles[1], titles[0]]);

  await page.getByRole("button", { name: "Archiver" }).click();
  const archive = page.locator("dialog[open]");
  await archive.getByRole("button", { name: "Confirmer" }).click();
  await page.getByRole("button", { name: "Réactiver" }).waitFor();
  expect((await db.profile.findUniqueOrThrow({ where: { id: profile.id } })).active).toBe(false);
  await context.close();
  // other tests read every profile (the statistics' columns): this one, without people, goes
  await db.profile.delete({ where: { id: profile.id } });
});

it("the attribution rule's profiles offer no « Archiver »", async () => {
  const technique = await db.profile.findUniqueOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
  const { page, context } = await openPage(chromium.browser);
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/contenus/profils/${technique.id}`);
  await page.getByText("Ce profil ne peut pas être archivé").waitFor();
  expect(await page.getByRole("button", { name: "Archiver" }).count()).toBe(0);
  await context.close();
});

it("needs no sideways scrolling at 320 px on CONTENUS and a profile's pages", async () => {
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
  const { page, context } = await openPage(chromium.browser, { viewport: { width: 320, height: 640 } });
  await login(page, "admin@passeport-securite.fr");
  for (const path of ["/admin/contenus", "/admin/contenus/profils/nouveau", `/admin/contenus/profils/${profile.id}`]) {
    await page.goto(`${APP_URL}${path}`);
    await page.getByRole("heading", { level: 1 }).waitFor();
    expect([path, await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)]).toEqual([path, 0]);
  }
  await context.close();
});
