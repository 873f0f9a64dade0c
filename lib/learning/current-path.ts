// D3: the learner's current run through their profile's modules. A path is created on
// first use, with the modules common with SNBPE already passed when the learner's SNBPE
// passport is valid (B5). A completed path stays current while its passport is valid;
// from its expiry day (Paris), or when the profile changes, a new path starts (renewal, D6).
import "server-only";
import type { Tx } from "@/lib/db";
import { renewalOpen } from "@/lib/passports/renewal";

export async function ensureCurrentPath(tx: Tx, personId: string, now: Date) {
  const person = await tx.person.findUniqueOrThrow({
    where: { id: personId },
    select: { profileId: true, snbpePassport: { select: { expiresAt: true } } },
  });
  if (!person.profileId) return null;

  const latest = await tx.learningPath.findFirst({
    where: { personId, profileId: person.profileId },
    orderBy: { startedAt: "desc" },
    select: { id: true, completedAt: true, passport: { select: { status: true, expiresAt: true } } },
  });
  if (latest && (!latest.completedAt || (latest.passport && !renewalOpen(latest.passport, now)))) {
    return latest.id;
  }

  const modules = await tx.profileModule.findMany({
    // issue 12: a module enters new paths once published, and until archived
    where: { profileId: person.profileId, module: { active: true, currentVersionId: { not: null } } },
    orderBy: { position: "asc" },
    select: { moduleId: true, module: { select: { snbpeCommon: true } } },
  });
  const snbpeValid = person.snbpePassport ? person.snbpePassport.expiresAt > now : false;
  const path = await tx.learningPath.create({
    data: {
      personId,
      profileId: person.profileId,
      startedAt: now,
      progress: {
        create: modules.map((m) =>
          snbpeValid && m.module.snbpeCommon
            ? { moduleId: m.moduleId, passedAt: now, passedVia: "SNBPE" as const }
            : { moduleId: m.moduleId },
        ),
      },
    },
    select: { id: true },
  });
  return path.id;
}
