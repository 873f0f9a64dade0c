import "server-only";
import { db } from "@/lib/db";
import { assertPerson } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";

/** D5 "Mes passeports sécurité": the viewer's own passports, newest first. */
export async function listOwnPassports(viewer: Viewer) {
  assertPerson(viewer);
  return db.passport.findMany({
    where: { personId: viewer.person.id },
    orderBy: { issuedAt: "desc" },
    select: {
      id: true,
      number: true,
      status: true,
      issuedAt: true,
      expiresAt: true,
      profile: { select: { name: true } },
      company: { select: { name: true } },
    },
  });
}
