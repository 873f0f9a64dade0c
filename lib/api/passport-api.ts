// Issue 18, item 6: the access-control API for member companies' systems (turnstiles,
// gatehouse software). Two calls: a passport by its number, and a QR code's content. Each
// call needs an API key of an active member company, counts against the key's rate limit, and
// is logged as a check of that company (channel API, at the key's site when it has one),
// whichever company's passport it asks about. HTTP status = the call; `resultat` = the passport.
import "server-only";
import { authenticateApiKey, type ApiCaller } from "@/lib/api/api-keys";
import { readGateToken } from "@/lib/passports/gate-token";
import { parseGateInput } from "@/lib/passports/check-at-gate";
import { normalizePassportNumber } from "@/lib/passports/passport-number";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { logForgedCheck, verifyPassport, type CheckContext, type GateAnswer } from "@/lib/passports/verify-passport";
import { consumeRateLimit, LIMITS } from "@/lib/rate-limit/rate-limit";
import type { CheckResult } from "@/lib/generated/prisma/client";

export type ApiReply = { status: number; body: Record<string, unknown>; headers?: Record<string, string> };

/** The verdicts as the API names them (French, without accents: stable identifiers for integrators). */
export const API_RESULTS: Record<CheckResult, string> = {
  VALID: "VALIDE",
  EXPIRED: "EXPIRE",
  REVOKED: "REVOQUE",
  UNKNOWN: "INCONNU",
  FORGED: "FALSIFIE",
};

export const UNAUTHORIZED = "Clé d'API manquante, inconnue ou révoquée. Envoyez-la dans l'en-tête « Authorization: Bearer <clé> ».";

/** The key of a request: "Authorization: Bearer <key>" or "X-Api-Key: <key>". */
export function apiKeyOf(header: (name: string) => string | null): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(header("authorization") ?? "");
  return bearer?.[1] ?? header("x-api-key")?.trim() ?? null;
}

function reply(answer: GateAnswer, presented: string): ApiReply {
  const body: Record<string, unknown> = {
    resultat: API_RESULTS[answer.result],
    libelle: CHECK_LABELS[answer.result],
    numero: answer.number ?? (answer.result === "UNKNOWN" ? presented : null),
  };
  if (answer.holder) {
    body.titulaire = { nom: answer.holder.lastName, prenom: answer.holder.firstName };
    body.entreprise = answer.companyName;
    body.profil = answer.profileName;
    body.expiration = answer.expiresAt?.toISOString().slice(0, 10);
  }
  return { status: 200, body };
}

type Query = { number: string } | { qr: string };

/** The caller behind the key, its call counted; or the refusal (401, 429). */
export async function apiGate(key: string | null, now = new Date()): Promise<{ caller: ApiCaller } | { reply: ApiReply }> {
  const caller = await authenticateApiKey(key, now);
  if (!caller)
    return { reply: { status: 401, body: { erreur: UNAUTHORIZED }, headers: { "WWW-Authenticate": 'Bearer realm="passeport-securite"' } } };
  const limit = await consumeRateLimit("api", caller.keyId, now);
  if (!limit.allowed) {
    return { reply: { status: 429, body: { erreur: LIMITS.api.message }, headers: { "Retry-After": String(limit.retryAfterSeconds) } } };
  }
  return { caller };
}

/** The check, logged for the caller's company. */
export async function apiCheckFor(caller: ApiCaller, address: string | null, query: Query, now = new Date()): Promise<ApiReply> {
  const context: CheckContext = {
    channel: "API",
    companyId: caller.companyId,
    siteId: caller.siteId,
    apiKeyId: caller.keyId,
    address,
    now,
  };
  if ("number" in query) {
    const number = normalizePassportNumber(query.number).slice(0, 64);
    return reply(await verifyPassport({ number }, context), number);
  }
  const input = parseGateInput(query.qr);
  if ("number" in input) return reply(await verifyPassport({ number: input.number }, context), input.number.slice(0, 64));
  const lookup = await readGateToken(input.token);
  if (!lookup) return reply(await logForgedCheck({ ...context, presented: input.token }), "");
  return reply(await verifyPassport(lookup, context), "");
}

export async function apiCheck(request: { key: string | null; address: string | null }, query: Query, now = new Date()): Promise<ApiReply> {
  const gate = await apiGate(request.key, now);
  return "reply" in gate ? gate.reply : apiCheckFor(gate.caller, request.address, query, now);
}
