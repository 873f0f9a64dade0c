import "server-only";
import { db } from "@/lib/db";
import { assertPerson } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { passportSummarySelect } from "@/lib/passports/passport-summary";

/** D5 "Mes passeports sécurité": the viewer's own passports, newest first. */
export async function listOwnPassports(viewer: Viewer) {
  assertPerson(viewer);
  return db.passport.findMany({
    where: { personId: viewer.person.id },
    orderBy: { issuedAt: "desc" },
    select: passportSummarySelect,
  });
}
