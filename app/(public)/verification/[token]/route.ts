// F3: public verification opened by the passport's QR code. Every check is logged. Issue 18:
// a route handler writing a small HTML string, and for a genuine token one SQL statement (the
// address's rate-limit count, the look-up, the log and the day total together); a forged or
// altered token is counted and logged as before ("Falsifié").
import { readGateToken } from "@/lib/passports/gate-token";
import { logForgedCheck } from "@/lib/passports/verify-passport";
import { verifyPublicLink } from "@/lib/passports/check-batch";
import { verificationHtml } from "@/lib/passports/verification-page";
import { clientAddressFrom } from "@/lib/http/client-address";
import { consumeRateLimit, LIMITS } from "@/lib/rate-limit/rate-limit";

const HEADERS = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

const tooMany = (retryAfterSeconds: number) =>
  new Response(verificationHtml(null, LIMITS.verification.message), {
    status: 429,
    headers: { ...HEADERS, "Retry-After": String(retryAfterSeconds) },
  });

export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  // issue 17, item 8: a per-address limit shared by every instance
  const address = clientAddressFrom((name) => request.headers.get(name));
  const { token } = await params;
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // a malformed escape ("%") is no token
  }
  const lookup = decoded === null ? null : await readGateToken(decoded);
  if (!lookup) {
    const limit = await consumeRateLimit("verification", address);
    if (!limit.allowed) return tooMany(limit.retryAfterSeconds);
    await logForgedCheck({ channel: "PUBLIC_LINK", presented: decoded ?? token, address });
    return new Response(verificationHtml(null), { status: 404, headers: HEADERS });
  }
  // issue 18: grouped with the checks arriving at the same time (lib/passports/check-batch.ts)
  const checked = await verifyPublicLink(lookup, address);
  if (!checked.allowed) return tooMany(checked.retryAfterSeconds);
  return new Response(verificationHtml(checked.answer), { status: 200, headers: HEADERS });
}
