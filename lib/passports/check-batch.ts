// Issue 18, item 8: the public QR page's checks grouped. While one statement is at PostgreSQL,
// the checks that arrive wait in a queue; the next statement takes them all (up to 64): one
// round trip, one plan, one commit for the group instead of one each. Every check is answered
// only after its group's commit, so nothing is less durable than one statement per check, and
// each check is still counted against its address's limit, logged and added to the day total.
// With no check waiting, a check goes at once, alone: grouping adds no delay on a quiet gate.
import "server-only";
import { randomUUID } from "node:crypto";
import { rawQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { LIMITS, limitVerdict, maybePurgeRateLimits } from "@/lib/rate-limit/rate-limit";
import { toAnswer, type GateAnswer } from "@/lib/passports/verify-passport";
import type { CheckResult } from "@/lib/generated/prisma/client";

export type PublicCheck = { byId: string | null; byNumber: string | null; address: string | null; now: Date };

export type PublicCheckRow = {
  result: CheckResult | null;
  number: string | null;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  profileName: string | null;
  expiresAt: Date | null;
  hit: number;
  limitEnds: Date;
};

type Pending = PublicCheck & { resolve: (row: PublicCheckRow) => void; reject: (error: unknown) => void };

const MAX_BATCH = 64;
/** statements at PostgreSQL at once, per instance: one gathers while the other runs */
const MAX_RUNNING = 2;
const queue: Pending[] = [];
let running = 0;

/** Logs a public check (counted, looked up, logged, added to the day's total) with the others waiting. */
export function publicCheck(check: PublicCheck): Promise<PublicCheckRow> {
  return new Promise((resolve, reject) => {
    queue.push({ ...check, resolve, reject });
    pump();
  });
}

function pump() {
  while (running < MAX_RUNNING && queue.length > 0) {
    const batch = queue.splice(0, MAX_BATCH);
    running++;
    void run(batch).finally(() => {
      running--;
      pump();
    });
  }
}

async function run(batch: Pending[]) {
  try {
    const rows = await checkStatement(batch);
    batch.forEach((p, i) => p.resolve(rows[i]));
  } catch (error) {
    batch.forEach((p) => p.reject(error));
  }
  await maybePurgeRateLimits(batch[batch.length - 1].now).catch(() => {});
}

const DAY_SHARD = Prisma.sql`(pg_backend_pid() % 16)::smallint`;

async function checkStatement(batch: PublicCheck[]): Promise<PublicCheckRow[]> {
  const { points, windowSeconds } = LIMITS.verification;
  const column = <T>(pick: (c: PublicCheck) => T) => batch.map(pick);
  const rows = await rawQuery<PublicCheckRow & { ord: string }>(Prisma.sql`
    WITH input AS (
      SELECT * FROM unnest(
        ${column(() => randomUUID())}::text[], ${column((c) => c.byId)}::text[], ${column((c) => c.byNumber)}::text[],
        ${column((c) => (c.byNumber ?? c.byId ?? "").slice(0, 64))}::text[], ${column((c) => c.address)}::text[],
        ${column((c) => `verification:${c.address ?? "inconnue"}`)}::text[], ${column((c) => c.now.toISOString())}::timestamptz[]
      ) WITH ORDINALITY AS t("checkId", "byId", "byNumber", "queried", "address", "key", "at", "ord")
    ), keys AS (
      SELECT "key", count(*)::int AS "n", max("at") AS "at" FROM input GROUP BY "key"
    ), rl AS (
      -- the same count as countRequestSql, for several requests of an address at once
      INSERT INTO "RateLimit" ("key", "hits", "expiresAt")
      SELECT "key", "n", ("at" AT TIME ZONE 'UTC') + make_interval(secs => ${windowSeconds}) FROM keys
      ON CONFLICT ("key") DO UPDATE SET
        "hits" = CASE WHEN "RateLimit"."expiresAt" <= EXCLUDED."expiresAt" - make_interval(secs => ${windowSeconds})
                      THEN EXCLUDED."hits" ELSE "RateLimit"."hits" + EXCLUDED."hits" END,
        "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= EXCLUDED."expiresAt" - make_interval(secs => ${windowSeconds})
                      THEN EXCLUDED."expiresAt" ELSE "RateLimit"."expiresAt" END
      RETURNING "key", "hits", "expiresAt"
    ), counted AS (
      SELECT i.*, (rl."hits" - k."n" + row_number() OVER (PARTITION BY i."key" ORDER BY i."ord"))::int AS "hit", rl."expiresAt" AS "limitEnds"
      FROM input i JOIN keys k ON k."key" = i."key" JOIN rl ON rl."key" = i."key"
    ), found AS (
      SELECT c."ord", pa."id", pa."number", pa."expiresAt", pe."firstName", pe."lastName", co."name" AS "companyName", pr."name" AS "profileName",
        CASE WHEN pa."status" = 'REVOKED' THEN 'REVOKED'
             WHEN pa."expiresAt" < (c."at" AT TIME ZONE 'UTC') THEN 'EXPIRED'
             ELSE 'VALID' END AS "result"
      FROM counted c
      JOIN "Passport" pa ON (c."byId" IS NOT NULL AND pa."id" = c."byId") OR (c."byNumber" IS NOT NULL AND pa."number" = c."byNumber")
      JOIN "Person" pe ON pe."id" = pa."personId"
      JOIN "Company" co ON co."id" = pa."companyId"
      JOIN "Profile" pr ON pr."id" = pa."profileId"
      WHERE c."hit" <= ${points}
    ), checked AS (
      SELECT c.*, f."id" AS "passportId", COALESCE(f."result", 'UNKNOWN') AS "shown" FROM counted c LEFT JOIN found f ON f."ord" = c."ord"
      WHERE c."hit" <= ${points}
    ), logged AS (
      INSERT INTO "PassportCheck" ("id", "passportId", "queriedNumber", "channel", "result", "checkedAt", "address", "offline")
      SELECT "checkId", "passportId", "queried", 'PUBLIC_LINK'::"CheckChannel", "shown"::"CheckResult", "at" AT TIME ZONE 'UTC',
             CASE WHEN "passportId" IS NULL THEN "address" END, false
      FROM checked
    ), day_total AS (
      INSERT INTO "CheckDayCount" ("day", "result", "shard", "checks")
      SELECT ("at" AT TIME ZONE 'Europe/Paris')::date, "shown"::"CheckResult", ${DAY_SHARD}, count(*)::int
      FROM checked GROUP BY 1, 2
      ON CONFLICT ("day", "result", "shard") DO UPDATE SET "checks" = "CheckDayCount"."checks" + EXCLUDED."checks"
    )
    SELECT c."ord", f."result"::text AS "result", f."number", f."firstName", f."lastName", f."companyName", f."profileName", f."expiresAt",
           c."hit", c."limitEnds"
    FROM counted c LEFT JOIN found f ON f."ord" = c."ord"
    ORDER BY c."ord"`);
  return rows;
}

/** The QR page's check, grouped with the others arriving: the gate's answer, or the limit's refusal. */
export async function verifyPublicLink(
  lookup: { passportId: string } | { number: string },
  address: string | null,
  now = new Date(),
): Promise<{ allowed: true; answer: GateAnswer } | { allowed: false; retryAfterSeconds: number }> {
  const row = await publicCheck({
    byId: "passportId" in lookup ? lookup.passportId : null,
    byNumber: "number" in lookup ? lookup.number.trim().toUpperCase() : null,
    address,
    now,
  });
  const verdict = limitVerdict("verification", { hits: row.hit, expiresAt: row.limitEnds }, now);
  if (!verdict.allowed) return { allowed: false, retryAfterSeconds: verdict.retryAfterSeconds };
  return { allowed: true, answer: toAnswer(row) };
}
