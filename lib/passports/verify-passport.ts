// F2/F3: the answer at the gate. Only what the gate needs (name, company, profile,
// expiry), and every check is logged. One SQL statement reads the passport and writes the
// log: this is the platform's hottest path (bench/verification.mjs). The state rule is
// the same as passportState(): revoked wins over expired.
import "server-only";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { cleanText } from "@/lib/text";
import type { CheckChannel, CheckResult } from "@/lib/generated/prisma/client";

export type GateAnswer = {
  result: CheckResult;
  /** the passport's number (issue 18: the API answers it, whatever was presented) */
  number?: string;
  holder?: { firstName: string; lastName: string };
  companyName?: string;
  profileName?: string;
  expiresAt?: Date;
};

type Lookup = { passportId: string } | { number: string };

type Row = {
  result: CheckResult;
  number: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  profileName: string | null;
  expiresAt: Date | null;
};

/** Who checked, where, and for which member company (issue 18: sites and the API). */
export type CheckContext = {
  channel: CheckChannel;
  checkedById?: string | null;
  address?: string | null;
  now?: Date;
  siteId?: string | null;
  companyId?: string | null;
  apiKeyId?: string | null;
};

export async function verifyPassport(lookup: Lookup, context: CheckContext): Promise<GateAnswer> {
  const now = context.now ?? new Date();
  const byId = "passportId" in lookup ? lookup.passportId : null;
  const byNumber = "number" in lookup ? lookup.number.trim().toUpperCase() : null;
  const queried = (byNumber ?? byId ?? "").slice(0, 64);
  const [row] = await db.$queryRaw<Row[]>`
    WITH found AS (
      SELECT pa."id", pa."number", pa."expiresAt", pe."firstName", pe."lastName", co."name" AS "companyName", pr."name" AS "profileName",
        CASE WHEN pa."status" = 'REVOKED' THEN 'REVOKED'
             WHEN pa."expiresAt" < ${now} THEN 'EXPIRED'
             ELSE 'VALID' END AS "result"
      FROM "Passport" pa
      JOIN "Person" pe ON pe."id" = pa."personId"
      JOIN "Company" co ON co."id" = pa."companyId"
      JOIN "Profile" pr ON pr."id" = pa."profileId"
      WHERE (${byId}::text IS NOT NULL AND pa."id" = ${byId}) OR (${byNumber}::text IS NOT NULL AND pa."number" = ${byNumber})
    ), logged AS (
      INSERT INTO "PassportCheck" ("id", "passportId", "queriedNumber", "checkedById", "channel", "result", "checkedAt", "address", "siteId", "companyId", "apiKeyId")
      SELECT ${randomUUID()}, (SELECT "id" FROM found), ${queried}, ${context.checkedById ?? null},
             ${context.channel}::"CheckChannel", COALESCE((SELECT "result" FROM found), 'UNKNOWN')::"CheckResult", ${now},
             CASE WHEN EXISTS (SELECT 1 FROM found) THEN NULL ELSE ${context.address ?? null} END,
             ${context.siteId ?? null}, ${context.companyId ?? null}, ${context.apiKeyId ?? null}
    ), counted AS (
      -- issue 11: the day total of the statistics, in the statement that logs the check
      INSERT INTO "CheckDayCount" ("day", "result", "checks")
      VALUES ((${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date, COALESCE((SELECT "result" FROM found), 'UNKNOWN')::"CheckResult", 1)
      ON CONFLICT ("day", "result") DO UPDATE SET "checks" = "CheckDayCount"."checks" + 1
    )
    SELECT "result"::text AS "result", "number", "firstName", "lastName", "companyName", "profileName", "expiresAt" FROM found`;
  if (!row) return { result: "UNKNOWN" };
  return {
    result: row.result,
    number: row.number,
    holder: { firstName: row.firstName!, lastName: row.lastName! },
    companyName: row.companyName!,
    profileName: row.profileName!,
    expiresAt: row.expiresAt!,
  };
}

/**
 * Issue 17, item 11: a QR token that is malformed or whose signature does not match is logged
 * as "Falsifié", with what was presented (truncated) and where it came from, for
 * administrators to see (lib/passports/suspicious-checks.ts).
 */
export async function logForgedCheck(input: CheckContext & { presented: string }): Promise<GateAnswer> {
  const now = input.now ?? new Date();
  await db.$transaction([
    db.passportCheck.create({
      data: {
        queriedNumber: cleanText(input.presented, 64),
        checkedById: input.checkedById ?? null,
        channel: input.channel,
        result: "FORGED",
        address: input.address ?? null,
        checkedAt: now,
        siteId: input.siteId ?? null,
        companyId: input.companyId ?? null,
        apiKeyId: input.apiKeyId ?? null,
      },
      select: { id: true },
    }),
    // issue 11: the statistics' day total
    db.$executeRaw`
      INSERT INTO "CheckDayCount" ("day", "result", "checks")
      VALUES ((${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date, 'FORGED', 1)
      ON CONFLICT ("day", "result") DO UPDATE SET "checks" = "CheckDayCount"."checks" + 1`,
  ]);
  return { result: "FORGED" };
}
