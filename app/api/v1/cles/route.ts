// Issue 18, item 3: the public keys of the passports' QR credentials (JWKS), every kid still
// accepted. Public: they only verify.
import { publicJwks } from "@/lib/passports/credential-keys";

export function GET() {
  return Response.json(publicJwks(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
