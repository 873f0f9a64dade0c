// Issue 14, item 4: an administrator produces a person's data ZIP (a request received by post);
// the download is written in the audit log. Any other visitor gets the admin pages' 404.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canOpen } from "@/lib/auth/spaces";
import { personalDataResponse } from "@/lib/people/personal-data-zip";

export async function GET(_request: Request, { params }: { params: Promise<{ personId: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer || !canOpen(viewer, "admin"))
    return new Response("Page introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return personalDataResponse(viewer, (await params).personId);
}
