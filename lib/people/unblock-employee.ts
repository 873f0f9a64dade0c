// B10: the referent unblocks a learner blocked after repeated failures; the learner may
// then retry the module (its failure count starts again).
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertCompany } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";

export async function unblockEmployee(viewer: Viewer, personId: string, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  return db.$transaction(async (tx) => {
    const person = await tx.person.findFirst({
      where: { id: personId, companyId, deletedAt: null },
      select: { id: true, blockedAt: true, blockedModuleId: true },
    });
    if (!person) throw new AccessDeniedError();
    if (!person.blockedAt) return { unblocked: false };
    await clearBlock(tx, person);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "learner.unblocked",
      targetType: "Person",
      targetId: person.id,
      companyId,
      data: { at: now.toISOString() },
    });
    return { unblocked: true };
  });
}

/** Lifts the block and lets the module be tried again (its failure count starts again). */
export async function clearBlock(tx: Tx, person: { id: string; blockedModuleId: string | null }) {
  await tx.person.update({ where: { id: person.id }, data: { blockedAt: null, blockedModuleId: null } });
  if (person.blockedModuleId) {
    await tx.moduleProgress.updateMany({
      where: { moduleId: person.blockedModuleId, passedAt: null, path: { personId: person.id, completedAt: null } },
      data: { failedAttempts: 0 },
    });
  }
}
