// "Retour à mon espace" of the error pages: the 500 page is a client component and cannot read
// the session, so its link comes here, which sends a logged-in visitor to their space's home
// and anyone else to the home page.
import { NextResponse, type NextRequest } from "next/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/spaces";

export async function GET(request: NextRequest) {
  const viewer = await getCurrentUser();
  return NextResponse.redirect(new URL(viewer ? homeOf(viewer) : "/", request.url));
}
