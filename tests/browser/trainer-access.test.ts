// E1: nobody but trainers reaches the trainer space, and a trainer reaches only their own
// sessions — by page, by the questionnaires' PDF and by the playback.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { loadViewer } from "@/lib/auth/viewer";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { APP_URL, login, openPage, useBrowser } from "./browser";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";

const chromium = useBrowser(() => db.$disconnect());

async function demoTrainerSession() {
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const { sessionId } = await createAwarenessSession(
    await viewerOf(DEMO.trainer),
    createSessionSchema.parse({
      profileCode: "ADMINISTRATIF",
      participants: [{ lastName: `Acces${uniq()}`, firstName: "Paul", companyId: company.id }],
    }),
  );
  return sessionId;
}

const paths = (sessionId: string) => [
  "/formateur",
  "/formateur/sessions/nouvelle",
  "/formateur/validation",
  "/formateur/impression",
  `/formateur/sessions/${sessionId}`,
  `/formateur/sessions/${sessionId}/diffusion`,
];

it.each([
  ["a learner", DEMO.learnerWithEmail],
  ["a controller", DEMO.controller],
  ["a company referent", DEMO.referent],
  ["a member company", DEMO.member],
])("refuses %s every page of the trainer space and the questionnaires", async (_who, identifier) => {
  const sessionId = await demoTrainerSession();
  const { context, page } = await openPage(chromium.browser);
  await login(page, identifier);
  for (const path of paths(sessionId)) expect([path, (await page.goto(`${APP_URL}${path}`))?.status()]).toEqual([path, 404]);
  const pdf = await page.request.get(`${APP_URL}/api/sessions/${sessionId}/questionnaires`);
  expect(pdf.status()).toBe(403);
  await context.close();
});

it("shows another trainer none of Sophie's sessions", async () => {
  const sessionId = await demoTrainerSession();
  const tag = uniq();
  const email = `autre-formateur-${tag}@example.fr`;
  const account = await db.account.create({
    data: { email, passwordHash: await hashPassword("Formateur-Mot-2026"), mustSetPassword: false },
  });
  const company = await db.company.findFirstOrThrow({ where: { memberNumber: DEMO.member } });
  const other = await db.person.create({
    data: { accountId: account.id, companyId: company.id, firstName: "Autre", lastName: `Formateur${tag}` },
  });
  await accreditTrainer(other.id);
  expect(await loadViewer(account.id)).not.toBeNull();

  const { context, page } = await openPage(chromium.browser);
  await login(page, email, "Formateur-Mot-2026");
  expect((await page.goto(`${APP_URL}/formateur`))?.status()).toBe(200);
  expect((await page.goto(`${APP_URL}/formateur/sessions/${sessionId}`))?.status()).toBe(404);
  expect((await page.goto(`${APP_URL}/formateur/sessions/${sessionId}/diffusion`))?.status()).toBe(404);
  expect((await page.request.get(`${APP_URL}/api/sessions/${sessionId}/questionnaires`)).status()).toBe(404);
  await page.goto(`${APP_URL}/formateur/validation`);
  await page.getByText("Aucun participant.").waitFor();
  await context.close();
});

it("sends anonymous visitors to the home page", async () => {
  const { context, page } = await openPage(chromium.browser);
  await page.goto(`${APP_URL}/formateur/sessions/nouvelle`);
  expect(new URL(page.url()).pathname).toBe("/");
  expect((await page.request.get(`${APP_URL}/api/sessions/abcdefghijklmnop/questionnaires`)).status()).toBe(401);
  await context.close();
});
