// Item 6 of issue 17: sessions that end for real. The JWT only carries the id of an
// AuthSession row; each request reads that row (one indexed lookup, joined with the account
// in lib/auth/viewer.ts) and refuses a session that was revoked (DÉCONNEXION, credential
// change), that stayed idle too long, that is past its 8 hours, or whose account's
// credentials changed since the login. `lastSeenAt` is written at most once a minute.
import "server-only";
import { randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";

export const SESSION_RULES = {
  /** absolute lifetime of a login, whatever the activity */
  maxAgeHours: 8,
  /** idle timeout: administrators 15 minutes, every other space 30 */
  idleMinutes: { admin: 15, other: 30 },
  /** lastSeenAt is not rewritten more often than this */
  touchSeconds: 60,
  /** administrators: time left after the password to give the second factor */
  secondFactorMinutes: 10,
} as const;

export type RevokeReason =
  | "SIGN_OUT"
  | "PASSWORD_CHANGED"
  | "EMAIL_CHANGED"
  | "PASSWORD_RESET"
  | "SECOND_FACTOR_FAILED"
  | "SECOND_FACTOR_CHANGED"
  | "IDLE"
  | "COMPANY_SUSPENDED";

export const idleMinutesFor = (isAdmin: boolean) => (isAdmin ? SESSION_RULES.idleMinutes.admin : SESSION_RULES.idleMinutes.other);

export const newSessionId = () => randomBytes(24).toString("base64url");
export const sessionExpiry = (now: Date) => new Date(now.getTime() + SESSION_RULES.maxAgeHours * 3600_000);

/** About one login in a hundred clears the sessions that ended more than 30 days ago. */
export async function sweepOldSessions(now: Date) {
  if (Math.random() < 0.01) await db.authSession.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } } });
}

/** Opens a session (a login through the form opens its own: lib/auth/verify-credentials.ts). */
export async function createAuthSession(
  input: { accountId: string; credentialsVersion: number; address?: string | null; userAgent?: string | null },
  now = new Date(),
) {
  const id = newSessionId();
  await db.authSession.create({
    data: {
      id,
      accountId: input.accountId,
      credentialsVersion: input.credentialsVersion,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: sessionExpiry(now),
      address: input.address?.slice(0, 64) ?? null,
      userAgent: input.userAgent?.slice(0, 300) ?? null,
    },
  });
  return id;
}

export type SessionRow = {
  accountId: string;
  credentialsVersion: number;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
};

export type SessionProblem = "REVOKED" | "EXPIRED" | "IDLE" | "CREDENTIALS_CHANGED";

/** Why a session row no longer opens anything, or null when it is alive at `now`. */
export function sessionProblem(
  row: SessionRow,
  account: { credentialsVersion: number; isAdmin: boolean },
  now: Date,
): SessionProblem | null {
  if (row.revokedAt) return "REVOKED";
  if (row.expiresAt <= now) return "EXPIRED";
  if (now.getTime() - row.lastSeenAt.getTime() > idleMinutesFor(account.isAdmin) * 60_000) return "IDLE";
  if (row.credentialsVersion !== account.credentialsVersion) return "CREDENTIALS_CHANGED";
  return null;
}

/** Records activity, at most once a minute (a conditional update: concurrent requests write once). */
export async function touchSession(id: string, lastSeenAt: Date, now: Date) {
  if (now.getTime() - lastSeenAt.getTime() < SESSION_RULES.touchSeconds * 1000) return;
  await db.authSession.updateMany({
    where: { id, lastSeenAt: { lt: new Date(now.getTime() - SESSION_RULES.touchSeconds * 1000) } },
    data: { lastSeenAt: now },
  });
}

export async function revokeSession(id: string, reason: RevokeReason, now = new Date()) {
  await db.authSession.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
}

/** Ends every open session of an account, inside the transaction of the change that causes it. */
export async function revokeAccountSessions(tx: Tx, accountId: string, reason: RevokeReason, now = new Date()) {
  const { count } = await tx.authSession.updateMany({
    where: { accountId, revokedAt: null, expiresAt: { gt: now } },
    data: { revokedAt: now, revokedReason: reason },
  });
  return count;
}
