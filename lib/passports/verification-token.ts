// F3: the QR codes of passports printed before issue 18 carry this HMAC token (the passport
// id and a MAC), not the number: it cannot be guessed from a number, and an altered token
// fails the check. They keep working online; new passports carry a signed credential
// (passport-credential.ts). `signPassportToken` stays for tests of those printed passports.
import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/lib/env";
import { isId } from "@/lib/text";

function mac(passportId: string) {
  return createHmac("sha256", env().PASSPORT_TOKEN_SECRET).update(`passport:${passportId}`).digest().subarray(0, 18).toString("base64url");
}

export function signPassportToken(passportId: string) {
  return `${Buffer.from(passportId).toString("base64url")}.${mac(passportId)}`;
}

/** The passport id the token was signed for, or null for a forged or altered token. */
export function readPassportToken(token: string): string | null {
  const [idPart, sig] = token.split(".");
  if (!idPart || !sig || token.length > 200) return null;
  const passportId = Buffer.from(idPart, "base64url").toString("utf8");
  if (!isId(passportId)) return null;
  const expected = Buffer.from(mac(passportId));
  const given = Buffer.from(sig);
  return expected.length === given.length && timingSafeEqual(expected, given) ? passportId : null;
}
