// Issue 18, item 3: the QR credential's format, shared by the server (passport-credential.ts,
// which signs and verifies it) and the offline control app (offline-check.ts, in the browser).
// No server code here: the same parsing runs on both sides, so they cannot disagree.
//   token = <kid>.<base32 payload>.<base32 signature>
// is the compact JWS base64url(header).base64url(payload).base64url(signature) with the header
// {"alg":"EdDSA","kid":"<kid>"} (exactly those bytes) implied by the kid.
import { base64url } from "jose";
import { base32Decode } from "@/lib/passports/base32";

export type PassportCredential = {
  number: string;
  lastName: string;
  firstName: string;
  companyName: string;
  profileName: string;
  expiresAt: Date;
};

/** Tokens longer than this are not ours (a credential is about 250 characters). */
export const MAX_TOKEN_LENGTH = 600;

/** Does this token have the credential's shape (as opposed to the HMAC tokens of passports printed before)? */
export const isCredentialToken = (token: string) => /^[A-Z0-9]{1,12}\.[A-Z2-7]+\.[A-Z2-7]+$/.test(token);

/** The protected header the kid implies, as the base64url text the signature covers. */
export const credentialHeader = (kid: string) => base64url.encode(JSON.stringify({ alg: "EdDSA", kid }));

/** The token read from a QR code's content: the whole verification URL, or the bare token. */
export function tokenFromQrContent(raw: string): string | null {
  const value = raw.trim();
  const fromUrl = value.match(/\/verification\/([^/?#\s]+)/);
  if (fromUrl) {
    try {
      return decodeURIComponent(fromUrl[1]);
    } catch {
      return fromUrl[1];
    }
  }
  return value.includes(".") && !/^P[S5]/i.test(value) ? value : null;
}

/** The standard compact JWS of a credential token, or null when it does not have the format. */
export function credentialToJws(token: string): { kid: string; jws: string } | null {
  if (token.length > MAX_TOKEN_LENGTH || !isCredentialToken(token)) return null;
  const [kid, payloadText, signatureText] = token.split(".");
  const payload = base32Decode(payloadText);
  const signature = base32Decode(signatureText);
  if (!payload || !signature) return null;
  return { kid, jws: `${credentialHeader(kid)}.${base64url.encode(payload)}.${base64url.encode(signature)}` };
}

/** The credential in a verified payload: [number, lastName, firstName, company, profile, expiry (Unix s)]. */
export function parseCredentialPayload(bytes: Uint8Array): PassportCredential | null {
  try {
    const fields = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes)) as unknown;
    if (!Array.isArray(fields) || fields.length !== 6) return null;
    const [number, lastName, firstName, companyName, profileName, expiry] = fields as unknown[];
    if (![number, lastName, firstName, companyName, profileName].every((v) => typeof v === "string") || !Number.isSafeInteger(expiry))
      return null;
    return {
      number: number as string,
      lastName: lastName as string,
      firstName: firstName as string,
      companyName: companyName as string,
      profileName: profileName as string,
      expiresAt: new Date((expiry as number) * 1000),
    };
  } catch {
    return null; // signed by us but not our shape: never happens unless a key leaked
  }
}
