// Issue 18, item 3: the QR code carries a signed credential inside the verification URL:
//   <PUBLIC_URL>/verification/<kid>.<payload>.<signature>
// payload = UTF-8 JSON array [number, lastName, firstName, company, profile, expiry (Unix s)],
// signature = Ed25519 over the JWS signing input of the protected header
// {"alg":"EdDSA","kid":"<kid>"} (exactly those bytes) and the payload. It is a compact JWS
// whose header is implied by the kid, with payload and signature in base32 rather than
// base64url: the whole token is in the QR alphanumeric mode, which makes the printed code
// about a fifth smaller (bench/verification.mjs prints both). An offline app rebuilds
// `base64url(header).base64url(payload).base64url(signature)` and checks it with any JWS
// library against the JWKS of /api/v1/cles. Online, the answer still comes from the database.
import "server-only";
import { CompactSign, compactVerify } from "jose";
import { publicUrl } from "@/lib/env";
import { base32Encode } from "@/lib/passports/base32";
import { passportKeys, type PassportKeys } from "@/lib/passports/credential-keys";
import {
  credentialToJws,
  isCredentialToken,
  MAX_TOKEN_LENGTH,
  parseCredentialPayload,
  type PassportCredential,
} from "@/lib/passports/credential-format";

export { isCredentialToken, type PassportCredential };

/** Long names are cut in the credential (the QR code must stay readable); the database has them whole. */
const MAX_FIELD = 40;
const cut = (s: string) => (s.length > MAX_FIELD ? `${s.slice(0, MAX_FIELD - 1)}…` : s);

const encoder = new TextEncoder();

export async function signPassportCredential(c: PassportCredential): Promise<string> {
  const { kid, privateKey } = passportKeys();
  const payload = JSON.stringify([
    c.number,
    cut(c.lastName),
    cut(c.firstName),
    cut(c.companyName),
    cut(c.profileName),
    Math.floor(c.expiresAt.getTime() / 1000),
  ]);
  const jws = await new CompactSign(encoder.encode(payload)).setProtectedHeader({ alg: "EdDSA", kid }).sign(privateKey);
  const [, payloadPart, signaturePart] = jws.split(".");
  return `${kid}.${base32Encode(Buffer.from(payloadPart, "base64url"))}.${base32Encode(Buffer.from(signaturePart, "base64url"))}`;
}

// Nothing verified twice: the same passport is scanned again and again (every morning at the
// gate), so genuine credentials already verified are remembered, for as long as the key set
// that verified them is the current one. Only genuine ones: forged tokens cannot evict them.
const VERIFIED_MAX = 10_000;
const verified = new Map<string, PassportCredential>();
let verifiedWith: PassportKeys | null = null;

/** The credential, or null when the kid is unknown, the signature does not match or the content is malformed. */
export async function readPassportCredential(token: string): Promise<PassportCredential | null> {
  if (token.length > MAX_TOKEN_LENGTH || !isCredentialToken(token)) return null;
  const keys = passportKeys();
  if (verifiedWith !== keys) {
    verified.clear();
    verifiedWith = keys;
  }
  const known = verified.get(token);
  if (known) return known;
  const credential = await verifyCredential(token, keys);
  if (credential) {
    if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value!);
    verified.set(token, credential);
  }
  return credential;
}

async function verifyCredential(token: string, keys: PassportKeys): Promise<PassportCredential | null> {
  const rebuilt = credentialToJws(token);
  const key = rebuilt && keys.publicKeys.get(rebuilt.kid);
  if (!rebuilt || !key) return null;
  try {
    const { payload } = await compactVerify(rebuilt.jws, key, { algorithms: ["EdDSA"] });
    return parseCredentialPayload(payload);
  } catch {
    return null;
  }
}

export async function passportVerificationUrl(c: PassportCredential) {
  return `${publicUrl()}/verification/${await signPassportCredential(c)}`;
}
