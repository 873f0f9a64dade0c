// Issue 11, item 2: everything the platform knows about one person, for an administrator
// answering a phone call: identity, logins, company, profile, roles, path with every attempt,
// blocking, passports and their gate checks, e-mails sent to them, the audit trail about them.
import "server-only";
import { rawQuery } from "@/lib/db";
import {
  Prisma,
  type AccreditationStatus,
  type CheckChannel,
  type CheckResult,
  type CompanyKind,
  type CompanyStatus,
  type EmailStatus,
  type PassportStatus,
  type PersonOrigin,
  type PersonRole,
  type SessionDecision,
  type ValidationSource,
} from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { isId } from "@/lib/text";

const RECENT = 50;

/** What the person's page reads: the shapes Prisma's nested select used to give. */
type AdminPersonRow = {
  id: string;
  firstName: string;
  lastName: string;
  origin: PersonOrigin;
  createdAt: Date;
  deletedAt: Date | null;
  /** issue 14: identity wiped by the retention job */
  anonymizedAt: Date | null;
  isHauler: boolean;
  isTechnical: boolean;
  roles: PersonRole[];
  blockedAt: Date | null;
  blockedModuleId: string | null;
  accountId: string;
  account: {
    email: string | null;
    uniqueId: string | null;
    mustSetPassword: boolean;
    disabledAt: Date | null;
    lastLoginAt: Date | null;
    company: { id: string } | null;
  };
  spaceLink: { companyId: string } | null;
  company: { id: string; name: string; kind: CompanyKind; status: CompanyStatus; referentEmail: string | null };
  profile: { code: string; name: string } | null;
  blockedModule: string | null;
  accreditations: {
    id: string;
    status: AccreditationStatus;
    requestedAt: Date;
    decidedAt: Date | null;
    validUntil: Date | null;
    reason: string | null;
  }[];
  paths: {
    id: string;
    startedAt: Date;
    completedAt: Date | null;
    profile: { name: string };
    progress: {
      module: { title: string };
      mediaSeenAt: Date | null;
      failedAttempts: number;
      passedAt: Date | null;
      passedVia: ValidationSource | null;
    }[];
  }[];
  attempts: { id: string; submittedAt: Date; score: number | null; passed: boolean | null; module: { title: string } }[];
  passports: {
    id: string;
    number: string;
    issuedAt: Date;
    expiresAt: Date;
    status: PassportStatus;
    revokedAt: Date | null;
    revokedReason: string | null;
    issuedVia: ValidationSource;
    profile: { name: string };
    company: { name: string };
    checks: {
      id: string;
      checkedAt: Date;
      result: CheckResult;
      channel: CheckChannel;
      checkedBy: { firstName: string; lastName: string } | null;
    }[];
  }[];
  participations: { decision: SessionDecision; session: { id: string; number: number; heldOn: Date; profile: { name: string } } }[];
  emails: { id: string; subject: string; status: EmailStatus; createdAt: Date; sentAt: Date | null }[];
  auditEntries: {
    id: string;
    at: Date;
    action: string;
    data: Prisma.JsonValue;
    actor: { email: string | null; isAdmin: boolean } | null;
  }[];
  profiles: { code: string; name: string }[];
};

/** Timestamps come out of json_build_object as text without a zone (they are stored in UTC). */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?)?$/;
function revive(value: unknown, key = ""): unknown {
  // an audit entry's data is shown as it was written
  if (key === "data") return value;
  if (typeof value === "string" && TIMESTAMP.test(value)) return new Date(value.length === 10 ? `${value}T00:00:00Z` : `${value}Z`);
  if (Array.isArray(value)) return value.map((v) => revive(v));
  if (value && typeof value === "object") return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, revive(v, k)]));
  return value;
}

const enumText = Prisma.sql`::text`;

export async function getPersonForAdmin(viewer: Viewer, personId: string) {
  assertAdmin(viewer);
  if (!isId(personId)) return null;
  // Issue 11, item 8: the whole page in ONE statement, PostgreSQL building the nested lists
  // as JSON (Prisma's nested reads were thirteen queries, about 2 ms of JavaScript each). Each
  // list keeps its order and its cap; what the page needs of the account comes in the person.
  const [row] = await rawQuery<{ person: unknown }>(Prisma.sql`
    SELECT json_build_object(
      'id', p."id", 'firstName', p."firstName", 'lastName', p."lastName", 'origin', p."origin"${enumText},
      'createdAt', p."createdAt", 'deletedAt', p."deletedAt", 'anonymizedAt', p."anonymizedAt", 'isHauler', p."isHauler", 'isTechnical', p."isTechnical",
      'roles', p."roles"::text[], 'blockedAt', p."blockedAt", 'blockedModuleId', p."blockedModuleId", 'accountId', p."accountId",
      'account', json_build_object('email', a."email", 'uniqueId', a."uniqueId", 'mustSetPassword', a."mustSetPassword",
        'disabledAt', a."disabledAt", 'lastLoginAt', a."lastLoginAt",
        'company', (SELECT json_build_object('id', c2."id") FROM "Company" c2 WHERE c2."accountId" = a."id")),
      'spaceLink', (SELECT json_build_object('companyId', sl."companyId") FROM "SpaceLink" sl WHERE sl."personId" = p."id"),
      'company', json_build_object('id', co."id", 'name', co."name", 'kind', co."kind"${enumText}, 'status', co."status"${enumText}, 'referentEmail', co."referentEmail"),
      'profile', CASE WHEN pr."id" IS NULL THEN NULL ELSE json_build_object('code', pr."code", 'name', pr."name") END,
      'blockedModule', (SELECT m."title" FROM "Module" m WHERE m."id" = p."blockedModuleId"),
      'accreditations', COALESCE((SELECT json_agg(x ORDER BY x."requestedAt" DESC) FROM (
          SELECT ta."id", ta."status"${enumText} AS "status", ta."requestedAt", ta."decidedAt", ta."validUntil", ta."reason"
          FROM "TrainerAccreditation" ta WHERE ta."personId" = p."id" ORDER BY ta."requestedAt" DESC LIMIT 10) x), '[]'),
      'paths', COALESCE((SELECT json_agg(x ORDER BY x."startedAt" DESC) FROM (
          SELECT lp."id", lp."startedAt", lp."completedAt",
            json_build_object('name', (SELECT pf."name" FROM "Profile" pf WHERE pf."id" = lp."profileId")) AS "profile",
            COALESCE((SELECT json_agg(json_build_object('module', json_build_object('title', m."title"), 'mediaSeenAt', mp."mediaSeenAt",
                'failedAttempts', mp."failedAttempts", 'passedAt', mp."passedAt", 'passedVia', mp."passedVia"${enumText}) ORDER BY m."slug")
              FROM "ModuleProgress" mp JOIN "Module" m ON m."id" = mp."moduleId" WHERE mp."pathId" = lp."id"), '[]') AS "progress"
          FROM "LearningPath" lp WHERE lp."personId" = p."id" ORDER BY lp."startedAt" DESC LIMIT 5) x), '[]'),
      'attempts', COALESCE((SELECT json_agg(x ORDER BY x."submittedAt" DESC) FROM (
          SELECT at."id", at."submittedAt", at."score", at."passed", json_build_object('title', m."title") AS "module"
          FROM "Attempt" at JOIN "Module" m ON m."id" = at."moduleId"
          WHERE at."personId" = p."id" AND at."submittedAt" IS NOT NULL ORDER BY at."submittedAt" DESC LIMIT 200) x), '[]'),
      'passports', COALESCE((SELECT json_agg(x ORDER BY x."issuedAt" DESC) FROM (
          SELECT pa."id", pa."number", pa."issuedAt", pa."expiresAt", pa."status"${enumText} AS "status", pa."revokedAt", pa."revokedReason",
            pa."issuedVia"${enumText} AS "issuedVia",
            json_build_object('name', (SELECT pf."name" FROM "Profile" pf WHERE pf."id" = pa."profileId")) AS "profile",
            json_build_object('name', (SELECT c3."name" FROM "Company" c3 WHERE c3."id" = pa."companyId")) AS "company",
            COALESCE((SELECT json_agg(y ORDER BY y."checkedAt" DESC) FROM (
                SELECT ch."id", ch."checkedAt", ch."result"${enumText} AS "result", ch."channel"${enumText} AS "channel",
                  CASE WHEN cb."id" IS NULL THEN NULL ELSE json_build_object('firstName', cb."firstName", 'lastName', cb."lastName") END AS "checkedBy"
                FROM "PassportCheck" ch LEFT JOIN "Person" cb ON cb."id" = ch."checkedById"
                WHERE ch."passportId" = pa."id" ORDER BY ch."checkedAt" DESC LIMIT 20) y), '[]') AS "checks"
          FROM "Passport" pa WHERE pa."personId" = p."id") x), '[]'),
      'participations', COALESCE((SELECT json_agg(x ORDER BY x."heldOn" DESC) FROM (
          SELECT sp."decision"${enumText} AS "decision", s."heldOn",
            json_build_object('id', s."id", 'number', s."number", 'heldOn', s."heldOn",
              'profile', json_build_object('name', (SELECT pf."name" FROM "Profile" pf WHERE pf."id" = s."profileId"))) AS "session"
          FROM "SessionParticipant" sp JOIN "AwarenessSession" s ON s."id" = sp."sessionId"
          WHERE sp."personId" = p."id" ORDER BY s."heldOn" DESC LIMIT 20) x), '[]'),
      'emails', COALESCE((SELECT json_agg(x ORDER BY x."createdAt" DESC) FROM (
          SELECT e."id", e."subject", e."status"${enumText} AS "status", e."createdAt", e."sentAt"
          FROM "EmailOutbox" e WHERE a."email" IS NOT NULL AND e."to" = a."email" ORDER BY e."createdAt" DESC LIMIT ${RECENT}) x), '[]'),
      'auditEntries', COALESCE((SELECT json_agg(x ORDER BY x."at" DESC, x."id" DESC) FROM (
          SELECT l."id", l."at", l."action", l."data",
            CASE WHEN ac."id" IS NULL THEN NULL ELSE json_build_object('email', ac."email", 'isAdmin', ac."isAdmin") END AS "actor"
          FROM "AuditLog" l LEFT JOIN "Account" ac ON ac."id" = l."actorAccountId"
          WHERE l."targetId" IN (p."id", p."accountId") ORDER BY l."at" DESC, l."id" DESC LIMIT ${RECENT}) x), '[]'),
      'profiles', COALESCE((SELECT json_agg(json_build_object('code', pf."code", 'name', pf."name") ORDER BY pf."position")
          FROM "Profile" pf WHERE pf."active"), '[]')
    ) AS "person"
    FROM "Person" p
    JOIN "Account" a ON a."id" = p."accountId"
    JOIN "Company" co ON co."id" = p."companyId"
    LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
    WHERE p."id" = ${personId}`);
  if (!row) return null;
  return revive(row.person) as AdminPersonRow;
}

export type AdminPerson = NonNullable<Awaited<ReturnType<typeof getPersonForAdmin>>>;
