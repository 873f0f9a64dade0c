// A1/A5: one login field for three kinds of identifier (e-mail, generated unique ID,
// member number). Any failure gives the same answer; repeated failures ask the identifier
// for a proof of work and lock the client address for a while (lib/auth/throttle.ts).
import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailures, identifierKey, loginThrottleState, proofDifficulty, recordFailure, throttleKeys } from "@/lib/auth/throttle";
import { createAuthSession } from "@/lib/auth/auth-session";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";

export type CredentialsResult =
  | { ok: true; accountId: string; credentialsVersion: number; isAdmin: boolean }
  | { ok: false; reason: "INVALID" | "THROTTLED" }
  | { ok: false; reason: "PROOF_REQUIRED"; difficulty: number };

export async function findAccountByIdentifier(identifier: string) {
  const value = identifier.trim();
  const select = { id: true, passwordHash: true, disabledAt: true, credentialsVersion: true, isAdmin: true } as const;
  if (value.includes("@")) {
    return db.account.findUnique({ where: { email: value.toLowerCase() }, select });
  }
  const upper = value.toUpperCase();
  const byUniqueId = await db.account.findUnique({ where: { uniqueId: upper }, select });
  if (byUniqueId) return byUniqueId;
  const company = await db.company.findUnique({
    where: { memberNumber: upper },
    select: { status: true, account: { select } },
  });
  return company?.status === "ACTIVE" ? company.account : null;
}

export type LoginProof = { challenge: string; nonce: string };

type Checked =
  | Exclude<CredentialsResult, { ok: true }>
  | { ok: true; account: NonNullable<Awaited<ReturnType<typeof findAccountByIdentifier>>>; hadFailures: boolean };

/**
 * Checks a login. The address's hard cap and the identifier's proof of work are checked
 * before the password, with the same answers whether or not the identifier exists.
 */
async function check(identifier: string, password: string, address: string | null, now: Date, proof?: LoginProof): Promise<Checked> {
  // both reads at once (item 15: login stays fast); the account is looked up whatever the
  // throttling says, so that no answer depends on whether it exists
  const [state, account] = await Promise.all([loginThrottleState(identifier, address, now), findAccountByIdentifier(identifier)]);
  if (state.addressLocked) return { ok: false, reason: "THROTTLED" };
  const difficulty = proofDifficulty(state.identifierFailures);
  if (difficulty > 0 && !(proof && (await verifyProofOfWork(proof.challenge, proof.nonce, now.getTime(), difficulty)))) {
    return { ok: false, reason: "PROOF_REQUIRED", difficulty };
  }

  const valid =
    account?.passwordHash && !account.disabledAt
      ? await verifyPassword(account.passwordHash, password)
      : (await burnPasswordCheck(password), false);

  if (!valid || !account) {
    await recordFailure(throttleKeys(identifier, address), now);
    return { ok: false, reason: "INVALID" };
  }
  return { ok: true, account, hadFailures: state.identifierFailures > 0 };
}

/** Checks an identifier and password (a login, or a proof of holding an account), and records the success. */
export async function verifyCredentials(
  identifier: string,
  password: string,
  address: string | null,
  now = new Date(),
  proof?: LoginProof,
): Promise<CredentialsResult> {
  const result = await check(identifier, password, address, now, proof);
  if (!result.ok) return result;
  const { account } = result;
  await Promise.all([
    result.hadFailures ? clearFailures(identifier) : null,
    db.$executeRaw`UPDATE "Account" SET "lastLoginAt" = ${now} WHERE "id" = ${account.id}`,
  ]);
  return { ok: true, accountId: account.id, credentialsVersion: account.credentialsVersion, isAdmin: account.isAdmin };
}

/**
 * A login through the form: the checks of verifyCredentials, then the new session, the
 * login time and the cleared failures written by one statement (item 15: login stays fast).
 */
export async function logIn(
  identifier: string,
  password: string,
  address: string | null,
  options: { proof?: LoginProof; userAgent?: string | null } = {},
  now = new Date(),
): Promise<Exclude<CredentialsResult, { ok: true }> | { ok: true; accountId: string; sessionId: string }> {
  const result = await check(identifier, password, address, now, options.proof);
  if (!result.ok) return result;
  const sessionId = await createAuthSession(
    {
      accountId: result.account.id,
      credentialsVersion: result.account.credentialsVersion,
      address,
      userAgent: options.userAgent,
      login: { clearThrottleKey: result.hadFailures ? identifierKey(identifier) : null },
    },
    now,
  );
  return { ok: true, accountId: result.account.id, sessionId };
}
