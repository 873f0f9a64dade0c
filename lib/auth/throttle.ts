// A5: login throttling. Counters live in PostgreSQL (one row per identifier and per
// client address) so that every app instance behind a load balancer shares them.
import "server-only";
import { db } from "@/lib/db";

export const THROTTLE = {
  identifier: { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 },
  address: { maxFailures: 30, windowMinutes: 15, lockMinutes: 15 },
} as const;

export type ThrottleRule = { maxFailures: number; windowMinutes: number; lockMinutes: number };
type Rule = ThrottleRule;

export function throttleKeys(identifier: string, address: string | null) {
  const keys: { key: string; rule: Rule }[] = [{ key: `id:${identifier.trim().toLowerCase()}`, rule: THROTTLE.identifier }];
  if (address) keys.push({ key: `ip:${address}`, rule: THROTTLE.address });
  return keys;
}

export async function isLocked(keys: { key: string }[], now = new Date()) {
  const rows = await db.loginThrottle.findMany({
    where: { key: { in: keys.map((k) => k.key) }, lockedUntil: { gt: now } },
    select: { key: true },
  });
  return rows.length > 0;
}

// One atomic statement per key: concurrent failures on several instances all count.
export async function recordFailure(keys: { key: string; rule: Rule }[], now = new Date()) {
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
  await db.loginThrottle.deleteMany({ where: { key: `id:${identifier.trim().toLowerCase()}` } });
}
