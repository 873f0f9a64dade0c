// A1/A5: one login field for three kinds of identifier (e-mail, generated unique ID,
// member number). Any failure gives the same answer; repeated failures lock the
// identifier (and the client address) for a while.
import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import { clearFailures, isLocked, recordFailure, throttleKeys } from "@/lib/auth/throttle";

export type CredentialsResult =
  { ok: true; accountId: string; credentialsVersion: number } | { ok: false; reason: "INVALID" | "THROTTLED" };

export async function findAccountByIdentifier(identifier: string) {
  const value = identifier.trim();
  const select = { id: true, passwordHash: true, disabledAt: true, credentialsVersion: true } as const;
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

export async function verifyCredentials(
  identifier: string,
  password: string,
  address: string | null,
  now = new Date(),
): Promise<CredentialsResult> {
  const keys = throttleKeys(identifier, address);
  if (await isLocked(keys, now)) return { ok: false, reason: "THROTTLED" };

  const account = await findAccountByIdentifier(identifier);
  const valid =
    account?.passwordHash && !account.disabledAt
      ? await verifyPassword(account.passwordHash, password)
      : (await burnPasswordCheck(password), false);

  if (!valid || !account) {
    await recordFailure(keys, now);
    return { ok: false, reason: "INVALID" };
  }
  await clearFailures(identifier);
  await db.account.update({ where: { id: account.id }, data: { lastLoginAt: now } });
  return { ok: true, accountId: account.id, credentialsVersion: account.credentialsVersion };
}
