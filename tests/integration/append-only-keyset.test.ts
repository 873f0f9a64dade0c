// Issue 16, item 5: the lists of the append-only tables page by keyset with a bound the index can
// start from. Many rows share each instant (a batch import, an offline sync): walking every page
// must neither skip nor repeat a row, keep the order (newest first, then id), and respect the
// filters on every page. The suspicious checks merge two index ranges in one order; the
// dashboard counts failed e-mails only up to its cap.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import { listAuditLog } from "@/lib/audit/audit-log-list";
import { listOutbox } from "@/lib/mail/list-outbox";
import { cursorOf } from "@/lib/mail/outbox-query.schema";
import { listSiteChecks } from "@/lib/sites/site-checks";
import { createSite } from "@/lib/sites/sites";
import { listSuspiciousChecks } from "@/lib/passports/suspicious-checks";
import { FAILED_EMAILS_CAP, getAdminOverview } from "@/lib/admin/overview";
import { DEMO, passportIdOf, uniq, viewerOf } from "@/tests/helpers/demo";
import { registeredCompany } from "@/tests/helpers/companies";

afterAll(() => db.$disconnect());

const TOTAL = 130; // three pages of 50
const SAME = 5; // rows per instant
const base = Date.UTC(2025, 2, 12, 9); // 12 March 2025
const instant = (i: number) => new Date(base - Math.floor(i / SAME) * 60_000);

/** newest first, then the greater id first: the order of every list here */
function expectKeysetOrder(rows: { at: Date; id: string }[]) {
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    expect(a.at.getTime() > b.at.getTime() || (a.at.getTime() === b.at.getTime() && a.id > b.id)).toBe(true);
  }
}

/** Walks every page; returns the rows in the order shown and the number of pages. */
async function walk<R>(page: (cursor?: string) => Promise<{ rows: R[]; next: string | null }>) {
  const rows: R[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const result = await page(cursor);
    rows.push(...result.rows);
    cursor = result.next ?? undefined;
    pages++;
  } while (cursor && pages < 20);
  return { rows, pages };
}

async function memberCompany() {
  const company = await registeredCompany();
  await db.company.update({ where: { id: company.id }, data: { kind: "MEMBER", memberNumber: `K${uniq().slice(-7).toUpperCase()}` } });
  return { ...company, viewer: await viewerOf(company.email) };
}

describe("keyset pages of the append-only tables", () => {
  it("Contrôles sur mes sites: every check once, in order, filters kept on every page", async () => {
    const member = await memberCompany();
    const north = await createSite(member.viewer, { name: "Carrière Nord", commune: "Lille" });
    const south = await createSite(member.viewer, { name: "Carrière Sud", commune: "Nîmes" });
    const passportId = await passportIdOf("PS-2026-7K4M9Q");
    await db.passportCheck.createMany({
      data: Array.from({ length: TOTAL }, (_, i) => ({
        passportId,
        queriedNumber: "PS-2026-7K4M9Q",
        channel: "CONTROL" as const,
        result: i % 3 === 0 ? ("EXPIRED" as const) : ("VALID" as const),
        checkedAt: instant(i),
        siteId: i % 2 === 0 ? north.id : south.id,
        companyId: member.id,
      })),
    });
    const all = await walk((c) => listSiteChecks(member.viewer, {}, c));
    expect(all.pages).toBe(3);
    expect(all.rows).toHaveLength(TOTAL);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(TOTAL);
    expectKeysetOrder(all.rows.map((r) => ({ at: r.checkedAt, id: r.id })));

    // expired checks at the north site: i % 6 === 0 → 22 of them; pages of 50 hold them all at once,
    // so walk a filter that needs two pages too: every check of the south site (65)
    const expiredNorth = await walk((c) => listSiteChecks(member.viewer, { result: "EXPIRED", site: north.id }, c));
    expect(expiredNorth.rows).toHaveLength(22);
    expect(expiredNorth.rows.every((r) => r.result === "EXPIRED" && r.site?.name === "Carrière Nord")).toBe(true);
    const southRows = await walk((c) => listSiteChecks(member.viewer, { site: south.id }, c));
    expect(southRows.pages).toBe(2);
    expect(southRows.rows).toHaveLength(65);
    expect(new Set(southRows.rows.map((r) => r.id)).size).toBe(65);
    expect(southRows.rows.every((r) => r.site?.name === "Carrière Sud")).toBe(true);
    expectKeysetOrder(southRows.rows.map((r) => ({ at: r.checkedAt, id: r.id })));

    // a period (Paris days) kept across pages: 12 March only holds all of them
    const day = await walk((c) => listSiteChecks(member.viewer, { from: "2025-03-12", to: "2025-03-12" }, c));
    expect(day.rows).toHaveLength(TOTAL);
    expect((await listSiteChecks(member.viewer, { from: "2025-03-13", to: "2025-03-14" })).rows).toHaveLength(0);
    // another company sees none of them, whatever cursor it sends
    const other = await viewerOf(DEMO.member);
    const cursor = (await listSiteChecks(member.viewer, {})).next!;
    expect((await listSiteChecks(other, { site: north.id }, cursor)).rows).toHaveLength(0);
  });

  it("E-MAILS ENVOYÉS: every message once, in order, search and état kept on every page", async () => {
    const admin = await viewerOf(DEMO.admin);
    const tag = uniq();
    await db.emailOutbox.createMany({
      data: Array.from({ length: TOTAL }, (_, i) => ({
        to: `keyset-${tag}-${i % 7}@example.fr`,
        subject: `Page ${tag}`,
        text: "Bonjour",
        html: "<p>Bonjour</p>",
        template: "test",
        status: i % 4 === 0 ? ("FAILED" as const) : ("SENT" as const),
        createdAt: instant(i),
      })),
    });
    const page = (query: { q: string; statut?: "FAILED" }) => async (c?: string) => {
      const [at, id] = c ? c.split("~") : [];
      const { emails, last } = await listOutbox(admin, { ...query, avant: c ? { createdAt: new Date(at), id } : undefined });
      return { rows: emails, next: last ? cursorOf(last) : null };
    };
    const all = await walk(page({ q: tag }));
    expect(all.pages).toBe(3);
    expect(all.rows).toHaveLength(TOTAL);
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(TOTAL);
    expectKeysetOrder(all.rows.map((r) => ({ at: r.createdAt, id: r.id })));

    const failed = await walk(page({ q: tag, statut: "FAILED" }));
    expect(failed.rows).toHaveLength(33);
    expect(failed.rows.every((r) => r.status === "FAILED")).toBe(true);
    // part of one address: the trigram index finds it as the former full read did
    const one = await walk(page({ q: `keyset-${tag}-3@` }));
    expect(one.rows.length).toBe(Array.from({ length: TOTAL }, (_, i) => i).filter((i) => i % 7 === 3).length);
    expect(one.rows.every((r) => r.to === `keyset-${tag}-3@example.fr`)).toBe(true);
    // a whole address, in any case, is looked up as such and finds the same messages
    const whole = await walk(page({ q: `Keyset-${tag}-3@Example.fr` }));
    expect(whole.rows.map((r) => r.id)).toEqual(one.rows.map((r) => r.id));
  });

  it("JOURNAL D'AUDIT: a company's entries, many at one instant, every one once across pages", async () => {
    const admin = await viewerOf(DEMO.admin);
    const company = await registeredCompany();
    await db.auditLog.createMany({
      data: Array.from({ length: TOTAL }, (_, i) => ({
        at: instant(i),
        actorAccountId: admin.accountId,
        action: i % 2 === 0 ? "employee.updated" : "employee.created",
        targetType: "Thing",
        targetId: `keyset${i}`,
        companyId: company.id,
        data: { i },
      })),
    });
    const all = await walk(async (c) => {
      const { entries, next } = await listAuditLog(admin, { company: company.id }, c);
      return { rows: entries, next };
    });
    expect(all.pages).toBe(3);
    expect(new Set(all.rows.map((r) => (r.data as { i: number }).i)).size).toBe(TOTAL);
    expectKeysetOrder(all.rows.map((r) => ({ at: r.at, id: r.id })));
    const created = await walk(async (c) => {
      const { entries, next } = await listAuditLog(admin, { company: company.id, action: "employee.created" }, c);
      return { rows: entries, next };
    });
    expect(created.rows).toHaveLength(TOTAL / 2);
    expect(created.rows.every((r) => r.action === "employee.created" && r.companyId === company.id)).toBe(true);
  });

  it("CONTRÔLES SUSPECTS: forged and unknown checks merged newest first, ties by id", async () => {
    const admin = await viewerOf(DEMO.admin);
    // in the future, so that they are the newest whatever other tests log meanwhile
    const at = new Date(Date.now() + 365 * 86_400_000);
    const created = await db.passportCheck.createManyAndReturn({
      data: Array.from({ length: 8 }, (_, i) => ({
        queriedNumber: `SUSPECT-${uniq()}`,
        channel: "PUBLIC_LINK" as const,
        result: i % 2 === 0 ? ("FORGED" as const) : ("UNKNOWN" as const),
        checkedAt: new Date(at.getTime() - Math.floor(i / 4) * 1000), // two instants, both results at each
      })),
      select: { id: true },
    });
    try {
      const { rows } = await listSuspiciousChecks(admin, { take: 6 });
      expect(rows).toHaveLength(6);
      expect(rows.every((r) => created.some((c) => c.id === r.id))).toBe(true);
      expectKeysetOrder(rows.map((r) => ({ at: r.checkedAt, id: r.id })));
      expect(new Set(rows.map((r) => r.result))).toEqual(new Set(["FORGED", "UNKNOWN"]));
    } finally {
      await db.passportCheck.deleteMany({ where: { id: { in: created.map((c) => c.id) } } });
    }
    await expect(listSuspiciousChecks(await viewerOf(DEMO.referent))).rejects.toThrow(AccessDeniedError);
  });

  it("the dashboard counts failed e-mails up to its cap and says there are more", async () => {
    const admin = await viewerOf(DEMO.admin);
    const template = `cap-${uniq()}`;
    await db.emailOutbox.createMany({
      data: Array.from({ length: FAILED_EMAILS_CAP + 1 }, (_, i) => ({
        to: `cap-${i}@example.fr`,
        subject: "Échec",
        text: "x",
        html: "x",
        template,
        status: "FAILED" as const,
      })),
    });
    try {
      const { waiting } = await getAdminOverview(admin);
      expect(waiting.failedEmails).toBe(FAILED_EMAILS_CAP);
      expect(waiting.failedEmailsOverCap).toBe(true);
    } finally {
      await db.emailOutbox.deleteMany({ where: { template } });
    }
    const { waiting } = await getAdminOverview(admin);
    expect(waiting.failedEmailsOverCap).toBe(waiting.failedEmails > FAILED_EMAILS_CAP);
  });
});
