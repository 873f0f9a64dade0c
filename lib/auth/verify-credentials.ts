// A1/A5: one login field for three kinds of identifier (e-mail, generated unique ID,
// member number). Any failure gives the same answer; repeated failures ask the identifier
// for a proof of work and lock the client address for a while (lib/auth/throttle.ts).
import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailures, loginThrottleState, proofDifficulty, recordFailure, throttleKeys } from "@/lib/auth/throttle";
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

/**
 * Checks a login. The address's hard cap and the identifier's proof of work are checked
 * before the password, with the same answers whether or not the identifier exists.
 */
export async function verifyCredentials(
  identifier: string,
  password: string,
  address: string | null,
  now = new Date(),
  proof?: LoginProof,
): Promise<CredentialsResult> {
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
  await Promise.all([
    state.identifierFailures > 0 ? clearFailures(identifier) : null,
    // a plain statement: a third of the time of the ORM's update, on every login
    db.$executeRaw`UPDATE "Account" SET "lastLoginAt" = ${now} WHERE "id" = ${account.id}`,
  ]);
  return { ok: true, accountId: account.id, credentialsVersion: account.credentialsVersion, isAdmin: account.isAdmin };
}
