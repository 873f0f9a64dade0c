// Issue 17, item 11: what administrators see of the checks that found nothing — forged or
// altered QR codes ("Falsifié") and unknown numbers ("Inconnu") — with where they came from.
import "server-only";
import { readDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

export async function listSuspiciousChecks(viewer: Viewer, { take = 200, now = new Date() } = {}) {
  assertAdmin(viewer);
  const since = new Date(now.getTime() - 7 * 86_400_000);
  const where = { result: { in: ["FORGED" as const, "UNKNOWN" as const] } };
  const [rows, forgedThisWeek, unknownThisWeek] = await Promise.all([
    readDb.passportCheck.findMany({
      where,
      orderBy: { checkedAt: "desc" },
      take,
      select: {
        id: true,
        checkedAt: true,
        result: true,
        channel: true,
        queriedNumber: true,
        address: true,
        checkedBy: { select: { firstName: true, lastName: true, company: { select: { name: true } } } },
      },
    }),
    readDb.passportCheck.count({ where: { result: "FORGED", checkedAt: { gte: since } } }),
    readDb.passportCheck.count({ where: { result: "UNKNOWN", checkedAt: { gte: since } } }),
  ]);
  return { rows, forgedThisWeek, unknownThisWeek };
}
