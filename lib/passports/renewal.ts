// D6: renewal opens on the expiry day (Paris calendar), not only once the passport's last
// second is gone: the learner can start the new path the morning their passport ends. The
// passport itself stays valid at the gate until its expiry time.
import "server-only";
import { db } from "@/lib/db";
import { assertPerson } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { passportState } from "@/lib/passports/passport-status";
import { parisDaysBetween } from "@/lib/reminders/paris-time";

type PassportLike = { status: "ACTIVE" | "REVOKED"; expiresAt: Date };

/** A completed path gives way to a renewal path: the passport is no longer valid, or it ends today. */
export function renewalOpen(p: PassportLike, now: Date) {
  return passportState(p, now) !== "VALID" || parisDaysBetween(now, p.expiresAt) <= 0;
}

/** What the learner's dashboard says of their latest passport's end (within 90 days), if anything. */
export async function renewalNotice(viewer: Viewer, now = new Date()) {
  assertPerson(viewer);
  const latest = await db.passport.findFirst({
    where: { personId: viewer.person.id, status: "ACTIVE" },
    orderBy: { expiresAt: "desc" },
    select: { number: true, status: true, expiresAt: true },
  });
  if (!latest) return null;
  const daysLeft = parisDaysBetween(now, latest.expiresAt);
  if (renewalOpen(latest, now)) return { kind: "OPEN" as const, number: latest.number, expiresAt: latest.expiresAt, daysLeft };
  if (daysLeft <= 90) return { kind: "SOON" as const, number: latest.number, expiresAt: latest.expiresAt, daysLeft };
  return null;
}
