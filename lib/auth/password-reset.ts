// A6/A7: "Mot de passe oublié ?" and the single-use links that set a password.
// The request answers the same, in the same time, whether or not the identifier exists; the
// link goes to the account's e-mail, or to the company referent's when the account has none.
import "server-only";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { hashPassword } from "@/lib/auth/password";
import { applyPasswordChange } from "@/lib/auth/credential-change";
import { passwordStrengthIssue } from "@/lib/auth/password-policy";
import { findAccountByIdentifier } from "@/lib/auth/verify-credentials";
import { checkPasswordToken, consumePasswordToken, createPasswordToken, TOKEN_ERRORS } from "@/lib/auth/password-token";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { isLocked, recordFailure, type ThrottleRule } from "@/lib/auth/throttle";
import { logger } from "@/lib/logger";

export const passwordLink = (token: string) => `${publicUrl()}/definir-mot-de-passe/${token}`;

// at most 3 reset e-mails per identifier and per hour: the form cannot be used to flood a mailbox
const RESET_RULE: ThrottleRule = { maxFailures: 3, windowMinutes: 60, lockMinutes: 60 };

/**
 * Item 9 of issue 17: "Mot de passe oublié" answers in the same time whatever the
 * identifier. Answering does no work that depends on it: the look-up, the link and the
 * e-mail are queued (`defer`: Next.js's `after` in the action, which runs once the answer
 * is sent) and their failures logged.
 */
export function acceptPasswordResetRequest(identifier: string, defer: (job: () => Promise<void>) => void, now = new Date()) {
  defer(async () => {
    try {
      await requestPasswordReset(identifier, now);
    } catch (err) {
      logger.error({ job: "password-reset", err }, "[password-reset] échec de l'envoi du lien");
    }
  });
}

/** The queued work of a request: the link and its e-mail when the identifier has an account. */
export async function requestPasswordReset(identifier: string, now = new Date()) {
  const key = [{ key: `reset:${identifier.trim().toLowerCase()}`, rule: RESET_RULE }];
  if (await isLocked(key, now)) return;
  await recordFailure(key, now);
  const found = await findAccountByIdentifier(identifier);
  if (!found || found.disabledAt) return;
  const account = await db.account.findUniqueOrThrow({
    where: { id: found.id },
    select: {
      id: true,
      email: true,
      uniqueId: true,
      person: { select: { firstName: true, lastName: true, deletedAt: true, company: { select: { referentEmail: true } } } },
    },
  });
  if (account.person?.deletedAt) return;
  const to = account.email ?? account.person?.company.referentEmail;
  if (!to) return;
  await db.$transaction(async (tx) => {
    const { token } = await createPasswordToken(tx, { accountId: account.id, purpose: "RESET", sentTo: to, now });
    const forReferent = !account.email && account.person;
    await enqueueEmail(tx, {
      to,
      template: "password-reset",
      subject: forReferent
        ? `Nouveau mot de passe pour ${account.person!.firstName} ${account.person!.lastName.toUpperCase()}`
        : "Redéfinir votre mot de passe Passeport Sécurité",
      paragraphs: forReferent
        ? [
            `${account.person!.firstName} ${account.person!.lastName.toUpperCase()} (ID unique ${account.uniqueId}) a demandé à redéfinir son mot de passe. Ce compte n'a pas d'adresse e-mail : transmettez-lui ce lien.`,
            "Le lien est valable 72 heures et ne sert qu'une fois.",
          ]
        : [
            "Vous avez demandé à redéfinir votre mot de passe.",
            "Le lien est valable 72 heures et ne sert qu'une fois. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.",
          ],
      action: { label: "Redéfinir mon mot de passe", url: passwordLink(token) },
    });
  });
}

/** The account's own words (e-mail, unique ID, names), refused as parts of its password. */
export async function passwordOwnerWords(accountId: string): Promise<string[]> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      email: true,
      uniqueId: true,
      person: { select: { firstName: true, lastName: true } },
      company: { select: { name: true, referentFirstName: true, referentLastName: true } },
    },
  });
  if (!account) return [];
  return [
    account.email,
    account.uniqueId,
    account.person?.firstName,
    account.person?.lastName,
    account.company?.name,
    account.company?.referentFirstName,
    account.company?.referentLastName,
  ].filter((w): w is string => Boolean(w));
}

/** Sets the password through a link; every session of the account ends, and a reset is told to its address. */
export async function setPasswordWithToken(token: string, password: string, now = new Date()) {
  const check = await checkPasswordToken(token, now);
  if (!check.ok) throw new UserFacingError(TOKEN_ERRORS[check.reason]);
  // C4: a referent invitation moves the company login; it is accepted on its own page only
  if (check.purpose === "REFERENT_INVITATION") throw new UserFacingError(TOKEN_ERRORS.UNKNOWN);
  // the schema checked the password without knowing whose it is: again with the account's words
  const weak = await passwordStrengthIssue(password, await passwordOwnerWords(check.accountId));
  if (weak) throw new UserFacingError(weak, { password: weak });
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    if (!(await consumePasswordToken(tx, check.tokenId, now))) throw new UserFacingError(TOKEN_ERRORS.USED);
    // a reset is told to the login's address; a first password is no change
    const account = await tx.account.findUniqueOrThrow({ where: { id: check.accountId }, select: { email: true } });
    await applyPasswordChange(tx, {
      accountId: check.accountId,
      passwordHash,
      notify: check.purpose === "RESET" ? account.email : null,
      how: "RESET",
      now,
    });
    await audit(tx, {
      actorAccountId: check.accountId,
      action: `password.set.${check.purpose.toLowerCase()}`,
      targetType: "Account",
      targetId: check.accountId,
    });
  });
}
