// Who is asking. Loaded from the database on every request (never trusted from the JWT
// alone): a disabled, deleted or re-credentialed account, or an ended session, loses access
// at once.
import "server-only";
import { db } from "@/lib/db";
import type { CompanyKind, PersonRole, Prisma } from "@/lib/generated/prisma/client";
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
  } | null;
  /** the company space this login opens: its own company login, or a linked one (C1) */
  company: { id: string; kind: CompanyKind; name: string } | null;
};

const viewerSelect = (now: Date) =>
  ({
    id: true,
    email: true,
    uniqueId: true,
    isAdmin: true,
    mustSetPassword: true,
    disabledAt: true,
    credentialsVersion: true,
    company: { select: { id: true, kind: true, name: true, status: true } },
    person: {
      select: {
        id: true,
        companyId: true,
        firstName: true,
        lastName: true,
        roles: true,
        blockedAt: true,
        deletedAt: true,
        profile: { select: { name: true } },
        spaceLink: { select: { company: { select: { id: true, kind: true, name: true, status: true } } } },
        // the trainer role exists only while an administrator's approval is current
        accreditations: { where: { status: "APPROVED", validUntil: { gt: now } }, select: { id: true }, take: 1 },
      },
    },
  }) satisfies Prisma.AccountSelect;

type AccountRow = Prisma.AccountGetPayload<{ select: ReturnType<typeof viewerSelect> }>;

function toViewer(account: AccountRow): Viewer {
  const person = account.person && !account.person.deletedAt ? account.person : null;
  const company = account.company ?? person?.spaceLink?.company ?? null;
  return {
    accountId: account.id,
    email: account.email,
    uniqueId: account.uniqueId,
    isAdmin: account.isAdmin,
    mustSetPassword: account.mustSetPassword,
    person: person && {
      id: person.id,
      companyId: person.companyId,
      firstName: person.firstName,
      lastName: person.lastName,
      roles: [...person.roles.filter((r) => r !== "TRAINER"), ...(person.accreditations.length ? (["TRAINER"] as const) : [])],
      blocked: person.blockedAt !== null,
      profileName: person.profile?.name ?? null,
    },
    company: company && company.status === "ACTIVE" ? { id: company.id, kind: company.kind, name: company.name } : null,
  };
}

/**
 * Issue 11: the login of a company an administrator suspended opens nothing, whatever its
 * session (a linked referent's learner space included: while linked they log in with it).
 */
const suspendedCompanyLogin = (account: AccountRow) => account.company?.status === "SUSPENDED";

/** An account as a viewer, outside any session (tests, scripts, checks of a given account). */
export async function loadViewer(accountId: string, credentialsVersion?: number, now = new Date()): Promise<Viewer | null> {
  const account = await db.account.findUnique({ where: { id: accountId }, select: viewerSelect(now) });
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
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      accountId: true,
      credentialsVersion: true,
      lastSeenAt: true,
      expiresAt: true,
      revokedAt: true,
      createdAt: true,
      secondFactorAt: true,
      account: { select: { ...viewerSelect(now), totpFactor: { select: { confirmedAt: true } } } },
    },
  });
  if (!row) return { status: "NONE", reason: "UNKNOWN" };
  if (row.account.disabledAt || suspendedCompanyLogin(row.account)) return { status: "NONE", reason: "DISABLED" };
  const problem = sessionProblem(row, row.account, now);
  if (problem) return { status: "NONE", reason: problem };
  if (row.account.isAdmin && !row.secondFactorAt) {
    // a password alone opens nothing for an administrator, and only for a few minutes
    if (now.getTime() - row.createdAt.getTime() > SESSION_RULES.secondFactorMinutes * 60_000) return { status: "NONE", reason: "EXPIRED" };
    return {
      status: "SECOND_FACTOR",
      sessionId,
      accountId: row.accountId,
      email: row.account.email,
      enrolled: row.account.totpFactor !== null,
    };
  }
  await touchSession(sessionId, row.lastSeenAt, now);
  return { status: "ACTIVE", sessionId, viewer: toViewer(row.account) };
}
