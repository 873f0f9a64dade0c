// Issue 17, item 11: what administrators see of the checks that found nothing — forged or
// altered QR codes ("Falsifié") and unknown numbers ("Inconnu") — with where they came from.
import "server-only";
import { readDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

const select = {
  id: true,
  checkedAt: true,
  result: true,
  channel: true,
  queriedNumber: true,
  address: true,
  checkedBy: { select: { firstName: true, lastName: true, company: { select: { name: true } } } },
} as const;

export async function listSuspiciousChecks(viewer: Viewer, { take = 200, now = new Date() } = {}) {
  assertAdmin(viewer);
  const since = new Date(now.getTime() - 7 * 86_400_000);
  // one query per result, each the start of a range of the index on (result, checkedAt), then
  // merged: "result IN (…) ORDER BY checkedAt" sorted every forged and unknown check ever made
  // (issue 16: 110,000 of them at 10 million checks)
  const latest = (result: "FORGED" | "UNKNOWN") =>
    readDb.passportCheck.findMany({ where: { result }, orderBy: [{ checkedAt: "desc" }, { id: "desc" }], take, select });
  const [forged, unknown, forgedThisWeek, unknownThisWeek] = await Promise.all([
    latest("FORGED"),
    latest("UNKNOWN"),
    readDb.passportCheck.count({ where: { result: "FORGED", checkedAt: { gte: since } } }),
    readDb.passportCheck.count({ where: { result: "UNKNOWN", checkedAt: { gte: since } } }),
  ]);
  const rows = [...forged, ...unknown]
    .sort((a, b) => b.checkedAt.getTime() - a.checkedAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
    .slice(0, take);
  return { rows, forgedThisWeek, unknownThisWeek };
}
