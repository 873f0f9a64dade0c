import { db } from "@/lib/db";
import { globalSearch } from "@/lib/admin/global-search";
import { listAuditLog } from "@/lib/audit/audit-log-list";
import { listPeopleForAdmin } from "@/lib/people/admin-people-list";
import { getPersonForAdmin } from "@/lib/people/admin-person";
import { DEMO, viewerOf } from "@/tests/helpers/demo";
afterAll(() => db.$disconnect());
async function time(label: string, f: () => Promise<unknown>) {
  const runs: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t = performance.now();
    await f();
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: p50 ${runs[6].toFixed(1)} ms, max ${runs[11].toFixed(1)} ms`);
}
it("scale", async () => {
  const admin = await viewerOf(DEMO.admin);
  await time("search name 'elodie becart12345'", () => globalSearch(admin, "elodie becart12345"));
  await time("search 'lefevre'", () => globalSearch(admin, "lefèvre"));
  await time("search passport PS-2025-00a1b2", () => globalSearch(admin, "ps-2025-00a1b2"));
  await time("search email part 'nom7777@'", () => globalSearch(admin, "nom7777@"));
  await time("search siret", () => globalSearch(admin, "8000000000123"));
  await time("search 'n°5'", () => globalSearch(admin, "n°5"));
  await time("people list first page", () => listPeopleForAdmin(admin, {}));
  await time("people list blocked", () => listPeopleForAdmin(admin, { blockedOnly: true }));
  await time("people list q=dupont", () => listPeopleForAdmin(admin, { q: "dupont" }));
  const jean = await db.person.findFirstOrThrow({ where: { lastName: "Dupont" }, select: { id: true } });
  await time("person page", () => getPersonForAdmin(admin, jean.id));
  await time("audit first page", () => listAuditLog(admin, {}));
  await time("audit by actor", () => listAuditLog(admin, { actor: "ac77" }));
  const p1 = await listAuditLog(admin, { actor: "ac77" });
  await time("audit by actor page 2", () => listAuditLog(admin, { actor: "ac77" }, p1.next!));
  await time("audit by actor + period", () => listAuditLog(admin, { actor: "ac77", from: "2026-11-01", to: "2026-11-20" }));
  await time("audit by target", () => listAuditLog(admin, { target: "pe777" }));
  await time("audit by action + period", () => listAuditLog(admin, { action: "learner.blocked", from: "2026-11-10", to: "2026-11-12" }));
  await time("audit by company", () => listAuditLog(admin, { company: "co77" }));
});
