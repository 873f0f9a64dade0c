// Item 8 of issue 17 on the running app: after repeated failures the login form solves the
// proof of work the server asks for and logs the owner in (no lock), and the server counts
// failures against the socket's address, not the X-Forwarded-For a client writes.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { uniq, DEMO } from "@/tests/helpers/demo";
import { APP_URL, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

async function learner(password: string) {
  const tag = uniq();
  const email = `essais-${tag}@example.fr`;
  const account = await db.account.create({ data: { email, passwordHash: await hashPassword(password), mustSetPassword: false } });
  const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
  await db.person.create({ data: { accountId: account.id, companyId: company.id, firstName: "Essai", lastName: `Connexion${tag}` } });
  return email;
}

it("asks the browser for a proof of work after three failures, never a lock: the owner logs in", async () => {
  const email = await learner("Gravier-Rouge-Lundi-26");
  const { context, page } = await openPage(chromium.browser);
  await page.goto(APP_URL);
  await page.getByLabel("e-mail, ID unique ou n° adhérent").fill(email);
  for (let i = 0; i < 3; i++) {
    await page.getByLabel("Mot de passe", { exact: true }).fill(`mauvais-mot-${i}`);
    await page.getByRole("button", { name: "Je me connecte" }).click();
    await page.getByRole("alert").filter({ hasText: "Identifiant ou mot de passe incorrect." }).waitFor();
    await page.getByRole("button", { name: "Je me connecte" }).and(page.locator(":enabled")).waitFor();
  }
  expect(await db.loginThrottle.findUnique({ where: { key: `id:${email}` }, select: { failures: true } })).toEqual({ failures: 3 });
  await page.getByLabel("Mot de passe", { exact: true }).fill("Gravier-Rouge-Lundi-26");
  await page.getByRole("button", { name: "Je me connecte" }).click();
  await page.waitForURL(`${APP_URL}/espace`, { timeout: 30_000 });
  expect(await db.loginThrottle.findUnique({ where: { key: `id:${email}` } })).toBeNull();
  await context.close();
});

it("counts a failed login against the socket's address whatever X-Forwarded-For claims", async () => {
  const forged = `203.0.113.${Math.floor(Math.random() * 250)}`;
  const before = await db.loginThrottle.findUnique({ where: { key: "ip:127.0.0.1" }, select: { failures: true } });
  const csrf = await fetch(`${APP_URL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const response = await fetch(`${APP_URL}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie, "X-Forwarded-For": forged, "X-Passeport-Peer": forged },
    body: new URLSearchParams({ csrfToken, identifier: `personne-${uniq()}@example.fr`, password: "mauvais-mot-1234", json: "true" }),
    redirect: "manual",
  });
  expect(((await response.json()) as { url: string }).url).toContain("error=CredentialsSignin");
  expect(await db.loginThrottle.findUnique({ where: { key: `ip:${forged}` } })).toBeNull();
  const after = await db.loginThrottle.findUniqueOrThrow({ where: { key: "ip:127.0.0.1" }, select: { failures: true } });
  expect(after.failures).toBeGreaterThan(before?.failures ?? 0);
});
