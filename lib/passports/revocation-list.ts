// Issue 18, item 3: the signed list of revoked passports for the offline control app: the
// numbers of every revoked passport not yet expired (an expired one is refused on its own
// expiry), signed as a standard compact JWS with the passports' key, with its issue time so
// that the app can say how old its copy is ("liste à jour il y a 3 h").
import "server-only";
import { CompactSign } from "jose";
import { db } from "@/lib/db";
import { publicUrl } from "@/lib/env";
import { passportKeys } from "@/lib/passports/credential-keys";

export type RevocationList = { iss: string; iat: number; revoked: string[] };

export async function signedRevocationList(now = new Date()): Promise<{ jws: string; list: RevocationList }> {
  const rows = await db.passport.findMany({
    where: { status: "REVOKED", expiresAt: { gt: now } },
    select: { number: true },
    orderBy: { number: "asc" },
  });
  const list: RevocationList = { iss: publicUrl(), iat: Math.floor(now.getTime() / 1000), revoked: rows.map((r) => r.number) };
  const { kid, privateKey } = passportKeys();
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(list)))
    .setProtectedHeader({ alg: "EdDSA", kid, typ: "revocations+jws" })
    .sign(privateKey);
  return { jws, list };
}
