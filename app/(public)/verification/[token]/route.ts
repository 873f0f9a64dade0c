// F3: public verification opened by the passport's QR code. Every check is logged.
import { readGateToken } from "@/lib/passports/gate-token";
import { logForgedCheck, verifyPassport } from "@/lib/passports/verify-passport";
import { verificationHtml } from "@/lib/passports/verification-page";
import { clientAddressFrom } from "@/lib/http/client-address";
import { consumeRateLimit, LIMITS } from "@/lib/rate-limit/rate-limit";

const HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  // issue 17, item 8: a per-address limit shared by every instance
  const address = clientAddressFrom((name) => request.headers.get(name));
  const limit = await consumeRateLimit("verification", address);
  if (!limit.allowed) {
    return new Response(verificationHtml(null, LIMITS.verification.message), {
      status: 429,
      headers: { ...HEADERS, "Retry-After": String(limit.retryAfterSeconds) },
    });
  }
  const { token } = await params;
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // a malformed escape ("%") is no token
  }
  const lookup = decoded === null ? null : await readGateToken(decoded);
  if (!lookup) await logForgedCheck({ channel: "PUBLIC_LINK", presented: decoded ?? token, address });
  const answer = lookup ? await verifyPassport(lookup, { channel: "PUBLIC_LINK", address }) : null;
  return new Response(verificationHtml(answer), {
    status: answer ? 200 : 404,
    headers: HEADERS,
  });
}
