// Issue 18: the web app manifest of "Mon passeport" (the learner space) (lib/offline/manifests.ts).
import { manifestResponse } from "@/lib/offline/manifests";

export const dynamic = "force-static";

export function GET() {
  return manifestResponse("espace");
}
