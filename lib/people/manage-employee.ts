// B7/B8: a referent corrects or deletes one of their employees. Deletion keeps the person
// for audit, disables the login, frees the e-mail address and revokes the passports, so
// that a check at the gate answers "Révoqué".
import "server-only";
import { searchNameOf } from "@/lib/people/person-data";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertCompany } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { openAccreditation, requestAccreditation, withdrawByCompany } from "@/lib/people/trainer-accreditation";
import { isId } from "@/lib/text";

async function ownEmployee(viewer: Viewer, personId: string) {
  assertCompany(viewer);
  if (!isId(personId)) throw new AccessDeniedError();
  const person = await db.person.findFirst({
    where: { id: personId, companyId: viewer.company.id, deletedAt: null },
    select: { id: true, firstName: true, lastName: true, accountId: true, roles: true, profile: { select: { code: true } } },
  });
  if (!person) throw new AccessDeniedError();
  return { person, companyId: viewer.company.id };
}

export async function getEmployeeForEdit(viewer: Viewer, personId: string, now = new Date()) {
  const { person } = await ownEmployee(viewer, personId);
  const accreditation = await openAccreditation(db, person.id, now);
  return {
    id: person.id,
    firstName: person.firstName,
    lastName: person.lastName,
    profileCode: person.profile?.code ?? "ADMINISTRATIF",
    /** asked for or approved: the box stays ticked; unticking withdraws it */
    isTrainer: accreditation !== null,
    accreditation,
    isController: person.roles.includes("CONTROLLER"),
  };
}

export async function updateEmployee(
  viewer: Viewer,
  input: { personId: string; firstName: string; lastName: string; profileCode: string; isTrainer: boolean; isController: boolean },
) {
  const { person, companyId } = await ownEmployee(viewer, input.personId);
  const roles = input.isController ? (["CONTROLLER"] as const) : [];
  await db.$transaction(async (tx) => {
    // the trainer role is asked of an administrator, never granted by the company (issue 17)
    const accreditation = await openAccreditation(tx, person.id);
    if (input.isTrainer && !accreditation)
      await requestAccreditation(tx, { personId: person.id, requestedById: viewer.accountId, companyId });
    if (!input.isTrainer && accreditation)
      await withdrawByCompany(tx, { personId: person.id, actorAccountId: viewer.accountId, companyId });
    const profile = await tx.profile.findUniqueOrThrow({ where: { code: input.profileCode }, select: { id: true } });
    await tx.person.update({
      where: { id: person.id },
      data: {
        firstName: input.firstName,
        lastName: input.lastName,
        searchName: searchNameOf(input.firstName, input.lastName),
        profileId: profile.id,
        roles: [...roles],
      },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "employee.updated",
      targetType: "Person",
      targetId: person.id,
      companyId,
      data: {
        before: { firstName: person.firstName, lastName: person.lastName, profile: person.profile?.code ?? null, roles: person.roles },
        after: { ...input, roles },
      },
    });
  });
}

export async function deleteEmployee(viewer: Viewer, personId: string, now = new Date()) {
  const { person, companyId } = await ownEmployee(viewer, personId);
  await db.$transaction((tx) =>
    deletePersonInTx(tx, {
      person,
      companyId,
      actorAccountId: viewer.accountId,
      action: "employee.deleted",
      reason: "Profil supprimé par l'entreprise",
      now,
    }),
  );
}

/**
 * B8, shared with the administrators' deletion: the login is disabled and its e-mail freed,
 * the passports revoked (the gate answers "Révoqué"), the person kept for the history.
 */
export async function deletePersonInTx(
  tx: Tx,
  input: {
    person: { id: string; accountId: string; firstName: string; lastName: string };
    companyId: string;
    actorAccountId: string;
    action: string;
    reason: string;
    now: Date;
  },
) {
  const { person, now } = input;
  const account = await tx.account.findUniqueOrThrow({
    where: { id: person.accountId },
    select: { email: true, uniqueId: true, company: { select: { id: true } } },
  });
  if (account.company) {
    // C1: this person logs in with the company login; deleting them would close it
    throw new UserFacingError(
      "Ce salarié se connecte avec le compte entreprise (espaces liés) : distinguez d'abord les espaces depuis « MES INFORMATIONS » de son espace collaborateur.",
    );
  }
  const revoked = await tx.passport.updateMany({
    where: { personId: person.id, status: "ACTIVE" },
    data: { status: "REVOKED", revokedAt: now, revokedReason: input.reason },
  });
  await tx.person.update({ where: { id: person.id }, data: { deletedAt: now } });
  await tx.account.update({
    where: { id: person.accountId },
    data: { disabledAt: now, email: null, credentialsVersion: { increment: 1 } },
  });
  await audit(tx, {
    actorAccountId: input.actorAccountId,
    action: input.action,
    targetType: "Person",
    targetId: person.id,
    companyId: input.companyId,
    data: {
      name: `${person.firstName} ${person.lastName}`,
      email: account.email,
      uniqueId: account.uniqueId,
      passportsRevoked: revoked.count,
    },
  });
}
