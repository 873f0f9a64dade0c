// Issue 18, item 3: the signed list of revoked passports (compact JWS, application/jose) for
// the offline control app. Public like a certificate revocation list: numbers only.
import { signedRevocationList } from "@/lib/passports/revocation-list";

export async function GET() {
  const { jws } = await signedRevocationList();
  return new Response(jws, { headers: { "Content-Type": "application/jose", "Cache-Control": "public, max-age=300" } });
}
