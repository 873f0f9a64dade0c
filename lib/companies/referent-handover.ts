// C4 "Passage de relais". The referent names their successor (name, e-mail, which becomes
// the company login); the successor receives an invitation and sets their own password, so
// no password is ever shared. Until the invitation is accepted nothing changes; on
// acceptance the company login moves to the new e-mail and password, every open session of
// the old referent ends, and their pending links die. Every step is in the audit log.
import "server-only";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertCompany } from "@/lib/auth/access";
import { hashPassword } from "@/lib/auth/password";
import { passwordStrengthIssue } from "@/lib/auth/password-policy";
import { checkPasswordToken, consumePasswordToken, createPasswordToken, TOKEN_VALIDITY_HOURS } from "@/lib/auth/password-token";
import { publicUrl } from "@/lib/env";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import type { HandoverInput } from "@/lib/companies/referent-handover.schema";

export const handoverLink = (token: string) => `${publicUrl()}/relais/${token}`;

const who = (first: string, last: string) => `${first} ${last.toUpperCase()}`;

export async function getPendingHandover(viewer: Viewer) {
  assertCompany(viewer);
  return db.referentHandover.findFirst({
    where: { companyId: viewer.company.id, acceptedAt: null, cancelledAt: null, token: { usedAt: null } },
    orderBy: { requestedAt: "desc" },
    select: { id: true, newFirstName: true, newLastName: true, newEmail: true, requestedAt: true, token: { select: { expiresAt: true } } },
  });
}

async function cancelPending(tx: Tx, companyId: string, now: Date) {
  // the invitation's link stays unused: its page then says "annulée", and acceptance checks cancelledAt
  const { count } = await tx.referentHandover.updateMany({
    where: { companyId, acceptedAt: null, cancelledAt: null },
    data: { cancelledAt: now },
  });
  return count;
}

export async function requestHandover(viewer: Viewer, input: HandoverInput, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  return db.$transaction(async (tx) => {
    const company = await tx.company.findUniqueOrThrow({ where: { id: companyId }, select: { accountId: true } });
    if (!company.accountId || company.accountId !== viewer.accountId) throw new AccessDeniedError();
    return inviteReferent(tx, { companyId, actorAccountId: viewer.accountId, byAdmin: false }, input, now);
  });
}

/**
 * The invitation of a new referent, by the referent (C4) or by an administrator (issue 11,
 * "changer le référent", when the referent left without passing the relay): either way the
 * successor sets their own password through the link, and nothing changes until they do.
 */
export async function inviteReferent(
  tx: Tx,
  by: { companyId: string; actorAccountId: string; byAdmin: boolean },
  input: HandoverInput,
  now: Date,
) {
  const { companyId } = by;
  const company = await tx.company.findUniqueOrThrow({
    where: { id: companyId },
    select: {
      name: true,
      accountId: true,
      referentEmail: true,
      referentFirstName: true,
      referentLastName: true,
      spaceLink: { select: { id: true } },
    },
  });
  if (!company.accountId) throw new UserFacingError("Cette entreprise n'a pas de compte : il n'y a pas de référent à remplacer.");
  if (company.spaceLink) {
    throw new UserFacingError(
      by.byAdmin
        ? "Le référent a lié ses espaces : il doit d'abord les distinguer (« MES INFORMATIONS » de son espace collaborateur) avant tout passage de relais."
        : "Vos espaces sont liés : distinguez-les d'abord (« MES INFORMATIONS » de votre espace collaborateur, « Avoir un accès distinct à mon compte utilisateur »), puis passez le relais.",
    );
  }
  if (input.email === company.referentEmail)
    throw new UserFacingError("C'est déjà l'adresse du référent.", {
      email: by.byAdmin
        ? "C'est déjà l'adresse du référent actuel : saisissez celle du nouveau référent."
        : "C'est déjà l'adresse du référent actuel : saisissez celle de votre successeur.",
    });
  if (await tx.account.findUnique({ where: { email: input.email }, select: { id: true } })) {
    throw new UserFacingError("Cette adresse e-mail est déjà utilisée.", {
      email: "Cette adresse e-mail est déjà celle d'un autre compte : le compte entreprise a besoin d'une adresse qui lui soit propre.",
    });
  }
  await cancelPending(tx, companyId, now);
  const { id: tokenId, token } = await createPasswordToken(tx, {
    accountId: company.accountId,
    purpose: "REFERENT_INVITATION",
    sentTo: input.email,
    now,
  });
  const handover = await tx.referentHandover.create({
    data: {
      companyId,
      newFirstName: input.firstName,
      newLastName: input.lastName,
      newEmail: input.email,
      requestedById: by.actorAccountId,
      tokenId,
      requestedAt: now,
    },
    select: { id: true },
  });
  const from = by.byAdmin ? "L'administration du Passeport Sécurité" : who(company.referentFirstName, company.referentLastName);
  await enqueueEmail(tx, {
    to: input.email,
    template: "referent-invitation",
    subject: `Vous êtes désigné(e) référent Passeport Sécurité de ${company.name}`,
    paragraphs: [
      `Bonjour ${input.firstName},`,
      `${from} vous désigne comme nouveau référent Passeport Sécurité de ${company.name}. Vous gérerez le compte de l'entreprise sur la plateforme : les comptes et les passeports de ses salariés.`,
      `Pour accepter, choisissez votre mot de passe avec le lien ci-dessous (valable ${TOKEN_VALIDITY_HOURS} heures). Votre adresse (${input.email}) deviendra l'identifiant de connexion du compte entreprise.`,
    ],
    action: { label: "Accepter et choisir mon mot de passe", url: handoverLink(token) },
  });
  await enqueueEmail(tx, {
    to: company.referentEmail,
    template: "referent-handover-requested",
    subject: `Passage de relais demandé pour ${company.name}`,
    paragraphs: [
      `Bonjour ${company.referentFirstName},`,
      `${by.byAdmin ? "L'administration du Passeport Sécurité a envoyé une invitation" : "Une invitation a été envoyée"} à ${who(input.firstName, input.lastName)} (${input.email}). Dès qu'elle l'acceptera, l'adresse et le mot de passe du compte entreprise seront les siens et votre accès au compte entreprise prendra fin.`,
      by.byAdmin
        ? "Si cette demande vous surprend, contactez l'UNPG."
        : "Si vous n'êtes pas à l'origine de cette demande, connectez-vous et annulez-la depuis « INFORMATIONS ENTREPRISE ».",
    ],
  });
  await audit(tx, {
    actorAccountId: by.actorAccountId,
    action: by.byAdmin ? "referent.changed_by_admin" : "referent.handover.requested",
    targetType: "Company",
    targetId: companyId,
    companyId,
    data: { handoverId: handover.id, from: company.referentEmail, to: input.email, name: who(input.firstName, input.lastName) },
  });
  return { handoverId: handover.id };
}

export async function cancelHandover(viewer: Viewer, now = new Date()) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  await db.$transaction(async (tx) => {
    const count = await cancelPending(tx, companyId, now);
    if (count === 0) throw new UserFacingError("Aucun passage de relais n'est en attente.");
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "referent.handover.cancelled",
      targetType: "Company",
      targetId: companyId,
      companyId,
    });
  });
}

/** What the invitation page shows, or why the link cannot be used. */
export async function readInvitation(token: string, now = new Date()) {
  const check = await checkPasswordToken(token, now);
  if (!check.ok) return { ok: false as const, reason: check.reason };
  if (check.purpose !== "REFERENT_INVITATION") return { ok: false as const, reason: "UNKNOWN" as const };
  const handover = await db.referentHandover.findUnique({
    where: { tokenId: check.tokenId },
    select: {
      newFirstName: true,
      newLastName: true,
      newEmail: true,
      cancelledAt: true,
      company: { select: { name: true, referentFirstName: true, referentLastName: true } },
    },
  });
  if (!handover || handover.cancelledAt) return { ok: false as const, reason: "CANCELLED" as const };
  return {
    ok: true as const,
    companyName: handover.company.name,
    newReferent: who(handover.newFirstName, handover.newLastName),
    email: handover.newEmail,
    formerReferent: who(handover.company.referentFirstName, handover.company.referentLastName),
  };
}

export async function acceptHandover(token: string, password: string, now = new Date()) {
  const check = await checkPasswordToken(token, now);
  if (!check.ok || check.purpose !== "REFERENT_INVITATION")
    throw new UserFacingError(INVITATION_ERRORS[check.ok ? "UNKNOWN" : check.reason]);
  // the schema checked the password without knowing whose it is: again with the new referent's words
  const invitation = await readInvitation(token, now);
  const weak = invitation.ok
    ? await passwordStrengthIssue(password, [invitation.email, invitation.newReferent, invitation.companyName])
    : null;
  if (weak) throw new UserFacingError(weak, { password: weak });
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    const handover = await tx.referentHandover.findUnique({
      where: { tokenId: check.tokenId },
      select: {
        id: true,
        companyId: true,
        newFirstName: true,
        newLastName: true,
        newEmail: true,
        cancelledAt: true,
        company: {
          select: { accountId: true, referentEmail: true, referentFirstName: true, name: true, spaceLink: { select: { id: true } } },
        },
      },
    });
    if (!handover || handover.cancelledAt) throw new UserFacingError(INVITATION_ERRORS.CANCELLED);
    if (handover.company.accountId !== check.accountId) throw new UserFacingError(INVITATION_ERRORS.UNKNOWN);
    if (handover.company.spaceLink)
      throw new UserFacingError(
        "Le référent actuel a lié ses espaces depuis l'envoi de l'invitation : demandez-lui de les distinguer puis de vous inviter à nouveau.",
      );
    if (!(await consumePasswordToken(tx, check.tokenId, now))) throw new UserFacingError(INVITATION_ERRORS.USED);
    const taken = await tx.account.findUnique({ where: { email: handover.newEmail }, select: { id: true } });
    if (taken && taken.id !== check.accountId)
      throw new UserFacingError(
        "Cette adresse e-mail a été prise par un autre compte entre-temps : demandez au référent actuel de vous inviter avec une autre adresse.",
      );

    await tx.company.update({
      where: { id: handover.companyId },
      data: { referentFirstName: handover.newFirstName, referentLastName: handover.newLastName, referentEmail: handover.newEmail },
    });
    // the old referent's sessions end (credentials version) and their pending links die
    await tx.account.update({
      where: { id: check.accountId },
      data: { email: handover.newEmail, passwordHash, mustSetPassword: false, credentialsVersion: { increment: 1 } },
    });
    await tx.passwordToken.updateMany({ where: { accountId: check.accountId, usedAt: null }, data: { usedAt: now } });
    await tx.referentHandover.update({ where: { id: handover.id }, data: { acceptedAt: now } });
    await enqueueEmail(tx, {
      to: handover.company.referentEmail,
      template: "referent-handover-done",
      subject: `Passage de relais effectué pour ${handover.company.name}`,
      paragraphs: [
        `Bonjour ${handover.company.referentFirstName},`,
        `${who(handover.newFirstName, handover.newLastName)} a accepté l'invitation : il ou elle est désormais le référent Passeport Sécurité de ${handover.company.name}, et votre accès au compte entreprise a pris fin. Merci pour votre engagement.`,
      ],
    });
    await audit(tx, {
      actorAccountId: check.accountId,
      action: "referent.handover.accepted",
      targetType: "Company",
      targetId: handover.companyId,
      companyId: handover.companyId,
      data: { handoverId: handover.id, from: handover.company.referentEmail, to: handover.newEmail },
    });
    return { companyName: handover.company.name, login: handover.newEmail };
  });
}

export const INVITATION_ERRORS = {
  UNKNOWN: "Ce lien d'invitation n'est pas valide. Vérifiez que vous avez copié l'adresse complète du courriel.",
  USED: "Cette invitation a déjà été acceptée. Connectez-vous avec votre adresse e-mail et le mot de passe choisi.",
  EXPIRED: `Cette invitation a expiré (elle est valable ${TOKEN_VALIDITY_HOURS} heures) : demandez au référent actuel de vous inviter à nouveau.`,
  CANCELLED: "Cette invitation a été annulée par le référent actuel.",
} as const;
