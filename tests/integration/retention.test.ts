// Issue 14, items 5 and 7: the retention jobs on a clock. Every row here is dated around 1991,
// long before anything the other test files or the demo write, and each job runs with `now` in
// 1991: only this file's rows can be old enough, and each is placed just inside or just
// outside its limit (one minute either way).
import { db } from "@/lib/db";
import { CRON, TASKS } from "@/lib/jobs/tasks";
import { adminDeletePerson } from "@/lib/people/admin-manage-person";
import { anonymizeDeletedPeople, purgeEmailBodies, purgeExpiredRows, purgeOldChecks } from "@/lib/retention/retention-jobs";
import { daysBefore, monthsBefore, retentionPolicy, retentionWording, yearsBefore } from "@/lib/retention/retention-policy";
import { DEMO, ownHolder, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const NOW = new Date("1991-06-15T12:00:00Z");
const MINUTE = 60_000;
const at = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);

describe("retention jobs (issue 14, item 5)", () => {
  it("are tasks of the runner with a nightly cron line each", () => {
    const tasks = [
      "retention.purge-checks",
      "retention.purge-email-bodies",
      "retention.purge-expired-rows",
      "retention.anonymize-deleted-people",
    ];
    for (const t of tasks) {
      expect(typeof TASKS[t]).toBe("function");
      expect(CRON.find((c) => c.task === t)?.match).toMatch(/^\d+ \d+ \* \* \*$/);
    }
  });

  it("deletes gate checks older than 12 months, in batches, and keeps the younger ones", async () => {
    const cutoff = monthsBefore(NOW, 12);
    expect(cutoff.toISOString()).toBe("1990-06-15T12:00:00.000Z");
    const tag = uniq();
    const check = (checkedAt: Date, n: number) =>
      db.passportCheck.create({
        data: { queriedNumber: `PS-1990-${tag}-${n}`, channel: "CONTROL", result: "UNKNOWN", checkedAt },
        select: { id: true },
      });
    const old = await Promise.all([1, 2, 3, 4, 5].map((n) => check(at(cutoff, -n), n)));
    const young = await check(at(cutoff, 1), 9);
    const result = await purgeOldChecks({ now: NOW, batchSize: 2 });
    expect(result.deleted).toBeGreaterThanOrEqual(5);
    expect(result.batches).toBeGreaterThanOrEqual(3); // 2 + 2 + 1: never one statement for everything
    expect(await db.passportCheck.count({ where: { id: { in: old.map((o) => o.id) } } })).toBe(0);
    expect(await db.passportCheck.count({ where: { id: young.id } })).toBe(1);
  });

  it("empties delivered e-mails' bodies after 30 days, keeping recipient, subject and status", async () => {
    const cutoff = daysBefore(NOW, 30);
    const to = `retention-${uniq()}@example.fr`;
    const mail = (sentAt: Date | null, status: "SENT" | "PENDING" | "FAILED", subject: string) =>
      db.emailOutbox.create({
        data: {
          to,
          subject,
          text: "Bonjour, voici un lien.",
          html: "<p>Bonjour</p>",
          template: "test",
          status,
          sentAt,
          createdAt: at(cutoff, -60),
        },
        select: { id: true },
      });
    const due = await mail(at(cutoff, -1), "SENT", "ancien");
    const recent = await mail(at(cutoff, 1), "SENT", "récent");
    const failed = await mail(null, "FAILED", "échec");
    await purgeEmailBodies({ now: NOW, batchSize: 1 });
    const rows = await db.emailOutbox.findMany({
      where: { to },
      select: { id: true, subject: true, status: true, text: true, html: true, bodyPurgedAt: true },
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(due.id)).toMatchObject({ subject: "ancien", status: "SENT", text: "", html: "", bodyPurgedAt: NOW });
    expect(byId.get(recent.id)).toMatchObject({ text: "Bonjour, voici un lien.", bodyPurgedAt: null });
    expect(byId.get(failed.id)).toMatchObject({ text: "Bonjour, voici un lien.", bodyPurgedAt: null });
    expect(rows.map((r) => r.id).sort()).toEqual([due.id, recent.id, failed.id].sort()); // nothing deleted
  });

  it("deletes expired links, idle throttling rows, rate-limit counters, used challenges and old sessions", async () => {
    const tag = uniq();
    const cutoff = daysBefore(NOW, retentionPolicy().expiredRowsDays);
    const holder = await ownHolder();
    const token = (expiresAt: Date, n: number) =>
      db.passwordToken.create({
        data: { tokenHash: `retention-${tag}-${n}`, purpose: "RESET", accountId: holder.accountId, expiresAt },
        select: { id: true },
      });
    const [oldToken, newToken] = [await token(at(cutoff, -1), 1), await token(at(cutoff, 1), 2)];
    const throttle = (key: string, updatedAt: Date, lockedUntil: Date | null = null) =>
      db.$executeRaw`INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt") VALUES (${key}, 3, ${updatedAt}, ${lockedUntil}, ${updatedAt})`;
    await throttle(`ret:${tag}:old`, at(cutoff, -1));
    await throttle(`ret:${tag}:new`, at(cutoff, 1));
    await throttle(`ret:${tag}:locked`, at(cutoff, -1), at(NOW, 10)); // still locked: kept
    await db.rateLimit.createMany({
      data: [
        { key: `ret:${tag}:old`, hits: 1, expiresAt: at(cutoff, -1) },
        { key: `ret:${tag}:new`, hits: 1, expiresAt: at(cutoff, 1) },
      ],
    });
    await db.usedChallenge.createMany({
      data: [
        { id: `ret-${tag}-old`, expiresAt: at(cutoff, -1) },
        { id: `ret-${tag}-new`, expiresAt: at(cutoff, 1) },
      ],
    });
    const sessionsCutoff = daysBefore(NOW, 30);
    await db.authSession.createMany({
      data: [
        { id: `ret-${tag}-old`, accountId: holder.accountId, credentialsVersion: 0, expiresAt: at(sessionsCutoff, -1) },
        { id: `ret-${tag}-new`, accountId: holder.accountId, credentialsVersion: 0, expiresAt: at(sessionsCutoff, 1) },
      ],
    });

    const result = await purgeExpiredRows({ now: NOW, batchSize: 1 });
    expect(result.tokens).toBeGreaterThanOrEqual(1);
    expect(await db.passwordToken.findMany({ where: { id: { in: [oldToken.id, newToken.id] } }, select: { id: true } })).toEqual([
      { id: newToken.id },
    ]);
    const keys = (rows: { key: string }[]) => rows.map((r) => r.key).sort();
    expect(keys(await db.loginThrottle.findMany({ where: { key: { startsWith: `ret:${tag}:` } } }))).toEqual([
      `ret:${tag}:locked`,
      `ret:${tag}:new`,
    ]);
    expect(keys(await db.rateLimit.findMany({ where: { key: { startsWith: `ret:${tag}:` } } }))).toEqual([`ret:${tag}:new`]);
    expect((await db.usedChallenge.findMany({ where: { id: { startsWith: `ret-${tag}-` } } })).map((r) => r.id)).toEqual([
      `ret-${tag}-new`,
    ]);
    expect((await db.authSession.findMany({ where: { id: { startsWith: `ret-${tag}-` } } })).map((r) => r.id)).toEqual([`ret-${tag}-new`]);
  });

  it("anonymizes a deleted person 5 years after their last passport's expiry, keeping attempts and passports", async () => {
    const admin = await viewerOf(DEMO.admin);
    const cutoff = yearsBefore(NOW, 5);
    async function deletedHolder(lastExpiry: Date) {
      const holder = await ownHolder();
      const email = `efface-${uniq()}@example.fr`;
      const { uniqueId } = await db.account.update({ where: { id: holder.accountId }, data: { email }, select: { uniqueId: true } });
      const passports = [at(lastExpiry, -3 * 365 * 24 * 60), lastExpiry].map((expiresAt, i) =>
        db.passport.create({
          data: {
            number: `PS-1986-${uniq().toUpperCase()}${i}`,
            personId: holder.id,
            profileId: holder.profileId!,
            companyId: holder.companyId,
            issuedAt: at(expiresAt, -3 * 365 * 24 * 60),
            expiresAt,
            issuedVia: "ONLINE",
          },
          select: { id: true },
        }),
      );
      await Promise.all(passports);
      const path = await db.learningPath.create({
        data: { personId: holder.id, profileId: holder.profileId!, startedAt: at(cutoff, -5000000) },
      });
      const module = await db.module.findFirstOrThrow({ select: { id: true, currentVersionId: true } });
      await db.attempt.create({
        data: {
          pathId: path.id,
          personId: holder.id,
          moduleId: module.id,
          versionId: module.currentVersionId!,
          drawnOrder: [],
          score: 90,
          passed: true,
        },
      });
      await db.emailOutbox.create({
        data: {
          to: email,
          subject: "Bienvenue",
          text: "Bonjour Paul",
          html: "<p>Bonjour Paul</p>",
          template: "test",
          status: "SENT",
          sentAt: NOW,
        },
      });
      // deleted as an administrator does it today: login disabled, e-mail freed, audit entry with the name
      await adminDeletePerson(admin, holder.id, at(lastExpiry, -24 * 60));
      return { holder, email, uniqueId: uniqueId! };
    }
    const due = await deletedHolder(at(cutoff, -1));
    const notYet = await deletedHolder(at(cutoff, 1));
    const bystander = await ownHolder(); // alive: never touched

    await anonymizeDeletedPeople({ now: NOW, batchSize: 1 });

    const person = await db.person.findUniqueOrThrow({ where: { id: due.holder.id }, include: { account: true } });
    expect(person).toMatchObject({ firstName: "Personne", lastName: "anonymisée", anonymizedAt: NOW });
    expect(person.account).toMatchObject({ email: null, uniqueId: null, passwordHash: null });
    expect(await db.passport.count({ where: { personId: due.holder.id } })).toBe(2);
    expect(await db.attempt.count({ where: { personId: due.holder.id } })).toBe(1);
    // the deletion's audit entry named them; it keeps what happened, not who
    const entries = await db.auditLog.findMany({ where: { targetId: due.holder.id }, select: { action: true, data: true } });
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(["admin.person_deleted", "person.anonymized"]));
    const text = JSON.stringify(entries);
    expect(text).not.toContain(due.holder.lastName);
    expect(text).not.toContain(due.email);
    expect(text).not.toContain(due.uniqueId);
    expect(await db.emailOutbox.count({ where: { to: due.email } })).toBe(0);

    const kept = await db.person.findUniqueOrThrow({ where: { id: notYet.holder.id } });
    expect(kept).toMatchObject({ lastName: notYet.holder.lastName, anonymizedAt: null });
    expect(await db.emailOutbox.count({ where: { to: notYet.email } })).toBe(1);
    expect(await db.person.findUniqueOrThrow({ where: { id: bystander.id } })).toMatchObject({
      lastName: bystander.lastName,
      anonymizedAt: null,
    });

    // five years and two minutes later, the second one's turn
    await anonymizeDeletedPeople({ now: at(NOW, 2) });
    expect(await db.person.findUniqueOrThrow({ where: { id: notYet.holder.id } })).toMatchObject({ lastName: "anonymisée" });
  });

  it("reads its durations from the environment, the same ones the Confidentialité page writes", async () => {
    const before = process.env.RETENTION_CHECK_MONTHS;
    process.env.RETENTION_CHECK_MONTHS = "18";
    try {
      expect(retentionWording().checks).toContain("18\u00a0mois");
      const check = await db.passportCheck.create({
        data: { queriedNumber: `PS-1989-${uniq()}`, channel: "CONTROL", result: "UNKNOWN", checkedAt: at(monthsBefore(NOW, 18), 1) },
      });
      await purgeOldChecks({ now: NOW }); // 13 months old: kept under an 18-month rule
      expect(await db.passportCheck.count({ where: { id: check.id } })).toBe(1);
      await purgeOldChecks({ now: at(NOW, 2) });
      expect(await db.passportCheck.count({ where: { id: check.id } })).toBe(0);
    } finally {
      if (before === undefined) delete process.env.RETENTION_CHECK_MONTHS;
      else process.env.RETENTION_CHECK_MONTHS = before;
    }
    expect(retentionWording().checks).toContain("12\u00a0mois");
  });
});
