// Issue 11, item 4: the audit log for administrators: every filter (actor, target, company,
// action type, period in Paris days), keyset pages that neither repeat nor skip an entry, names
// and links of targets, and nobody else may read it.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { listAuditLog, parisDayStart, AUDIT_PAGE_SIZE } from "@/lib/audit/audit-log-list";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

/** 120 entries about one fresh target, one minute apart, ending at a fixed day, half of them by the administrator. */
async function history() {
  const admin = await viewerOf(DEMO.admin);
  const referent = await viewerOf(DEMO.referent);
  const person = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.holder } }, select: { id: true, companyId: true } });
  const action = `test.event.${uniq()}`;
  const end = new Date("2026-03-15T12:00:00Z");
  const target = `tgt${uniq()}`;
  await db.auditLog.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      at: new Date(end.getTime() - i * 60_000 * 60 * 6), // every 6 hours, back to 2026-02-15
      actorAccountId: i % 2 === 0 ? admin.accountId : referent.accountId,
      action,
      targetType: "Thing",
      targetId: target,
      companyId: person.companyId,
      data: { i },
    })),
  });
  return { admin, referent, action, target, person };
}

describe("audit log", () => {
  it("pages newest first by keyset without repeating or skipping an entry", async () => {
    const { admin, action } = await history();
    const seen: number[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { entries, next } = await listAuditLog(admin, { action }, cursor);
      expect(entries.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...entries.map((e) => (e.data as { i: number }).i));
      cursor = next ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => i));
  });

  it("filters by actor (id or e-mail), target, company, action and period, combined", async () => {
    const { admin, referent, action, target, person } = await history();
    const byActor = await listAuditLog(admin, { action, actor: referent.accountId });
    expect(byActor.entries.every((e) => e.actorAccountId === referent.accountId)).toBe(true);
    expect(byActor.entries).toHaveLength(50);
    const byEmail = await listAuditLog(admin, { action, actor: DEMO.referent.toUpperCase() });
    expect(byEmail.entries.map((e) => e.id)).toEqual(byActor.entries.map((e) => e.id));
    expect((await listAuditLog(admin, { target, company: person.companyId })).entries.every((e) => e.targetId === target)).toBe(true);
    // 2026-03-15 alone (Paris day, from 23:00 UTC the day before): 12:00, 06:00 and 00:00 UTC, not 18:00 UTC on the 14th
    const oneDay = await listAuditLog(admin, { action, from: "2026-03-15", to: "2026-03-15" });
    expect(oneDay.entries.map((e) => (e.data as { i: number }).i)).toEqual([0, 1, 2]);
    const period = await listAuditLog(admin, { action, actor: admin.accountId, from: "2026-03-10", to: "2026-03-12" });
    expect(period.entries.length).toBeGreaterThan(0);
    for (const e of period.entries) {
      expect(e.actorAccountId).toBe(admin.accountId);
      expect(e.at.getTime()).toBeGreaterThanOrEqual(parisDayStart("2026-03-10")!.getTime());
      expect(e.at.getTime()).toBeLessThan(parisDayStart("2026-03-13")!.getTime());
    }
    // an impossible id or date matches nothing or is ignored, never a crash
    expect((await listAuditLog(admin, { action, target: "'; drop table" })).entries).toHaveLength(0);
    expect((await listAuditLog(admin, { action, from: "2026-02-30" })).entries.length).toBe(50);
    expect((await listAuditLog(admin, { action }, "pas-un-curseur")).entries.length).toBe(50);
  });

  it("names the actor and links the target to the person's page", async () => {
    const admin = await viewerOf(DEMO.admin);
    const person = await db.person.findFirstOrThrow({ where: { account: { email: DEMO.holder } }, select: { id: true, companyId: true } });
    const action = `test.person.${uniq()}`;
    await db.auditLog.create({
      data: { actorAccountId: admin.accountId, action, targetType: "Person", targetId: person.id, companyId: person.companyId },
    });
    const [entry] = (await listAuditLog(admin, { action })).entries;
    expect(entry.target).toEqual({ label: "Jean DUPONT", href: `/admin/utilisateurs/${person.id}` });
    expect(entry.actor).toMatchObject({ isAdmin: true, href: null });
    expect(entry.companyName).toBe("Carrières Services Transports");
  });

  it("is read by administrators only", async () => {
    for (const who of [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller]) {
      await expect(listAuditLog(await viewerOf(who), {})).rejects.toBeInstanceOf(AccessDeniedError);
    }
    await expect(listAuditLog(null as never, {})).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
