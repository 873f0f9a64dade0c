// Item 4 of issue 17: a stolen session must not become a permanent takeover. Changing a
// login's e-mail or password asks for the current password (throttled per account); a new
// e-mail becomes the login only once the link sent to it is opened; the login's address is
// told of every password change, reset and e-mail change; and every session of the account
// ends on each of them. Used by the company information (B2) and by MES INFORMATIONS.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { verifyPassword } from "@/lib/auth/password";
import { isLocked, recordFailure, type ThrottleRule } from "@/lib/auth/throttle";
import { checkPasswordToken, consumePasswordToken, createPasswordToken, TOKEN_VALIDITY_HOURS } from "@/lib/auth/password-token";
import { revokeAccountSessions } from "@/lib/auth/auth-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { formatDateTime } from "@/lib/format";

// someone holding a session could otherwise guess the password at leisure
const CURRENT_PASSWORD_RULE: ThrottleRule = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };

export const CURRENT_PASSWORD_ERRORS = {
  MISSING: "Saisissez votre mot de passe actuel pour changer l'adresse e-mail ou le mot de passe.",
  WRONG: "Mot de passe actuel incorrect.",
  LOCKED: "Trop d'essais du mot de passe actuel : réessayez dans 15 minutes.",
} as const;

/** Proves that whoever holds the session knows the account's password. */
export async function assertCurrentPassword(accountId: string, password: string | undefined | null, now = new Date()) {
  const refuse = (message: string) => new UserFacingError(message, { currentPassword: message });
  if (!password) throw refuse(CURRENT_PASSWORD_ERRORS.MISSING);
  const key = [{ key: `pw:${accountId}`, rule: CURRENT_PASSWORD_RULE }];
  if (await isLocked(key, now)) throw refuse(CURRENT_PASSWORD_ERRORS.LOCKED);
  const account = await db.account.findUnique({ where: { id: accountId }, select: { passwordHash: true } });
  if (!account?.passwordHash || !(await verifyPassword(account.passwordHash, password))) {
    await recordFailure(key, now);
    throw refuse(CURRENT_PASSWORD_ERRORS.WRONG);
  }
}

const forgotten = () => ({ label: "Redéfinir mon mot de passe", url: `${publicUrl()}/mot-de-passe-oublie` });

/**
 * A new password for a login, inside the caller's transaction: the hash, the end of every
 * session of the account, and the notice to the login's address (when it has one).
 */
export async function applyPasswordChange(
  tx: Tx,
  input: { accountId: string; passwordHash: string; notify: string | null; how: "CHANGED" | "RESET"; now: Date },
) {
  await tx.account.update({
    where: { id: input.accountId },
    data: { passwordHash: input.passwordHash, mustSetPassword: false, credentialsVersion: { increment: 1 } },
  });
  await revokeAccountSessions(tx, input.accountId, input.how === "RESET" ? "PASSWORD_RESET" : "PASSWORD_CHANGED", input.now);
  // a pending change of address dies with the old password: the notice of a request tells
  // the owner that resetting the password cancels it
  await tx.passwordToken.updateMany({
    where: { accountId: input.accountId, purpose: "EMAIL_CHANGE", usedAt: null },
    data: { usedAt: input.now },
  });
  if (!input.notify) return;
  await enqueueEmail(tx, {
    to: input.notify,
    template: input.how === "RESET" ? "password-reset-done" : "password-changed",
    subject: "Le mot de passe de votre compte Passeport Sécurité a changé",
    paragraphs: [
      input.how === "RESET"
        ? `Le mot de passe du compte ${input.notify} a été redéfini le ${formatDateTime(input.now)} avec un lien « Mot de passe oublié ».`
        : `Le mot de passe du compte ${input.notify} a été changé le ${formatDateTime(input.now)}.`,
      "Toutes les sessions ouvertes avec ce compte ont été fermées.",
      "Si vous n'êtes pas à l'origine de ce changement, redéfinissez tout de suite votre mot de passe avec le lien ci-dessous, puis prévenez le référent de votre entreprise ou l'UNPG.",
    ],
    action: forgotten(),
  });
}

export const emailChangeLink = (token: string) => `${publicUrl()}/confirmer-adresse/${token}`;

/** The new address waiting for its link to be opened, if any. */
export async function pendingEmailChange(accountId: string, now = new Date()) {
  const row = await db.passwordToken.findFirst({
    where: { accountId, purpose: "EMAIL_CHANGE", usedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    select: { sentTo: true, expiresAt: true },
  });
  return row?.sentTo ? { email: row.sentTo, expiresAt: row.expiresAt } : null;
}

export const EMAIL_TAKEN = "Cette adresse e-mail est déjà utilisée par un autre compte.";

/**
 * Asks for a new login e-mail, inside the caller's transaction: a single-use link to the new
 * address (earlier requests die), and a notice to the current one. Nothing else changes yet.
 */
export async function startEmailChange(
  tx: Tx,
  input: { accountId: string; currentEmail: string | null; newEmail: string; actorAccountId: string; field: string; now: Date },
) {
  const taken = await tx.account.findFirst({ where: { email: input.newEmail, id: { not: input.accountId } }, select: { id: true } });
  if (taken) throw new UserFacingError(EMAIL_TAKEN, { [input.field]: EMAIL_TAKEN });
  await tx.passwordToken.updateMany({
    where: { accountId: input.accountId, purpose: "EMAIL_CHANGE", usedAt: null },
    data: { usedAt: input.now },
  });
  const { token } = await createPasswordToken(tx, {
    accountId: input.accountId,
    purpose: "EMAIL_CHANGE",
    sentTo: input.newEmail,
    now: input.now,
  });
  await enqueueEmail(tx, {
    to: input.newEmail,
    template: "email-change-confirm",
    subject: "Confirmez votre nouvelle adresse de connexion Passeport Sécurité",
    paragraphs: [
      `Cette adresse a été indiquée comme nouvelle adresse de connexion au Passeport Sécurité${input.currentEmail ? ` à la place de ${input.currentEmail}` : ""}.`,
      `Elle ne sera utilisée qu'après votre confirmation, avec le lien ci-dessous (valable ${TOKEN_VALIDITY_HOURS} heures). Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.`,
    ],
    action: { label: "Confirmer ma nouvelle adresse", url: emailChangeLink(token) },
  });
  if (input.currentEmail) {
    await enqueueEmail(tx, {
      to: input.currentEmail,
      template: "email-change-requested",
      subject: "Demande de changement de votre adresse de connexion Passeport Sécurité",
      paragraphs: [
        `Le ${formatDateTime(input.now)}, il a été demandé de remplacer l'adresse de connexion ${input.currentEmail} par ${input.newEmail}. Le changement n'aura lieu que si le lien envoyé à la nouvelle adresse est ouvert.`,
        "Si vous n'êtes pas à l'origine de cette demande, redéfinissez tout de suite votre mot de passe avec le lien ci-dessous : la demande en attente sera annulée.",
      ],
      action: forgotten(),
    });
  }
  await audit(tx, {
    actorAccountId: input.actorAccountId,
    action: "account.email-change.requested",
    targetType: "Account",
    targetId: input.accountId,
    data: { from: input.currentEmail, to: input.newEmail },
  });
  return { token };
}

export const EMAIL_CHANGE_ERRORS = {
  UNKNOWN: "Ce lien de confirmation n'est pas valide. Vérifiez que vous avez copié l'adresse complète du courriel.",
  USED: "Ce lien a déjà servi, ou une demande plus récente l'a remplacé. Connectez-vous avec votre adresse de connexion actuelle.",
  EXPIRED: `Ce lien a expiré (il est valable ${TOKEN_VALIDITY_HOURS} heures) : refaites la demande de changement d'adresse.`,
  TAKEN: "Cette adresse est désormais utilisée par un autre compte : refaites la demande avec une autre adresse.",
} as const;

/** What the confirmation page shows, or why the link cannot be used. */
export async function readEmailChange(token: string, now = new Date()) {
  const check = await checkPasswordToken(token, now);
  if (!check.ok) return { ok: false as const, reason: check.reason };
  if (check.purpose !== "EMAIL_CHANGE") return { ok: false as const, reason: "UNKNOWN" as const };
  const row = await db.passwordToken.findUniqueOrThrow({
    where: { id: check.tokenId },
    select: { sentTo: true, account: { select: { email: true, uniqueId: true } } },
  });
  return { ok: true as const, newEmail: row.sentTo!, currentLogin: row.account.email ?? row.account.uniqueId };
}

/**
 * The link was opened and confirmed: the new address becomes the login (and the company's
 * referent address for a company login), every session of the account ends, and the
 * former address is told.
 */
export async function confirmEmailChange(token: string, now = new Date()) {
  const check = await checkPasswordToken(token, now);
  if (!check.ok) throw new UserFacingError(EMAIL_CHANGE_ERRORS[check.reason]);
  if (check.purpose !== "EMAIL_CHANGE") throw new UserFacingError(EMAIL_CHANGE_ERRORS.UNKNOWN);
  return db.$transaction(async (tx) => {
    if (!(await consumePasswordToken(tx, check.tokenId, now))) throw new UserFacingError(EMAIL_CHANGE_ERRORS.USED);
    const row = await tx.passwordToken.findUniqueOrThrow({
      where: { id: check.tokenId },
      select: { sentTo: true, account: { select: { id: true, email: true, disabledAt: true, company: { select: { id: true } } } } },
    });
    const newEmail = row.sentTo!;
    const account = row.account;
    if (account.disabledAt) throw new UserFacingError(EMAIL_CHANGE_ERRORS.UNKNOWN);
    if (await tx.account.findFirst({ where: { email: newEmail, id: { not: account.id } }, select: { id: true } })) {
      throw new UserFacingError(EMAIL_CHANGE_ERRORS.TAKEN);
    }
    await tx.account.update({ where: { id: account.id }, data: { email: newEmail, credentialsVersion: { increment: 1 } } });
    // B2: the company login's e-mail is the referent's address
    if (account.company) await tx.company.update({ where: { id: account.company.id }, data: { referentEmail: newEmail } });
    await revokeAccountSessions(tx, account.id, "EMAIL_CHANGED", now);
    if (account.email) {
      await enqueueEmail(tx, {
        to: account.email,
        template: "email-changed",
        subject: "Votre adresse de connexion Passeport Sécurité a changé",
        paragraphs: [
          `Depuis le ${formatDateTime(now)}, l'adresse de connexion de votre compte est ${newEmail} : ${account.email} ne permet plus de se connecter. Toutes les sessions ouvertes ont été fermées.`,
          "Si vous n'êtes pas à l'origine de ce changement, prévenez sans attendre le référent de votre entreprise ou l'UNPG.",
        ],
      });
    }
    await audit(tx, {
      actorAccountId: account.id,
      action: "account.email-change.confirmed",
      targetType: "Account",
      targetId: account.id,
      companyId: account.company?.id,
      data: { from: account.email, to: newEmail },
    });
    return { login: newEmail };
  });
}
