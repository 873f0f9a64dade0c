// Issue 14, item 4: "Télécharger mes données", the learner's own data as a ZIP. Any other
// visitor gets the same 404 as for a page of the learner's space.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canOpen } from "@/lib/auth/spaces";
import { personalDataResponse } from "@/lib/people/personal-data-zip";

export async function GET() {
  const viewer = await getCurrentUser();
  if (!viewer?.person || !canOpen(viewer, "espace"))
    return new Response("Page introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return personalDataResponse(viewer, viewer.person.id);
}
