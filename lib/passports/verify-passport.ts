// F2/F3: the answer at the gate. Only what the gate needs (name, company, profile,
// expiry), and every check is logged. One SQL statement reads the passport and writes the
// log: this is the platform's hottest path (bench/verification.mjs). The state rule is
// the same as passportState(): revoked wins over expired.
import "server-only";
import { randomUUID } from "node:crypto";
import { db, rawQuery } from "@/lib/db";
import { cleanText } from "@/lib/text";
import { photoDataUrl } from "@/lib/people/photo-store";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CheckChannel, CheckResult } from "@/lib/generated/prisma/client";

/**
 * Issue 18: the row of the day total a check adds to. One row per day and result made every
 * concurrent check wait for the one before it to commit, and PostgreSQL walked the row's chain
 * of dead versions each time (measured: the database's work per check halved without it, at
 * 16 concurrent checks). Each connection adds to its own of 16 rows; readers add them up.
 */
const DAY_SHARD = Prisma.sql`(pg_backend_pid() % 16)::smallint`;

export type GateAnswer = {
  result: CheckResult;
  /** the passport's number (issue 18: the API answers it, whatever was presented) */
  number?: string;
  holder?: { firstName: string; lastName: string };
  companyName?: string;
  profileName?: string;
  expiresAt?: Date;
  /** issue 18, item 2: the holder's confirmed photo (data URL), for the control screen only */
  photo?: string | null;
};

type Lookup = { passportId: string } | { number: string };

type Row = {
  result: CheckResult | null;
  number: string;
  firstName: string | null;
  lastName: string | null;
  companyName: string | null;
  profileName: string | null;
  expiresAt: Date | null;
  photoKey: string | null;
};

/**
 * Who checked, where, and for which member company (issue 18: sites and the API). A site given
 * with a checker counts only if it is one of the checker's company's (else the check has none);
 * without a company, the site's company is the one the check was made for.
 */
export type CheckContext = {
  channel: CheckChannel;
  checkedById?: string | null;
  address?: string | null;
  now?: Date;
  siteId?: string | null;
  companyId?: string | null;
  apiKeyId?: string | null;
  /** issue 18, item 3: a check made offline and sent later (`now` is then the phone's time of the check) */
  offline?: { clientId: string; syncedAt: Date; shownResult: CheckResult } | null;
};

export async function verifyPassport(lookup: Lookup, context: CheckContext, options: { withPhoto?: boolean } = {}): Promise<GateAnswer> {
  const row = await checkStatement(lookup, context);
  const answer = toAnswer(row);
  // the photo from the database, never from the QR code (it cannot be forged into one)
  if (options.withPhoto && answer.holder) answer.photo = await photoDataUrl(row!.photoKey);
  return answer;
}

/** The gate's answer from a checked row (also the grouped QR checks of check-batch.ts). */
export function toAnswer(row: (Omit<Row, "photoKey" | "number"> & { number: string | null }) | null): GateAnswer {
  if (!row?.result) return { result: "UNKNOWN" };
  return {
    result: row.result,
    number: row.number!,
    holder: { firstName: row.firstName!, lastName: row.lastName! },
    companyName: row.companyName!,
    profileName: row.profileName!,
    expiresAt: row.expiresAt!,
  };
}

async function checkStatement(lookup: Lookup, context: CheckContext): Promise<Row | null> {
  const now = context.now ?? new Date();
  const offline = context.offline ?? null;
  const byId = "passportId" in lookup ? lookup.passportId : null;
  const byNumber = "number" in lookup ? lookup.number.trim().toUpperCase() : null;
  const queried = (byNumber ?? byId ?? "").slice(0, 64);
  const [row] = await rawQuery<Row>(Prisma.sql`
    WITH site AS (
      -- issue 18: the site of the check; a controller's only if it is one of their company's
      SELECT s."id", s."companyId" FROM "Site" s
      WHERE s."id" = ${context.siteId ?? null} AND s."archivedAt" IS NULL
        AND (${context.checkedById ?? null}::text IS NULL OR s."companyId" = (SELECT pc."companyId" FROM "Person" pc WHERE pc."id" = ${context.checkedById ?? null}))
    ), found AS (
      SELECT pa."id", pa."number", pa."expiresAt", pe."firstName", pe."lastName", pe."photoKey", co."name" AS "companyName", pr."name" AS "profileName",
        CASE WHEN pa."status" = 'REVOKED' THEN 'REVOKED'
             WHEN pa."expiresAt" < ${now} THEN 'EXPIRED'
             ELSE 'VALID' END AS "result"
      FROM "Passport" pa
      JOIN "Person" pe ON pe."id" = pa."personId"
      JOIN "Company" co ON co."id" = pa."companyId"
      JOIN "Profile" pr ON pr."id" = pa."profileId"
      WHERE ((${byId}::text IS NOT NULL AND pa."id" = ${byId}) OR (${byNumber}::text IS NOT NULL AND pa."number" = ${byNumber}))
    ), logged AS (
      INSERT INTO "PassportCheck" ("id", "passportId", "queriedNumber", "checkedById", "channel", "result", "checkedAt", "address", "siteId", "companyId", "apiKeyId",
                                   "offline", "syncedAt", "clientId", "offlineResult")
      SELECT ${randomUUID()}, (SELECT "id" FROM found), ${queried}, ${context.checkedById ?? null},
             ${context.channel}::"CheckChannel", COALESCE((SELECT "result" FROM found), 'UNKNOWN')::"CheckResult", ${now},
             CASE WHEN EXISTS (SELECT 1 FROM found) THEN NULL ELSE ${context.address ?? null} END,
             (SELECT "id" FROM site), COALESCE(${context.companyId ?? null}, (SELECT "companyId" FROM site)), ${context.apiKeyId ?? null},
             ${offline !== null}, ${offline?.syncedAt ?? null}::timestamp, ${offline?.clientId ?? null}, ${offline?.shownResult ?? null}::"CheckResult"
      WHERE TRUE
    ), day_total AS (
      -- issue 11: the day total of the statistics, in the statement that logs the check
      INSERT INTO "CheckDayCount" ("day", "result", "shard", "checks")
      SELECT (${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date, COALESCE((SELECT "result" FROM found), 'UNKNOWN')::"CheckResult", ${DAY_SHARD}, 1
      WHERE TRUE
      ON CONFLICT ("day", "result", "shard") DO UPDATE SET "checks" = "CheckDayCount"."checks" + 1
    )
    SELECT found."result"::text AS "result", found."number", found."firstName", found."lastName", found."photoKey", found."companyName", found."profileName", found."expiresAt" 
    FROM (SELECT 1) AS one LEFT JOIN found ON TRUE`);
  return row ?? null;
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
        offline: Boolean(input.offline),
        syncedAt: input.offline?.syncedAt ?? null,
        clientId: input.offline?.clientId ?? null,
        offlineResult: input.offline?.shownResult ?? null,
      },
      select: { id: true },
    }),
    // issue 11: the statistics' day total
    db.$executeRaw`
      INSERT INTO "CheckDayCount" ("day", "result", "shard", "checks")
      VALUES ((${now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date, 'FORGED', ${DAY_SHARD}, 1)
      ON CONFLICT ("day", "result", "shard") DO UPDATE SET "checks" = "CheckDayCount"."checks" + 1`,
  ]);
  return { result: "FORGED" };
}
