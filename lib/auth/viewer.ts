// Who is asking. Loaded from the database on every request (never trusted from the JWT
// alone): a disabled, deleted or re-credentialed account, or an ended session, loses access
// at once.
import "server-only";
import { db } from "@/lib/db";
import { Prisma, type CompanyKind, type PersonRole } from "@/lib/generated/prisma/client";
import { SESSION_RULES, sessionProblem, touchSession, type SessionProblem } from "@/lib/auth/auth-session";

export type Viewer = {
  accountId: string;
  email: string | null;
  uniqueId: string | null;
  isAdmin: boolean;
  mustSetPassword: boolean;
  /** the learner behind this login, if any */
  person: {
    id: string;
    companyId: string;
    firstName: string;
    lastName: string;
    roles: PersonRole[];
    blocked: boolean;
    profileName: string | null;
    /** issue 12: the language the learner takes the induction in ("fr", "en"…) */
    language: string;
  } | null;
  /** the company space this login opens: its own company login, or a linked one (C1) */
  company: { id: string; kind: CompanyKind; name: string } | null;
};

/**
 * An account with all that makes it a viewer, read in ONE statement (every page and action of
 * every space pays for it: Prisma's nested select took nine round trips). `where` names either
 * a session (s) or an account (a).
 */
type AccountRow = {
  id: string;
  email: string | null;
  uniqueId: string | null;
  isAdmin: boolean;
  mustSetPassword: boolean;
  disabledAt: Date | null;
  credentialsVersion: number;
  totpEnrolled: boolean;
  ownCompanyId: string | null;
  ownCompanyKind: CompanyKind | null;
  ownCompanyName: string | null;
  ownCompanyStatus: string | null;
  personId: string | null;
  personCompanyId: string | null;
  firstName: string | null;
  lastName: string | null;
  roles: PersonRole[] | null;
  blockedAt: Date | null;
  deletedAt: Date | null;
  profileName: string | null;
  language: string | null;
  linkedCompanyId: string | null;
  linkedCompanyKind: CompanyKind | null;
  linkedCompanyName: string | null;
  linkedCompanyStatus: string | null;
  /** the trainer role exists only while an administrator's approval is current */
  accredited: boolean;
};
type SessionRow = AccountRow & {
  accountId: string;
  sessionCredentialsVersion: number;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  createdAt: Date;
  secondFactorAt: Date | null;
};

const accountColumns = (now: Date) => Prisma.sql`
  a."id", a."email", a."uniqueId", a."isAdmin", a."mustSetPassword", a."disabledAt", a."credentialsVersion",
  (tf."accountId" IS NOT NULL) AS "totpEnrolled",
  oc."id" AS "ownCompanyId", oc."kind"::text AS "ownCompanyKind", oc."name" AS "ownCompanyName", oc."status"::text AS "ownCompanyStatus",
  p."id" AS "personId", p."companyId" AS "personCompanyId", p."firstName", p."lastName", p."roles"::text[] AS "roles",
  p."blockedAt", p."deletedAt", pr."name" AS "profileName", p."language",
  lc."id" AS "linkedCompanyId", lc."kind"::text AS "linkedCompanyKind", lc."name" AS "linkedCompanyName", lc."status"::text AS "linkedCompanyStatus",
  EXISTS (SELECT 1 FROM "TrainerAccreditation" t WHERE t."personId" = p."id" AND t."status" = 'APPROVED' AND t."validUntil" > ${now}) AS "accredited"`;

const accountJoins = Prisma.sql`
  LEFT JOIN "TotpFactor" tf ON tf."accountId" = a."id"
  LEFT JOIN "Company" oc ON oc."accountId" = a."id"
  LEFT JOIN "Person" p ON p."accountId" = a."id"
  LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
  LEFT JOIN "SpaceLink" sl ON sl."personId" = p."id"
  LEFT JOIN "Company" lc ON lc."id" = sl."companyId"`;

function toViewer(account: AccountRow): Viewer {
  const person = account.personId && !account.deletedAt ? account : null;
  const company = account.ownCompanyId
    ? { id: account.ownCompanyId, kind: account.ownCompanyKind!, name: account.ownCompanyName!, status: account.ownCompanyStatus }
    : person?.linkedCompanyId
      ? { id: person.linkedCompanyId, kind: person.linkedCompanyKind!, name: person.linkedCompanyName!, status: person.linkedCompanyStatus }
      : null;
  return {
    accountId: account.id,
    email: account.email,
    uniqueId: account.uniqueId,
    isAdmin: account.isAdmin,
    mustSetPassword: account.mustSetPassword,
    person: person && {
      id: person.personId!,
      companyId: person.personCompanyId!,
      firstName: person.firstName!,
      lastName: person.lastName!,
      roles: [...(person.roles ?? []).filter((r) => r !== "TRAINER"), ...(person.accredited ? (["TRAINER"] as const) : [])],
      blocked: person.blockedAt !== null,
      profileName: person.profileName,
      language: person.language ?? "fr",
    },
    company: company && company.status === "ACTIVE" ? { id: company.id, kind: company.kind, name: company.name } : null,
  };
}

/**
 * Issue 11: the login of a company an administrator suspended opens nothing, whatever its
 * session (a linked referent's learner space included: while linked they log in with it).
 */
const suspendedCompanyLogin = (account: AccountRow) => account.ownCompanyStatus === "SUSPENDED";

/** An account as a viewer, outside any session (tests, scripts, checks of a given account). */
export async function loadViewer(accountId: string, credentialsVersion?: number, now = new Date()): Promise<Viewer | null> {
  const [account] = await db.$queryRaw<
    AccountRow[]
  >`SELECT ${accountColumns(now)} FROM "Account" a ${accountJoins} WHERE a."id" = ${accountId}`;
  if (!account || account.disabledAt || suspendedCompanyLogin(account)) return null;
  if (credentialsVersion !== undefined && credentialsVersion !== account.credentialsVersion) return null;
  return toViewer(account);
}

export type SessionState =
  | { status: "ACTIVE"; sessionId: string; viewer: Viewer }
  /** item 5: an administrator's password was right; the TOTP code (or enrolment) is still due */
  | { status: "SECOND_FACTOR"; sessionId: string; accountId: string; email: string | null; enrolled: boolean }
  | { status: "NONE"; reason: SessionProblem | "UNKNOWN" | "DISABLED" };

/**
 * The viewer of a session (item 6 of issue 17): one lookup of the session row joined with
 * its account. A revoked, idle, expired or re-credentialed session, or a disabled account,
 * opens nothing.
 */
export async function loadSessionState(sessionId: string, now = new Date()): Promise<SessionState> {
  const [row] = await db.$queryRaw<SessionRow[]>`
    SELECT s."accountId", s."credentialsVersion" AS "sessionCredentialsVersion", s."lastSeenAt", s."expiresAt", s."revokedAt",
           s."createdAt", s."secondFactorAt", ${accountColumns(now)}
    FROM "AuthSession" s JOIN "Account" a ON a."id" = s."accountId" ${accountJoins}
    WHERE s."id" = ${sessionId}`;
  if (!row) return { status: "NONE", reason: "UNKNOWN" };
  if (row.disabledAt || suspendedCompanyLogin(row)) return { status: "NONE", reason: "DISABLED" };
  const problem = sessionProblem({ ...row, credentialsVersion: row.sessionCredentialsVersion }, row, now);
  if (problem) return { status: "NONE", reason: problem };
  if (row.isAdmin && !row.secondFactorAt) {
    // a password alone opens nothing for an administrator, and only for a few minutes
    if (now.getTime() - row.createdAt.getTime() > SESSION_RULES.secondFactorMinutes * 60_000) return { status: "NONE", reason: "EXPIRED" };
    return {
      status: "SECOND_FACTOR",
      sessionId,
      accountId: row.accountId,
      email: row.email,
      enrolled: row.totpEnrolled,
    };
  }
  await touchSession(sessionId, row.lastSeenAt, now);
  return { status: "ACTIVE", sessionId, viewer: toViewer(row) };
}
