// Runs before every page and route (not static files):
// - a fresh nonce and the page security policy (lib/security-headers.ts), plus HSTS over https;
// - an early redirect of anonymous visitors away from the role spaces. Only a convenience:
//   every page, data-access function and action checks the viewer itself.
import { NextResponse, type NextRequest } from "next/server";
import { withAuth, type NextRequestWithAuth } from "next-auth/middleware";
import { contentSecurityPolicy, servedOverHttps, STRICT_TRANSPORT_SECURITY } from "@/lib/security-headers";

const SPACES = ["/entreprise", "/adherent", "/espace", "/formateur", "/admin"];

export default async function proxy(request: NextRequest) {
  // a malformed escape ("/verification/%") would fail later in Next.js's routing with a 500
  try {
    decodeURIComponent(request.nextUrl.pathname);
  } catch {
    return new NextResponse("Adresse invalide.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const policy = contentSecurityPolicy(nonce);
  const { pathname } = request.nextUrl;

  let response: NextResponse | undefined;
  if (SPACES.some((s) => pathname === s || pathname.startsWith(`${s}/`))) {
    // next-auth's check called directly: a redirect to the home page, or nothing when signed in
    response = (await withAuth(request as NextRequestWithAuth, { pages: { signIn: "/" } })) as NextResponse | undefined;
  }
  if (!response) {
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = NextResponse.next({ request: { headers } });
  }
  response.headers.set("Content-Security-Policy", policy);
  if (servedOverHttps(request.nextUrl, request.headers.get("x-forwarded-proto"))) {
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|media/|api/admin/medias).*)"],
};
