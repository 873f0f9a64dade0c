import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

export async function getAdminOverview(viewer: Viewer, now = new Date()) {
  assertAdmin(viewer);
  const [companies, people, validPassports, pendingEmails, blocked, accreditationRequests] = await Promise.all([
    db.company.count({ where: { status: "ACTIVE" } }),
    db.person.count({ where: { deletedAt: null } }),
    db.passport.count({ where: { status: "ACTIVE", expiresAt: { gt: now } } }),
    db.emailOutbox.count({ where: { status: "PENDING" } }),
    db.person.count({ where: { blockedAt: { not: null }, deletedAt: null } }),
    db.trainerAccreditation.count({ where: { status: "REQUESTED" } }),
  ]);
  return { companies, people, validPassports, pendingEmails, blocked, accreditationRequests };
}
