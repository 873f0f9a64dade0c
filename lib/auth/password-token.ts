// A6/A7/C4: single-use links, valid 72 hours. The link carries a random secret; only its
// SHA-256 is stored, so a database leak does not hand out working links.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { TokenPurpose } from "@/lib/generated/prisma/client";

export const TOKEN_VALIDITY_HOURS = 72;

const digest = (token: string) => createHash("sha256").update(token).digest("hex");

type TokenRequest = { accountId: string; purpose: TokenPurpose; sentTo: string | null; now?: Date };

/** A new link and the row that stores its hash (written by the caller: one or many at once). */
export function newPasswordToken(input: TokenRequest) {
  const now = input.now ?? new Date();
  const token = randomBytes(32).toString("base64url");
  const data = {
    tokenHash: digest(token),
    accountId: input.accountId,
    purpose: input.purpose,
    sentTo: input.sentTo,
    expiresAt: new Date(now.getTime() + TOKEN_VALIDITY_HOURS * 3600_000),
  };
  return { token, data };
}

export async function createPasswordToken(tx: Tx, input: TokenRequest) {
  const { token, data } = newPasswordToken(input);
  const row = await tx.passwordToken.create({ data, select: { id: true } });
  return { id: row.id, token };
}

export type TokenCheck =
  { ok: true; tokenId: string; accountId: string; purpose: TokenPurpose } | { ok: false; reason: "UNKNOWN" | "USED" | "EXPIRED" };

/** Reads a link without using it (to show the form, or to explain why it cannot be used). */
export async function checkPasswordToken(token: string, now = new Date()): Promise<TokenCheck> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { ok: false, reason: "UNKNOWN" };
  const row = await db.passwordToken.findUnique({
    where: { tokenHash: digest(token) },
    select: { id: true, accountId: true, purpose: true, usedAt: true, expiresAt: true },
  });
  if (!row) return { ok: false, reason: "UNKNOWN" };
  if (row.usedAt) return { ok: false, reason: "USED" };
  if (row.expiresAt <= now) return { ok: false, reason: "EXPIRED" };
  return { ok: true, tokenId: row.id, accountId: row.accountId, purpose: row.purpose };
}

/** Marks a link used inside the caller's transaction; false if another request used it first. */
export async function consumePasswordToken(tx: Tx, tokenId: string, now = new Date()) {
  const { count } = await tx.passwordToken.updateMany({
    where: { id: tokenId, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  return count === 1;
}

export const TOKEN_ERRORS = {
  UNKNOWN:
    "Ce lien n'est pas valide. Vérifiez que vous avez copié l'adresse complète du courriel, ou demandez un nouveau lien avec « Mot de passe oublié ? ».",
  USED: "Ce lien a déjà été utilisé. Connectez-vous avec le mot de passe que vous avez choisi, ou demandez un nouveau lien avec « Mot de passe oublié ? ».",
  EXPIRED:
    "Ce lien a expiré (il est valable 72 heures). Demandez un nouveau lien avec « Mot de passe oublié ? » ou auprès du référent de votre entreprise.",
} as const;
