// Item 6 of issue 17: after DÉCONNEXION the server refuses the old token, even replayed by
// someone who copied the cookie while the session was open.
import { db } from "@/lib/db";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

it("refuses a copy of the session cookie once its owner has logged out", async () => {
  const owner = await openPage(chromium.browser);
  await login(owner.page, "lucie.martin@cst-demo.fr");
  await owner.page.waitForURL(`${APP_URL}/espace`);
  const copied = await owner.context.cookies();
  expect(copied.some((c) => c.name.includes("next-auth.session-token"))).toBe(true);

  // the copy works while the session is open…
  const thief = await openPage(chromium.browser);
  await thief.context.addCookies(copied);
  await thief.page.goto(`${APP_URL}/espace`);
  expect(new URL(thief.page.url()).pathname).toBe("/espace");

  // …and no longer once its owner has logged out, although the JWT itself has hours left
  await owner.page.getByRole("button", { name: "DÉCONNEXION" }).last().click();
  await owner.page.waitForURL(`${APP_URL}/`);
  await thief.page.goto(`${APP_URL}/espace`);
  expect(new URL(thief.page.url()).pathname).toBe("/");
  await thief.page.getByText("Connectez-vous pour accéder à cette page.").waitFor();
  await owner.context.close();
  await thief.context.close();
});
