// Item 5 of issue 17 (SPEC H1): administrators give a second factor after their password.
// The password opens an AuthSession that opens nothing (lib/auth/viewer.ts: SECOND_FACTOR)
// until, within 10 minutes, a TOTP code or a recovery code is given here. At the first
// login the administrator enrols an authenticator app (QR code or manual key, confirmed by
// a first code) and receives 10 single-use recovery codes, shown once and stored hashed.
// Wrong codes are throttled per account: the 5th within 15 minutes ends the pending session
// and refuses codes for 15 minutes (only someone who knows the password gets that far).
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import QRCode from "qrcode";
import { db, type Tx } from "@/lib/db";
import { isLocked, recordFailure, type ThrottleRule } from "@/lib/auth/throttle";
import { revokeAccountSessions, revokeSession, SESSION_RULES } from "@/lib/auth/auth-session";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatDateTime } from "@/lib/format";
import { matchingStep, newTotpSecret, openSecret, otpauthUri, sealSecret } from "@/lib/auth/totp";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { assertAdmin } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";

export const RECOVERY_CODE_COUNT = 10;
const CODE_RULE: ThrottleRule = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 };
const codeKey = (accountId: string) => [{ key: `2fa:${accountId}`, rule: CODE_RULE }];

export const SECOND_FACTOR_ERRORS = {
  NO_PENDING: "Votre connexion a expiré\u202f: saisissez à nouveau votre e-mail et votre mot de passe.",
  WRONG: "Code incorrect. Saisissez le code à 6 chiffres affiché maintenant par votre application, ou un code de secours.",
  REPLAYED: "Ce code vient déjà de servir\u202f: attendez que votre application en affiche un nouveau.",
  LOCKED: "Trop de codes incorrects\u202f: reconnectez-vous dans 15 minutes.",
  ENDED: "Trop de codes incorrects\u202f: la connexion a été fermée. Reconnectez-vous dans 15 minutes.",
  ENROLLED: "Une application d'authentification est déjà enregistrée pour ce compte.",
  WRONG_TOTP: "Code incorrect\u202f: saisissez les 6 chiffres affichés maintenant par votre application d'authentification.",
  UNREADABLE:
    "Le secret de votre application d'authentification ne peut plus être lu (clé de chiffrement changée)\u202f: utilisez un code de secours.",
} as const;

const codeError = (message: string) => new UserFacingError(message, { code: message });

/** The session waiting for its second factor (never an already complete one). */
async function pendingSession(sessionId: string, now: Date) {
  const row = await db.authSession.findUnique({
    where: { id: sessionId },
    select: {
      accountId: true,
      createdAt: true,
      revokedAt: true,
      secondFactorAt: true,
      pendingTotpSecret: true,
      account: { select: { email: true, isAdmin: true, disabledAt: true } },
    },
  });
  const fresh = (r: NonNullable<typeof row>) => now.getTime() - r.createdAt.getTime() <= SESSION_RULES.secondFactorMinutes * 60_000;
  if (!row || row.revokedAt || row.secondFactorAt || !row.account.isAdmin || row.account.disabledAt || !fresh(row)) {
    throw codeError(SECOND_FACTOR_ERRORS.NO_PENDING);
  }
  return row;
}

async function failure(sessionId: string, accountId: string, message: string, now: Date): Promise<never> {
  await recordFailure(codeKey(accountId), now);
  if (await isLocked(codeKey(accountId), now)) {
    await revokeSession(sessionId, "SECOND_FACTOR_FAILED", now);
    throw codeError(SECOND_FACTOR_ERRORS.ENDED);
  }
  throw codeError(message);
}

const digest = (code: string) => createHash("sha256").update(code).digest("hex");
/** "ABCD-EFGH-JKLM" from any case, spaces or dashes. */
const normalizeRecovery = (code: string) => code.toUpperCase().replace(/[^A-Z0-9]/g, "");
const RECOVERY_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"; // no I, O, 0, 1

function newRecoveryCode() {
  const bytes = randomBytes(12);
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32]).join(""); // 12 × 5 = 60 bits
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
}

/** Replaces the account's recovery codes; returns the new ones, to be shown once. */
export async function replaceRecoveryCodes(tx: Tx, accountId: string) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await tx.recoveryCode.deleteMany({ where: { accountId } });
  await tx.recoveryCode.createMany({ data: codes.map((c) => ({ accountId, codeHash: digest(normalizeRecovery(c)) })) });
  return codes;
}

/** What the enrolment step shows: the QR code, the key to type by hand, and the URI. */
export async function enrolmentOffer(sessionId: string, now = new Date()) {
  const row = await pendingSession(sessionId, now);
  if (await db.totpFactor.findUnique({ where: { accountId: row.accountId }, select: { accountId: true } })) {
    throw codeError(SECOND_FACTOR_ERRORS.ENROLLED);
  }
  let secret = row.pendingTotpSecret ? openSecret(row.pendingTotpSecret) : null;
  if (!secret) {
    secret = newTotpSecret();
    await db.authSession.update({ where: { id: sessionId }, data: { pendingTotpSecret: sealSecret(secret) } });
  }
  const uri = otpauthUri(secret, row.account.email ?? "administrateur");
  return {
    qrDataUrl: await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 }),
    manualKey: secret.match(/.{1,4}/g)!.join(" "),
    uri,
  };
}

/** The first code from the app confirms the enrolment and completes this login. */
export async function confirmEnrolment(sessionId: string, code: string, now = new Date()) {
  const row = await pendingSession(sessionId, now);
  if (await isLocked(codeKey(row.accountId), now)) throw codeError(SECOND_FACTOR_ERRORS.LOCKED);
  const secret = row.pendingTotpSecret ? openSecret(row.pendingTotpSecret) : null;
  if (!secret) throw codeError(SECOND_FACTOR_ERRORS.NO_PENDING);
  const step = matchingStep(secret, code, now);
  if (step === null) return failure(sessionId, row.accountId, SECOND_FACTOR_ERRORS.WRONG, now);
  return db.$transaction(async (tx) => {
    if (await tx.totpFactor.findUnique({ where: { accountId: row.accountId }, select: { accountId: true } })) {
      throw codeError(SECOND_FACTOR_ERRORS.ENROLLED);
    }
    await tx.totpFactor.create({ data: { accountId: row.accountId, secret: sealSecret(secret), lastUsedStep: step, confirmedAt: now } });
    const recoveryCodes = await replaceRecoveryCodes(tx, row.accountId);
    await tx.authSession.update({ where: { id: sessionId }, data: { secondFactorAt: now, lastSeenAt: now, pendingTotpSecret: null } });
    await tx.loginThrottle.deleteMany({ where: { key: codeKey(row.accountId)[0].key } });
    await audit(tx, { actorAccountId: row.accountId, action: "admin.totp.enrolled", targetType: "Account", targetId: row.accountId });
    return { recoveryCodes };
  });
}

/**
 * A TOTP code (6 digits, each step once) or a recovery code (once) completes the login.
 * Returns how many recovery codes are left when one was used.
 */
export async function verifySecondFactor(sessionId: string, code: string, now = new Date()) {
  const row = await pendingSession(sessionId, now);
  if (await isLocked(codeKey(row.accountId), now)) throw codeError(SECOND_FACTOR_ERRORS.LOCKED);
  const factor = await db.totpFactor.findUnique({ where: { accountId: row.accountId }, select: { secret: true } });
  if (!factor) throw codeError(SECOND_FACTOR_ERRORS.NO_PENDING);
  const complete = async (tx: Tx, how: string) => {
    await tx.authSession.update({ where: { id: sessionId }, data: { secondFactorAt: now, lastSeenAt: now } });
    await tx.loginThrottle.deleteMany({ where: { key: codeKey(row.accountId)[0].key } });
    await audit(tx, {
      actorAccountId: row.accountId,
      action: `admin.second-factor.${how}`,
      targetType: "Account",
      targetId: row.accountId,
    });
  };

  if (/^\s*\d{3}\s?\d{3}\s*$/.test(code)) {
    const secret = openSecret(factor.secret);
    if (!secret) throw codeError(SECOND_FACTOR_ERRORS.UNREADABLE);
    const step = matchingStep(secret, code, now);
    if (step === null) return failure(sessionId, row.accountId, SECOND_FACTOR_ERRORS.WRONG, now);
    return db.$transaction(async (tx) => {
      // a step serves once: a code seen over a shoulder or replayed is refused (RFC 6238 §5.2)
      const { count } = await tx.totpFactor.updateMany({
        where: { accountId: row.accountId, lastUsedStep: { lt: step } },
        data: { lastUsedStep: step },
      });
      if (count === 0) throw codeError(SECOND_FACTOR_ERRORS.REPLAYED);
      await complete(tx, "totp");
      return { recoveryCodesLeft: null };
    });
  }

  const normalized = normalizeRecovery(code);
  if (normalized.length !== 12) return failure(sessionId, row.accountId, SECOND_FACTOR_ERRORS.WRONG, now);
  const used = await db.$transaction(async (tx) => {
    const { count } = await tx.recoveryCode.updateMany({
      where: { accountId: row.accountId, codeHash: digest(normalized), usedAt: null },
      data: { usedAt: now },
    });
    if (count === 0) return null;
    await complete(tx, "recovery-code");
    return { recoveryCodesLeft: await tx.recoveryCode.count({ where: { accountId: row.accountId, usedAt: null } }) };
  });
  return used ?? failure(sessionId, row.accountId, SECOND_FACTOR_ERRORS.WRONG, now);
}

/** The signed-in administrator's recovery codes still unused (their security page). */
export async function recoveryCodesLeft(viewer: Viewer) {
  assertAdmin(viewer);
  return db.recoveryCode.count({ where: { accountId: viewer.accountId, usedAt: null } });
}

/**
 * Checks the signed-in administrator's current TOTP code before a sensitive change (someone
 * at an unattended session cannot act in their name); `useStep` then spends it, in the
 * transaction of the change.
 */
async function checkOwnCode(accountId: string, code: string, now: Date) {
  if (await isLocked(codeKey(accountId), now)) throw codeError(SECOND_FACTOR_ERRORS.LOCKED);
  const factor = await db.totpFactor.findUnique({ where: { accountId }, select: { secret: true } });
  const secret = factor ? openSecret(factor.secret) : null;
  const step = secret ? matchingStep(secret, code, now) : null;
  if (step === null) {
    await recordFailure(codeKey(accountId), now);
    throw codeError(SECOND_FACTOR_ERRORS.WRONG_TOTP);
  }
  return step;
}

async function useStep(tx: Tx, accountId: string, step: number) {
  const { count } = await tx.totpFactor.updateMany({ where: { accountId, lastUsedStep: { lt: step } }, data: { lastUsedStep: step } });
  if (count === 0) throw codeError(SECOND_FACTOR_ERRORS.REPLAYED);
}

/** New recovery codes for the signed-in administrator, with a current TOTP code. The old codes die. */
export async function renewRecoveryCodes(viewer: Viewer, code: string, now = new Date()) {
  assertAdmin(viewer);
  const accountId = viewer.accountId;
  const step = await checkOwnCode(accountId, code, now);
  return db.$transaction(async (tx) => {
    await useStep(tx, accountId, step);
    const recoveryCodes = await replaceRecoveryCodes(tx, accountId);
    await audit(tx, { actorAccountId: accountId, action: "admin.recovery-codes.renewed", targetType: "Account", targetId: accountId });
    return { recoveryCodes };
  });
}

/** The administrators' accounts and the state of their second factor ("SÉCURITÉ DU COMPTE"). */
export async function listAdministrators(viewer: Viewer) {
  assertAdmin(viewer);
  const rows = await db.account.findMany({
    where: { isAdmin: true },
    orderBy: { email: "asc" },
    select: {
      id: true,
      email: true,
      disabledAt: true,
      lastLoginAt: true,
      totpFactor: { select: { confirmedAt: true } },
      _count: { select: { recoveryCodes: { where: { usedAt: null } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    disabled: Boolean(r.disabledAt),
    lastLoginAt: r.lastLoginAt,
    enrolledAt: r.totpFactor?.confirmedAt ?? null,
    recoveryCodesLeft: r._count.recoveryCodes,
    isViewer: r.id === viewer.accountId,
  }));
}

export const RESET_ERRORS = {
  SELF: "Vous ne pouvez pas réinitialiser votre propre double authentification : utilisez un code de secours, puis générez-en de nouveaux.",
  UNKNOWN: "Cet administrateur n'existe pas ou n'est plus administrateur.",
} as const;

/**
 * Another administrator lost their authenticator app and their recovery codes: a signed-in
 * administrator, confirming with their own current code, removes that account's factor and
 * codes. Its sessions end; at its next login it enrols a new app (and gets new codes), as at
 * a first login. Audited; the account's owner is told by e-mail.
 */
export async function resetSecondFactor(viewer: Viewer, targetAccountId: string, code: string, now = new Date()) {
  assertAdmin(viewer);
  if (targetAccountId === viewer.accountId) throw new UserFacingError(RESET_ERRORS.SELF);
  const target = await db.account.findUnique({ where: { id: targetAccountId }, select: { email: true, isAdmin: true } });
  if (!target?.isAdmin) throw new UserFacingError(RESET_ERRORS.UNKNOWN);
  const step = await checkOwnCode(viewer.accountId, code, now);
  return db.$transaction(async (tx) => {
    await useStep(tx, viewer.accountId, step);
    const factor = await tx.totpFactor.deleteMany({ where: { accountId: targetAccountId } });
    const codes = await tx.recoveryCode.deleteMany({ where: { accountId: targetAccountId } });
    const sessionsEnded = await revokeAccountSessions(tx, targetAccountId, "SECOND_FACTOR_CHANGED", now);
    await tx.loginThrottle.deleteMany({ where: { key: codeKey(targetAccountId)[0].key } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "admin.second-factor.reset",
      targetType: "Account",
      targetId: targetAccountId,
      data: { hadFactor: factor.count > 0, recoveryCodesRemoved: codes.count, sessionsEnded },
    });
    if (target.email) {
      await enqueueEmail(tx, {
        to: target.email,
        template: "second-factor-reset",
        subject: "La double authentification de votre compte administrateur a été réinitialisée",
        paragraphs: [
          `La double authentification du compte ${target.email} a été réinitialisée le ${formatDateTime(now)} par l'administrateur ${viewer.email ?? ""}.`,
          "Toutes les sessions ouvertes avec ce compte ont été fermées. À votre prochaine connexion, vous enregistrerez à nouveau votre application d'authentification et recevrez de nouveaux codes de secours.",
          "Si vous n'avez rien demandé, prévenez tout de suite les autres administrateurs de la plateforme.",
        ],
      });
    }
    return { email: target.email };
  });
}
