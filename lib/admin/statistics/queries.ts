// Issue 11, item 6: the statistics' queries. Each aggregates in PostgreSQL over indexed ranges,
// or over the day totals written with each attempt, passport and gate check (AttemptDayCount,
// AnswerDayCount, PassportDayCount, CheckDayCount), so that a year of national data stays a
// small read: a few thousand rows instead of millions.
// Administrators only: every function checks the viewer.
import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import type { Period } from "@/lib/admin/statistics/period";

/** Paris midnight of a day, as the UTC timestamps the tables store. */
const startOf = (day: string) => Prisma.sql`((${day}::date)::timestamp AT TIME ZONE 'Europe/Paris' AT TIME ZONE 'UTC')`;
const endOf = (day: string) => Prisma.sql`((${day}::date + 1)::timestamp AT TIME ZONE 'Europe/Paris' AT TIME ZONE 'UTC')`;

export type IssuedRow = { month: string; profileId: string; via: "ONLINE" | "SESSION" | "SNBPE"; count: number };

/** Passports issued per Paris month, profile and channel (day totals). */
export async function passportsIssued(viewer: Viewer, period: Period) {
  assertAdmin(viewer);
  const [rows, profiles] = await Promise.all([
    readDb.$queryRaw<IssuedRow[]>`
      SELECT to_char(date_trunc('month', "day"), 'YYYY-MM-DD') AS "month", "profileId", "issuedVia"::text AS "via", sum("passports")::int AS "count"
      FROM "PassportDayCount"
      WHERE "day" BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY 1, 2, 3`,
    readDb.profile.findMany({ select: { id: true, name: true }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
  ]);
  return { rows, profiles };
}

/** Passports now: valid beyond 60 days, valid but expiring within 60 days, expired, revoked (index range counts). */
export async function passportStates(viewer: Viewer, now: Date) {
  assertAdmin(viewer);
  const soon = new Date(now.getTime() + 60 * 24 * 3600_000);
  const [row] = await readDb.$queryRaw<{ valid: number; expiring: number; expired: number; revoked: number }[]>`
    SELECT (SELECT count(*) FROM "Passport" WHERE "status" = 'ACTIVE' AND "expiresAt" > ${soon})::int AS "valid",
           (SELECT count(*) FROM "Passport" WHERE "status" = 'ACTIVE' AND "expiresAt" > ${now} AND "expiresAt" <= ${soon})::int AS "expiring",
           (SELECT count(*) FROM "Passport" WHERE "status" = 'ACTIVE' AND "expiresAt" <= ${now})::int AS "expired",
           (SELECT count(*) FROM "Passport" WHERE "status" = 'REVOKED')::int AS "revoked"`;
  return row;
}

/** Accounts blocked now (not deleted), by the module that blocked them, and how many of them were blocked within the period. */
export async function blockedAccounts(viewer: Viewer, period: Period) {
  assertAdmin(viewer);
  return readDb.$queryRaw<{ moduleId: string | null; title: string | null; blocked: number; inPeriod: number }[]>`
    SELECT p."blockedModuleId" AS "moduleId", m."title", count(*)::int AS "blocked",
           count(*) FILTER (WHERE p."blockedAt" >= ${startOf(period.from)} AND p."blockedAt" < ${endOf(period.to)})::int AS "inPeriod"
    FROM "Person" p LEFT JOIN "Module" m ON m."id" = p."blockedModuleId"
    WHERE p."blockedAt" IS NOT NULL AND p."deletedAt" IS NULL
    GROUP BY 1, 2
    ORDER BY "blocked" DESC, m."title"`;
}

export type TrainerRow = { trainerId: string; name: string; company: string; sessions: number; participants: number; passports: number };

/** Per trainer: sessions held in the period, their participants, and the passports they decided in the period. */
export async function trainers(viewer: Viewer, period: Period) {
  assertAdmin(viewer);
  return readDb.$queryRaw<TrainerRow[]>`
    WITH s AS (
      SELECT "trainerId", count(*)::int AS "sessions", sum("participantCount")::int AS "participants"
      FROM "AwarenessSession"
      WHERE "heldOn" >= ${startOf(period.from)} AND "heldOn" < ${endOf(period.to)}
      GROUP BY 1
    ), p AS (
      SELECT "trainerId", count(*)::int AS "passports"
      FROM "Passport"
      WHERE "trainerId" IS NOT NULL AND "issuedAt" >= ${startOf(period.from)} AND "issuedAt" < ${endOf(period.to)}
      GROUP BY 1
    )
    SELECT pe."id" AS "trainerId", pe."firstName" || ' ' || upper(pe."lastName") AS "name", co."name" AS "company",
           COALESCE(s."sessions", 0) AS "sessions", COALESCE(s."participants", 0) AS "participants", COALESCE(p."passports", 0) AS "passports"
    FROM s FULL JOIN p ON p."trainerId" = s."trainerId"
    JOIN "Person" pe ON pe."id" = COALESCE(s."trainerId", p."trainerId")
    JOIN "Company" co ON co."id" = pe."companyId"
    ORDER BY "passports" DESC, "sessions" DESC, "name"`;
}

/** Per module: attempts submitted in the period and how many passed (day totals). */
export async function modules(viewer: Viewer, period: Period) {
  assertAdmin(viewer);
  return readDb.$queryRaw<{ moduleId: string; title: string; attempts: number; passed: number }[]>`
    SELECT m."id" AS "moduleId", m."title", COALESCE(sum(c."attempts"), 0)::int AS "attempts", COALESCE(sum(c."passed"), 0)::int AS "passed"
    FROM "Module" m
    LEFT JOIN "AttemptDayCount" c ON c."moduleId" = m."id" AND c."day" BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY m."id", m."title"
    ORDER BY m."title"`;
}

export type QuestionRow = {
  questionId: string;
  module: string;
  position: number;
  text: string;
  answers: number;
  wrong: number;
  topWrongChoice: string | null;
  topWrongCount: number;
};

/** Per question answered in the period: answers, wrong ones (a blank counts as wrong), and the wrong choice picked most. */
export async function questions(viewer: Viewer, period: Period, limit = 50) {
  assertAdmin(viewer);
  return readDb.$queryRaw<QuestionRow[]>`
    WITH sums AS (
      SELECT "questionId", "choiceId", sum("answers")::int AS "n"
      FROM "AnswerDayCount"
      WHERE "day" BETWEEN ${period.from}::date AND ${period.to}::date
      GROUP BY 1, 2
    ), picks AS (
      SELECT s."questionId", s."choiceId", s."n", COALESCE(ch."isCorrect", false) AS "right", ch."text"
      FROM sums s LEFT JOIN "Choice" ch ON ch."id" = s."choiceId" AND ch."questionId" = s."questionId"
    ), per AS (
      SELECT "questionId", sum("n")::int AS "answers", sum("n") FILTER (WHERE NOT "right")::int AS "wrong" FROM picks GROUP BY 1
    ), top AS (
      SELECT DISTINCT ON ("questionId") "questionId", "text", "n" FROM picks
      WHERE NOT "right" AND "text" IS NOT NULL ORDER BY "questionId", "n" DESC, "text"
    )
    SELECT q."id" AS "questionId", m."title" AS "module", q."position", q."text", per."answers", COALESCE(per."wrong", 0) AS "wrong",
           top."text" AS "topWrongChoice", COALESCE(top."n", 0) AS "topWrongCount"
    FROM per JOIN "Question" q ON q."id" = per."questionId" JOIN "Module" m ON m."id" = q."moduleId"
    LEFT JOIN top ON top."questionId" = per."questionId"
    ORDER BY COALESCE(per."wrong", 0)::float / per."answers" DESC, per."answers" DESC, m."title", q."position"
    LIMIT ${limit}`;
}

export type CheckRow = { day: string; result: "VALID" | "EXPIRED" | "REVOKED" | "UNKNOWN" | "FORGED"; count: number };

/** Gate checks per Paris day and result (day totals). */
export async function checksPerDay(viewer: Viewer, period: Period) {
  assertAdmin(viewer);
  return readDb.$queryRaw<CheckRow[]>`
    SELECT to_char("day", 'YYYY-MM-DD') AS "day", "result"::text AS "result", sum("checks")::int AS "count"
    FROM "CheckDayCount"
    WHERE "day" BETWEEN ${period.from}::date AND ${period.to}::date
    GROUP BY "day", "result"`;
}
