// B2: the company reads and edits its information; the referent's e-mail is the company
// login. Also the tool that moves every employee's e-mail to a new domain at once.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { applyPasswordChange, assertCurrentPassword, pendingEmailChange, startEmailChange } from "@/lib/auth/credential-change";
import { revokeAccountSessions } from "@/lib/auth/auth-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { assertIdentifiersFree } from "@/lib/companies/conflicts";
import { companyColumns, type CompanyInfoInput } from "@/lib/companies/company.schema";

export async function getCompanyInfo(viewer: Viewer) {
  assertCompany(viewer);
  const company = await db.company.findUniqueOrThrow({
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
      accountId: true,
    },
  });
  const { accountId, ...info } = company;
  // item 4 of issue 17: a new login address waiting for its confirmation link
  return { ...info, pendingEmail: accountId ? ((await pendingEmailChange(accountId))?.email ?? null) : null };
}

/**
 * B2 with item 4 of issue 17. The company login's e-mail or password changes only with the
 * current password; a new e-mail waits for the link sent to it (the referent's address and
 * the login stay as they are until then); a new password ends every session of the login
 * and is told to its address. Returns whether the password changed (the session must then
 * log in again) and the address waiting for its confirmation.
 */
export async function updateCompanyInfo(viewer: Viewer, input: CompanyInfoInput, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const current = await db.company.findUniqueOrThrow({
    where: { id: companyId },
    select: { accountId: true, referentEmail: true, account: { select: { email: true } } },
  });
  const login = current.accountId ? { id: current.accountId, email: current.account?.email ?? current.referentEmail } : null;
  const emailChanged = login !== null && input.referentEmail !== login.email;
  const passwordChanged = login !== null && Boolean(input.newPassword);
  if (login && (emailChanged || passwordChanged)) await assertCurrentPassword(login.id, input.currentPassword, now);
  const passwordHash = passwordChanged ? await hashPassword(input.newPassword!) : null;
  return db.$transaction(async (tx) => {
    await assertIdentifiersFree(tx, {
      siret: input.siret,
      vatNumber: input.vatNumber,
      email: input.referentEmail,
      companyId,
      accountId: current.accountId,
    });
    await tx.company.update({
      where: { id: companyId },
      // the referent's address is the login's: it changes when the new one is confirmed
      data: { ...companyColumns(input), referentEmail: login ? current.referentEmail : input.referentEmail },
    });
    // the password first: a new password cancels pending address changes, not this one
    if (login && passwordHash)
      await applyPasswordChange(tx, { accountId: login.id, passwordHash, notify: login.email, how: "CHANGED", now });
    if (login && emailChanged) {
      await startEmailChange(tx, {
        accountId: login.id,
        currentEmail: login.email,
        newEmail: input.referentEmail,
        actorAccountId: viewer.accountId,
        field: "referentEmail",
        now,
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
        emailChangeRequested: emailChanged,
        passwordChanged,
      },
    });
    return { passwordChanged, pendingEmail: emailChanged ? input.referentEmail : null };
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
  const now = new Date();
  await db.$transaction(async (tx) => {
    for (const c of changes) {
      await tx.account.update({ where: { id: c.accountId }, data: { email: c.to, credentialsVersion: { increment: 1 } } });
      // issue 17, item 4: every change of a login's address is told to the former one and ends its sessions
      await revokeAccountSessions(tx, c.accountId, "EMAIL_CHANGED", now);
      await enqueueEmail(tx, {
        to: c.from,
        template: "email-changed",
        subject: "Votre adresse de connexion Passeport Sécurité a changé",
        paragraphs: [
          `Le référent de votre entreprise a remplacé votre adresse de connexion ${c.from} par ${c.to} (changement de nom de domaine). Connectez-vous désormais avec ${c.to} et votre mot de passe habituel.`,
          "Si ce changement vous surprend, rapprochez-vous du référent de votre entreprise.",
        ],
      });
    }
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
