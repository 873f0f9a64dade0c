// Issue 14, item 5: the retention jobs of the runner (cron lines in lib/jobs/tasks.ts). Each
// takes `now` (tests run them on a clock) and works in batches: one short statement (or one
// short transaction per anonymized person) at a time, so that purging millions of rows never
// holds one huge transaction, locks little, and a crash loses only the batch under way (the
// next night resumes). Durations: lib/retention/retention-policy.ts.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { audit } from "@/lib/audit/audit";
import { logger } from "@/lib/logger";
import {
  SESSION_KEEP_DAYS,
  daysBefore,
  monthsBefore,
  retentionPolicy,
  yearsBefore,
  type RetentionPolicy,
} from "@/lib/retention/retention-policy";

export const DEFAULT_BATCH = 5000;

type Options = { now?: Date; batchSize?: number; policy?: RetentionPolicy };

/** Runs `step` (which handles at most `batchSize` rows and says how many) until a batch comes back short. */
async function inBatches(batchSize: number, step: () => Promise<number>) {
  let total = 0;
  let batches = 0;
  for (;;) {
    const n = await step();
    total += n;
    batches++;
    if (n < batchSize) return { total, batches };
  }
}

/** Gate checks older than RETENTION_CHECK_MONTHS are deleted (the day totals of the statistics stay). */
export async function purgeOldChecks({ now = new Date(), batchSize = DEFAULT_BATCH, policy = retentionPolicy() }: Options = {}) {
  const cutoff = monthsBefore(now, policy.checkMonths);
  const result = await inBatches(
    batchSize,
    () =>
      db.$executeRaw`
      DELETE FROM "PassportCheck" WHERE "id" IN (
        SELECT "id" FROM "PassportCheck" WHERE "checkedAt" < ${cutoff} LIMIT ${batchSize})`,
  );
  logger.info({ job: "retention.checks", deleted: result.total, cutoff }, "contrôles anciens supprimés");
  return { deleted: result.total, batches: result.batches, cutoff };
}

/** Delivered e-mails lose their text and HTML after RETENTION_EMAIL_BODY_DAYS; recipient, subject and status stay. */
export async function purgeEmailBodies({ now = new Date(), batchSize = DEFAULT_BATCH, policy = retentionPolicy() }: Options = {}) {
  const cutoff = daysBefore(now, policy.emailBodyDays);
  const result = await inBatches(
    batchSize,
    () =>
      db.$executeRaw`
      UPDATE "EmailOutbox" SET "text" = '', "html" = '', "bodyPurgedAt" = ${now}
      WHERE "id" IN (
        SELECT "id" FROM "EmailOutbox"
        WHERE "bodyPurgedAt" IS NULL AND "sentAt" < ${cutoff} AND "status" = 'SENT'
        LIMIT ${batchSize})`,
  );
  logger.info({ job: "retention.email-bodies", purged: result.total, cutoff }, "contenus d'e-mails effacés");
  return { purged: result.total, batches: result.batches, cutoff };
}

/**
 * Daily: single-use links, login throttling rows, rate-limit counters and used challenges past
 * their end by RETENTION_EXPIRED_ROWS_DAYS, and login sessions 30 days after their end.
 */
export async function purgeExpiredRows({ now = new Date(), batchSize = DEFAULT_BATCH, policy = retentionPolicy() }: Options = {}) {
  const cutoff = daysBefore(now, policy.expiredRowsDays);
  const sessionsCutoff = daysBefore(now, SESSION_KEEP_DAYS);
  const purge = (table: string, where: Prisma.Sql) =>
    inBatches(
      batchSize,
      () =>
        db.$executeRaw`
        DELETE FROM ${Prisma.raw(`"${table}"`)} WHERE ctid IN (
          SELECT ctid FROM ${Prisma.raw(`"${table}"`)} WHERE ${where} LIMIT ${batchSize})`,
    ).then((r) => r.total);
  const tokens = await purge("PasswordToken", Prisma.sql`"expiresAt" < ${cutoff}`);
  // a throttling row is idle once nobody failed for a while and no lock is running
  const throttles = await purge("LoginThrottle", Prisma.sql`"updatedAt" < ${cutoff} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})`);
  const rateLimits = await purge("RateLimit", Prisma.sql`"expiresAt" < ${cutoff}`);
  const challenges = await purge("UsedChallenge", Prisma.sql`"expiresAt" < ${cutoff}`);
  const sessions = await purge("AuthSession", Prisma.sql`"expiresAt" < ${sessionsCutoff}`);
  const result = { tokens, throttles, rateLimits, challenges, sessions };
  logger.info({ job: "retention.expired-rows", ...result }, "lignes expirées supprimées");
  return result;
}

/** Keys of audit details that name or reach a person (the deletion's name/email/uniqueId, an e-mail change's from/to). */
const IDENTITY_KEYS = ["name", "email", "uniqueId", "firstName", "lastName", "from", "to", "newEmail", "oldEmail"];
export const ANONYMOUS = { firstName: "Personne", lastName: "anonymisée" } as const;

async function anonymizeOne(tx: Tx, personId: string, now: Date, policy: RetentionPolicy) {
  // locked and read again: a second runner, or a restore in between, changes nothing
  const rows = await tx.$queryRaw<{ accountId: string; companyId: string; email: string | null }[]>`
    SELECT p."accountId", p."companyId", a."email" FROM "Person" p JOIN "Account" a ON a."id" = p."accountId"
    WHERE p."id" = ${personId} AND p."deletedAt" IS NOT NULL AND p."anonymizedAt" IS NULL
    FOR UPDATE OF p`;
  if (rows.length === 0) return false;
  const { accountId, companyId, email } = rows[0];
  const targets = [personId, accountId];
  // the addresses this person had: the deletion freed the login's e-mail, the audit kept it
  const former = await tx.$queryRaw<{ value: string }[]>`
    SELECT DISTINCT v AS value FROM "AuditLog" l,
      LATERAL (VALUES (l."data"->>'email'), (l."data"->>'from'), (l."data"->>'to')) AS x(v)
    WHERE l."targetId" = ANY(${targets}) AND jsonb_typeof(l."data") = 'object' AND v IS NOT NULL AND v LIKE '%@%'`;
  const addresses = [...new Set([email, ...former.map((f) => f.value)].filter((v): v is string => Boolean(v)))];

  await tx.person.update({
    where: { id: personId },
    data: { ...ANONYMOUS, searchName: `${ANONYMOUS.firstName} ${ANONYMOUS.lastName}`.toLowerCase(), anonymizedAt: now },
  });
  await tx.account.update({
    where: { id: accountId },
    data: { email: null, uniqueId: null, passwordHash: null, lastLoginAt: null, disabledAt: now },
  });
  await tx.notification.deleteMany({ where: { accountId } });
  await tx.authSession.deleteMany({ where: { accountId } });
  await tx.passwordToken.deleteMany({ where: { accountId } });
  await tx.$executeRaw`
    UPDATE "AuditLog" SET "data" = "data" - ${IDENTITY_KEYS}::text[]
    WHERE "targetId" = ANY(${targets}) AND jsonb_typeof("data") = 'object'`;
  if (addresses.length) {
    await tx.$executeRaw`
      UPDATE "EmailOutbox" SET "to" = 'anonymise@invalid', "text" = '', "html" = '', "bodyPurgedAt" = COALESCE("bodyPurgedAt", ${now})
      WHERE "to" = ANY(${addresses})`;
  }
  await tx.supportRequest.updateMany({
    where: { accountId },
    data: { name: `${ANONYMOUS.firstName} ${ANONYMOUS.lastName}`, email: "anonymise@invalid" },
  });
  await audit(tx, {
    actorAccountId: null,
    action: "person.anonymized",
    targetType: "Person",
    targetId: personId,
    companyId,
    data: { afterYears: policy.anonymizeYears },
  });
  return true;
}

/**
 * A deleted person's identity is replaced RETENTION_ANONYMIZE_YEARS after the later of their
 * deletion and their last passport's expiry. Attempts, paths, passports and session decisions
 * stay (anonymous evidence of the training); what names or reaches the person goes: names,
 * login identifiers, password, notifications, sessions, links, identity details of the audit
 * entries about them, the address and body of the e-mails sent to them, their support requests'
 * name and address. One transaction per person.
 */
export async function anonymizeDeletedPeople({ now = new Date(), batchSize = 100, policy = retentionPolicy() }: Options = {}) {
  const cutoff = yearsBefore(now, policy.anonymizeYears);
  let anonymized = 0;
  const result = await inBatches(batchSize, async () => {
    const due = await db.$queryRaw<{ id: string }[]>`
      SELECT p."id" FROM "Person" p
      WHERE p."deletedAt" IS NOT NULL AND p."anonymizedAt" IS NULL AND p."deletedAt" < ${cutoff}
        AND NOT EXISTS (SELECT 1 FROM "Passport" x WHERE x."personId" = p."id" AND x."expiresAt" >= ${cutoff})
      ORDER BY p."deletedAt" LIMIT ${batchSize}`;
    for (const { id } of due) if (await db.$transaction((tx) => anonymizeOne(tx, id, now, policy))) anonymized++;
    return due.length;
  });
  logger.info({ job: "retention.anonymize", anonymized, cutoff }, "personnes supprimées anonymisées");
  return { anonymized, batches: result.batches, cutoff };
}
