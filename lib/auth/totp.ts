// Item 5 of issue 17: the administrators' second factor, TOTP (RFC 6238: SHA-1, 6 digits,
// 30-second steps) through `otpauth`. Secrets are kept encrypted (AES-256-GCM) with
// TOTP_ENCRYPTION_KEY, or a key derived from NEXTAUTH_SECRET; the seeded demo
// administrator's secret, published in the README, is stored as "plain:<base32>".
import "server-only";
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import { env } from "@/lib/env";

export const TOTP_ISSUER = "Passeport Sécurité";
const PERIOD_MS = 30_000;

function key() {
  const e = env();
  if (e.TOTP_ENCRYPTION_KEY) return createHash("sha256").update(e.TOTP_ENCRYPTION_KEY).digest();
  return Buffer.from(hkdfSync("sha256", e.NEXTAUTH_SECRET, "passeport-securite", "totp-secret", 32));
}

export function sealSecret(base32: string) {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const body = Buffer.concat([cipher.update(base32, "utf8"), cipher.final()]);
  return ["v1", iv, body, cipher.getAuthTag()].map((p) => (typeof p === "string" ? p : p.toString("base64url"))).join(":");
}

/** The base32 secret, or null when it cannot be read (another key): the factor is then unusable. */
export function openSecret(stored: string): string | null {
  if (stored.startsWith("plain:")) return stored.slice(6);
  const [version, iv, body, tag] = stored.split(":");
  if (version !== "v1" || !iv || !body || !tag) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

export const newTotpSecret = () => new Secret({ size: 20 }).base32;

const totp = (base32: string, label = "") => new TOTP({ issuer: TOTP_ISSUER, label, secret: Secret.fromBase32(base32) });

/** The URI an authenticator app reads from the QR code. */
export const otpauthUri = (base32: string, label: string) => totp(base32, label).toString();

export const stepAt = (now: Date) => Math.floor(now.getTime() / PERIOD_MS);

/** The step of a valid code (one step of clock drift either way), or null. */
export function matchingStep(base32: string, code: string, now: Date): number | null {
  const token = code.replace(/\s/g, "");
  if (!/^\d{6}$/.test(token)) return null;
  const delta = totp(base32).validate({ token, timestamp: now.getTime(), window: 1 });
  return delta === null ? null : stepAt(now) + delta;
}

/** A code, for tests and the demo: the one an authenticator app shows at `now`. */
export const totpCode = (base32: string, now = new Date()) => totp(base32).generate({ timestamp: now.getTime() });
