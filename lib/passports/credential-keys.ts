// Issue 18, item 3: the Ed25519 keys of the passports' QR credentials. One private key signs
// (PASSPORT_SIGNING_KEY, its kid printed in every QR code); every public key whose kid is in
// PASSPORT_VERIFICATION_KEYS is still accepted, so that a new key signs new passports while
// those printed with the old one keep verifying. Outside production a public development key
// (dev-signing-key.json, kid DEV1) stands in; a production server requires its own key.
import "server-only";
import { createPrivateKey, createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import { env, EnvError } from "@/lib/env";
import devKey from "@/lib/passports/dev-signing-key.json";

export type PassportKeys = {
  kid: string;
  privateKey: KeyObject;
  /** kid → public key, the signing key's included */
  publicKeys: Map<string, KeyObject>;
};

const KID = /^[A-Z0-9]{1,12}$/;

function isEd25519(key: KeyObject) {
  return key.asymmetricKeyType === "ed25519";
}

function parsePrivate(text: string, kidVar: string | undefined): { kid: string; key: KeyObject } {
  const trimmed = text.trim();
  let key: KeyObject;
  let kid = kidVar;
  try {
    if (trimmed.startsWith("{")) {
      const jwk = JSON.parse(trimmed) as JsonWebKey & { kid?: string };
      kid ??= jwk.kid;
      key = createPrivateKey({ key: jwk, format: "jwk" });
    } else {
      key = createPrivateKey(trimmed.replace(/\\n/g, "\n"));
    }
  } catch {
    throw new EnvError("PASSPORT_SIGNING_KEY n'est pas une clé privée lisible (PEM PKCS#8 ou JWK).");
  }
  if (!isEd25519(key)) throw new EnvError("PASSPORT_SIGNING_KEY doit être une clé Ed25519.");
  if (!kid || !KID.test(kid))
    throw new EnvError("PASSPORT_SIGNING_KEY_ID (ou le « kid » du JWK) manque ou n'est pas de 1 à 12 lettres majuscules ou chiffres.");
  return { kid, key };
}

function parsePublicSet(text: string): [string, KeyObject][] {
  let keys: (JsonWebKey & { kid?: string })[];
  try {
    const parsed = JSON.parse(text) as { keys?: unknown } | unknown[];
    keys = (Array.isArray(parsed) ? parsed : (parsed as { keys?: unknown }).keys) as typeof keys;
    if (!Array.isArray(keys)) throw new Error();
  } catch {
    throw new EnvError('PASSPORT_VERIFICATION_KEYS doit être un JWKS : {"keys":[{"kid":…,"kty":"OKP","crv":"Ed25519","x":…}]}.');
  }
  return keys.map((jwk) => {
    if (!jwk.kid || !KID.test(jwk.kid))
      throw new EnvError("PASSPORT_VERIFICATION_KEYS : chaque clé doit avoir un « kid » de 1 à 12 lettres majuscules ou chiffres.");
    let key: KeyObject;
    try {
      const { d: _private, ...pub } = jwk; // only the public half is ever kept
      key = createPublicKey({ key: pub, format: "jwk" });
    } catch {
      throw new EnvError(`PASSPORT_VERIFICATION_KEYS : la clé « ${jwk.kid} » n'est pas lisible.`);
    }
    if (!isEd25519(key)) throw new EnvError(`PASSPORT_VERIFICATION_KEYS : la clé « ${jwk.kid} » doit être une clé Ed25519.`);
    return [jwk.kid, key];
  });
}

let cached: { source: string; keys: PassportKeys } | null = null;

/** The key set of this process, parsed again only when the variables change (tests rotate keys). */
export function passportKeys(): PassportKeys {
  // compared raw: the QR page asks on every request, and validating the whole environment is not free
  const p = process.env;
  const source = `${p.NODE_ENV}\u0000${p.PASSPORT_SIGNING_KEY}\u0000${p.PASSPORT_SIGNING_KEY_ID}\u0000${p.PASSPORT_VERIFICATION_KEYS}`;
  if (cached?.source === source) return cached.keys;
  const e = env();
  const signing = e.PASSPORT_SIGNING_KEY ?? (e.NODE_ENV === "production" ? undefined : JSON.stringify(devKey));
  // env() already refused a production server without a key
  if (!signing) throw new EnvError("PASSPORT_SIGNING_KEY manque.");
  const { kid, key } = parsePrivate(signing, e.PASSPORT_SIGNING_KEY_ID);
  const publicKeys = new Map(e.PASSPORT_VERIFICATION_KEYS ? parsePublicSet(e.PASSPORT_VERIFICATION_KEYS) : []);
  publicKeys.set(kid, createPublicKey(key));
  cached = { source, keys: { kid, privateKey: key, publicKeys } };
  return cached.keys;
}

/** The public keys as a JWKS, for the offline control app and access-control systems. */
export function publicJwks() {
  const keys = [...passportKeys().publicKeys].map(([kid, key]) => ({
    ...(key.export({ format: "jwk" }) as JsonWebKey),
    kid,
    alg: "EdDSA",
    use: "sig",
  }));
  return { keys };
}
