// Issue 17, item 1 in Chromium: the administrator refuses one accreditation request without a
// reason (the error stays next to the field, nothing changes), then with one, and approves
// another with its end date; each decision reaches the database and leaves the queue.
import { db } from "@/lib/db";
import { uniq } from "@/tests/helpers/demo";
import { blockedWorker } from "@/tests/helpers/blocked-worker";
import { APP_URL, login, openPage, useBrowser } from "./browser";

const chromium = useBrowser(() => db.$disconnect());

async function request(lastName: string) {
  const worker = await blockedWorker({ lastName });
  return db.trainerAccreditation.create({ data: { personId: worker.id }, select: { id: true } });
}

it("refuses and approves accreditation requests from HABILITATIONS FORMATEURS", async () => {
  const [refusedName, approvedName] = [`Refusé${uniq()}`, `Accordé${uniq()}`];
  const refused = await request(refusedName);
  const approved = await request(approvedName);
  const { page, context } = await openPage(chromium.browser);
  await login(page, "admin@passeport-securite.fr");
  await page.goto(`${APP_URL}/admin/habilitations`);

  const refusal = page.getByRole("form", { name: `Refuser : Noël ${refusedName.toUpperCase()}` });
  await refusal.getByRole("button", { name: "Refuser" }).click();
  await refusal.getByText("Indiquez le motif").waitFor();
  expect((await db.trainerAccreditation.findUniqueOrThrow({ where: { id: refused.id } })).status).toBe("REQUESTED");
  await refusal.getByLabel(/Motif/).fill("Pas de formation de formateur");
  await refusal.getByRole("button", { name: "Refuser" }).click();
  await refusal.waitFor({ state: "detached" });
  expect(await db.trainerAccreditation.findUniqueOrThrow({ where: { id: refused.id } })).toMatchObject({
    status: "REFUSED",
    reason: "Pas de formation de formateur",
  });

  const approval = page.getByRole("form", { name: `Approuver l'habilitation de Noël ${approvedName.toUpperCase()}` });
  await approval.getByRole("button", { name: "Approuver" }).click();
  await approval.waitFor({ state: "detached" });
  const row = await db.trainerAccreditation.findUniqueOrThrow({ where: { id: approved.id } });
  expect(row.status).toBe("APPROVED");
  expect(row.validUntil!.getTime()).toBeGreaterThan(Date.now() + 2 * 365 * 86_400_000);
  await context.close();
});
