// A5 and item 8 of issue 17: login throttling that neither yields nor locks victims out.
// Counters live in PostgreSQL (one row per identifier and per client address), so every app
// instance behind a load balancer shares them.
// - Per client address (from the socket or the trusted proxies, lib/http/client-address.ts):
//   a hard cap, 30 failures in 15 minutes lock that address for 15 minutes.
// - Per identifier: never a lock, which anyone could keep on a known account. From the
//   third recent failure on, each attempt needs a proof of work (lib/antibot) whose
//   difficulty rises with the failures: about a quarter of a second of a browser's time at
//   first, four seconds at most; for a guessing robot, a cost on every single guess.
import "server-only";
import { db } from "@/lib/db";

export const THROTTLE = {
  identifier: { freeFailures: 3, windowMinutes: 60, firstDifficulty: 14, maxDifficulty: 18 },
  address: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type ThrottleRule = { maxFailures: number; windowMinutes: number; lockMinutes: number };

// an identifier's row is counted, never locked
const IDENTIFIER_RULE: ThrottleRule = { maxFailures: 2_000_000_000, windowMinutes: THROTTLE.identifier.windowMinutes, lockMinutes: 0 };

export const identifierKey = (identifier: string) => `id:${identifier.trim().toLowerCase()}`;
export const addressKey = (address: string) => `ip:${address}`;

export function throttleKeys(identifier: string, address: string | null) {
  const keys: { key: string; rule: ThrottleRule }[] = [{ key: identifierKey(identifier), rule: IDENTIFIER_RULE }];
  if (address) keys.push({ key: addressKey(address), rule: THROTTLE.address });
  return keys;
}

/** Leading zero bits asked of a login's proof of work after `failures` recent failures (0: none). */
export function proofDifficulty(failures: number) {
  const { freeFailures, firstDifficulty, maxDifficulty } = THROTTLE.identifier;
  if (failures < freeFailures) return 0;
  return Math.min(maxDifficulty, firstDifficulty + (failures - freeFailures));
}

export type ThrottleRow = { key: string; failures: number; windowStart: Date; lockedUntil: Date | null };

/** Is the address locked, and how many recent failures has the identifier, from their rows. */
export function throttleStateOf(rows: ThrottleRow[], identifier: string, address: string | null, now: Date) {
  const id = rows.find((r) => r.key === identifierKey(identifier));
  const ip = address ? rows.find((r) => r.key === addressKey(address)) : undefined;
  const windowStart = new Date(now.getTime() - THROTTLE.identifier.windowMinutes * 60_000);
  const failures = id && id.windowStart >= windowStart ? id.failures : 0;
  return { addressLocked: Boolean(ip?.lockedUntil && ip.lockedUntil > now), identifierFailures: failures };
}

/** One read for both counters. */
export async function loginThrottleState(identifier: string, address: string | null, now = new Date()) {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: throttleKeys(identifier, address).map((k) => k.key) } },
    select: { key: true, failures: true, windowStart: true, lockedUntil: true },
  });
  return throttleStateOf(rows, identifier, address, now);
}

export async function isLocked(keys: { key: string }[], now = new Date()) {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.length > 0;
}

// One atomic statement per key: concurrent failures on several instances all count.
export async function recordFailure(keys: { key: string; rule: ThrottleRule }[], now = new Date()) {
  for (const { key, rule } of keys) {
    await db.$executeRaw`
      INSERT INTO "LoginThrottle" ("key", "failures", "windowStart", "lockedUntil", "updatedAt")
      VALUES (${key}, 1, ${now}, NULL, ${now})
      ON CONFLICT ("key") DO UPDATE SET
        "failures" = CASE WHEN "LoginThrottle"."windowStart" < ${now}::timestamp - make_interval(mins => ${rule.windowMinutes})
                          THEN 1 ELSE "LoginThrottle"."failures" + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${now}::timestamp - make_interval(mins => ${rule.windowMinutes})
                          THEN ${now} ELSE "LoginThrottle"."windowStart" END,
        "lockedUntil" = CASE WHEN "LoginThrottle"."windowStart" >= ${now}::timestamp - make_interval(mins => ${rule.windowMinutes})
                              AND "LoginThrottle"."failures" + 1 >= ${rule.maxFailures}
                          THEN ${now}::timestamp + make_interval(mins => ${rule.lockMinutes})
                          ELSE "LoginThrottle"."lockedUntil" END,
        "updatedAt" = ${now}`;
  }
}

export async function clearFailures(identifier: string) {
  await db.loginThrottle.deleteMany({ where: { key: identifierKey(identifier) } });
}
