// F3: public verification opened by the passport's QR code. Every check is logged.
import { readPassportToken } from "@/lib/passports/verification-token";
import { logForgedCheck, verifyPassport } from "@/lib/passports/verify-passport";
import { verificationHtml } from "@/lib/passports/verification-page";

export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  let decoded: string | null = null;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    // a malformed escape ("%") is no token
  }
  const passportId = decoded === null ? null : readPassportToken(decoded);
  if (!passportId) await logForgedCheck({ channel: "PUBLIC_LINK", presented: decoded ?? token });
  const answer = passportId ? await verifyPassport({ passportId }, { channel: "PUBLIC_LINK" }) : null;
  return new Response(verificationHtml(answer), {
    status: answer ? 200 : 404,
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store", "X-Robots-Tag": "noindex" },
  });
}
