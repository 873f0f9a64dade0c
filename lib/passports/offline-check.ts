// Issue 18, item 3: the offline control app's verdict, in the browser, from the QR credential's
// signature and the signed list of revoked passports (both verified with jose against the JWKS
// of /api/v1/cles, WebCrypto Ed25519). No server code: the format is credential-format.ts's,
// the one the server signs. Online, the answer still comes from the database.
import { compactVerify, createLocalJWKSet, type JSONWebKeySet } from "jose";
import {
  credentialToJws,
  isCredentialToken,
  parseCredentialPayload,
  tokenFromQrContent,
  type PassportCredential,
} from "@/lib/passports/credential-format";

export type RevocationList = { iss: string; iat: number; revoked: string[] };

/** How long a revocation list may serve offline (and how old an offline check the server accepts). */
export const REVOCATION_LIST_VALIDITY_DAYS = 7;
export const REVOCATION_LIST_VALIDITY_MS = REVOCATION_LIST_VALIDITY_DAYS * 86_400_000;

export type OfflineVerdict = "VALID" | "EXPIRED" | "REVOKED" | "FORGED";

export type OfflineAnswer =
  | { kind: "verdict"; result: OfflineVerdict; token: string; credential: PassportCredential | null }
  /** a typed number, or the QR code of a passport printed before signed credentials: online only */
  | { kind: "needs-network" };

/** The signed list's content, or null when its signature, header or shape is wrong. */
export async function readRevocationList(jws: string, jwks: JSONWebKeySet): Promise<RevocationList | null> {
  try {
    const { payload, protectedHeader } = await compactVerify(jws, createLocalJWKSet(jwks), { algorithms: ["EdDSA"] });
    if (protectedHeader.typ !== "revocations+jws") return null;
    const list = JSON.parse(new TextDecoder().decode(payload)) as Partial<RevocationList>;
    if (typeof list.iss !== "string" || !Number.isSafeInteger(list.iat) || !Array.isArray(list.revoked)) return null;
    if (!list.revoked.every((n) => typeof n === "string")) return null;
    return { iss: list.iss, iat: list.iat!, revoked: list.revoked };
  } catch {
    return null;
  }
}

/** The credential of a token, or null when its kid is unknown, its signature wrong or its content malformed. */
export async function verifyCredentialOffline(token: string, jwks: JSONWebKeySet): Promise<PassportCredential | null> {
  const rebuilt = credentialToJws(token);
  if (!rebuilt) return null;
  try {
    const { payload } = await compactVerify(rebuilt.jws, createLocalJWKSet(jwks), { algorithms: ["EdDSA"] });
    return parseCredentialPayload(payload);
  } catch {
    return null;
  }
}

/**
 * What the gate answers offline for a scanned QR code: revoked (the list) wins over expired
 * (the credential's date), as online. Forged: a credential-shaped token whose signature fails.
 */
export async function checkOffline(raw: string, jwks: JSONWebKeySet, list: RevocationList, now = new Date()): Promise<OfflineAnswer> {
  const token = tokenFromQrContent(raw);
  if (token === null) return { kind: "needs-network" };
  if (!isCredentialToken(token)) {
    // the HMAC token of a passport printed before (a dot and base64url) needs the server's secret
    return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/.test(token) && token.length <= 200
      ? { kind: "needs-network" }
      : { kind: "verdict", result: "FORGED", token, credential: null };
  }
  const credential = await verifyCredentialOffline(token, jwks);
  if (!credential) return { kind: "verdict", result: "FORGED", token, credential: null };
  const result: OfflineVerdict = list.revoked.includes(credential.number)
    ? "REVOKED"
    : credential.expiresAt.getTime() < now.getTime()
      ? "EXPIRED"
      : "VALID";
  return { kind: "verdict", result, token, credential };
}

/** "il y a 3 h": the list's age as the control screen shows it. */
export function listAge(iat: number, now = new Date()): string {
  const minutes = Math.max(0, Math.floor((now.getTime() - iat * 1000) / 60_000));
  if (minutes < 1) return "à l'instant";
  if (minutes < 60) return `il y a ${minutes}\u00a0min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `il y a ${hours}\u00a0h`;
  return `il y a ${Math.floor(hours / 24)}\u00a0jours`;
}
