// Issue 18, item 3: what a QR code presents at the gate, in either format: the signed
// credential of passports printed from now on, or the HMAC token of those printed before
// (verification-token.ts), which keep working online.
import "server-only";
import { isCredentialToken, readPassportCredential } from "@/lib/passports/passport-credential";
import { readPassportToken } from "@/lib/passports/verification-token";

/** How to find the passport in the database, or null for a forged, altered or malformed token. */
export async function readGateToken(token: string): Promise<{ number: string } | { passportId: string } | null> {
  if (isCredentialToken(token)) {
    const credential = await readPassportCredential(token);
    return credential ? { number: credential.number } : null;
  }
  const passportId = readPassportToken(token);
  return passportId ? { passportId } : null;
}
