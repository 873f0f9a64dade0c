// Issue 11, item 3 "changer le référent": an administrator names a company's new referent
// when the current one cannot pass the relay (left the company, lost access). The same
// invitation as the referent's own handover (C4): the new referent sets their own password
// and the company login moves to their e-mail only then; the current referent is told.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { UserFacingError } from "@/lib/errors";
import { isId } from "@/lib/text";
import { inviteReferent } from "@/lib/companies/referent-handover";
import type { HandoverInput } from "@/lib/companies/referent-handover.schema";

export async function changeReferent(viewer: Viewer, companyId: string, input: HandoverInput, now = new Date()) {
  assertAdmin(viewer);
  if (!isId(companyId)) throw new UserFacingError("Entreprise introuvable.");
  return db.$transaction(async (tx) => {
    const [locked] = await tx.$queryRaw<{ status: string }[]>`SELECT "status"::text FROM "Company" WHERE "id" = ${companyId} FOR UPDATE`;
    if (!locked) throw new UserFacingError("Entreprise introuvable.");
    if (locked.status !== "ACTIVE" && locked.status !== "SUSPENDED")
      throw new UserFacingError("Le référent ne peut être changé que pour une entreprise inscrite (active ou suspendue).");
    return inviteReferent(tx, { companyId, actorAccountId: viewer.accountId, byAdmin: true }, input, now);
  });
}
