// B2: the company reads and edits its information; the referent's e-mail is the company
// login. Also the tool that moves every employee's e-mail to a new domain at once.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { assertIdentifiersFree } from "@/lib/companies/conflicts";
import { companyColumns, type CompanyInfoInput } from "@/lib/companies/company.schema";

export async function getCompanyInfo(viewer: Viewer) {
  assertCompany(viewer);
  return db.company.findUniqueOrThrow({
    where: { id: viewer.company.id },
    select: {
      name: true,
      kind: true,
      siret: true,
      vatNumber: true,
      memberNumber: true,
      regions: true,
      referentLastName: true,
      referentFirstName: true,
      referentEmail: true,
    },
  });
}

/** Returns whether the password changed (the session must then log in again). */
export async function updateCompanyInfo(viewer: Viewer, input: CompanyInfoInput) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const passwordHash = input.newPassword ? await hashPassword(input.newPassword) : null;
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { accountId: true, referentEmail: true } });
    await assertIdentifiersFree(tx, {
      siret: input.siret,
      vatNumber: input.vatNumber,
      email: input.referentEmail,
      companyId,
      accountId: company.accountId,
    });

    await tx.company.update({
      where: { id: companyId },
      data: {
        ...companyColumns(input),
      },
    });
    if (company.accountId) {
      await tx.account.update({
        where: { id: company.accountId },
        data: { email: input.referentEmail, ...(passwordHash ? { passwordHash, credentialsVersion: { increment: 1 } } : {}) },
      });
    }
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.updated",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: {
        name: input.name,
        siret: input.siret,
        vatNumber: input.vatNumber,
        referentEmail: input.referentEmail,
        passwordChanged: Boolean(passwordHash),
      },
    });
    return { passwordChanged: Boolean(passwordHash) };
  });
}

async function domainChanges(companyId: string, from: string, to: string) {
  const accounts = await db.account.findMany({
    // the company login itself (C1: linked to the referent's person) changes in B2, not here
    where: { email: { endsWith: `@${from}` }, person: { companyId, deletedAt: null }, company: { is: null } },
    select: { id: true, email: true, person: { select: { firstName: true, lastName: true } } },
    orderBy: { email: "asc" },
  });
  const changes = accounts.map((a) => ({
    accountId: a.id,
    name: `${a.person!.firstName} ${a.person!.lastName.toUpperCase()}`,
    from: a.email!,
    to: a.email!.replace(/@[^@]+$/, `@${to}`),
  }));
  const taken = await db.account.findMany({ where: { email: { in: changes.map((c) => c.to) } }, select: { email: true } });
  const takenSet = new Set(taken.map((t) => t.email));
  return changes.map((c) => ({ ...c, conflict: takenSet.has(c.to) }));
}

/** The preview shown before confirming: who changes, and which new addresses are taken. */
export async function previewDomainChange(viewer: Viewer, from: string, to: string) {
  assertCompany(viewer);
  return (await domainChanges(viewer.company.id, from, to)).map(({ accountId: _id, ...c }) => c);
}

export async function applyDomainChange(viewer: Viewer, from: string, to: string) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const changes = await domainChanges(companyId, from, to);
  if (changes.length === 0) throw new UserFacingError(`Aucun salarié n'a d'adresse en @${from}.`);
  if (changes.some((c) => c.conflict))
    throw new UserFacingError(
      "Certaines nouvelles adresses appartiennent déjà à un autre compte : corrigez-les avant de changer le domaine.",
    );
  await db.$transaction(async (tx) => {
    for (const c of changes) await tx.account.update({ where: { id: c.accountId }, data: { email: c.to } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "company.email-domain-changed",
      targetType: "Company",
      targetId: companyId,
      companyId,
      data: { from, to, count: changes.length },
    });
  });
  return { changed: changes.length };
}
