// Issue 18: the web app manifest of "Contrôle" (the check screen) (lib/offline/manifests.ts).
import { manifestResponse } from "@/lib/offline/manifests";

export const dynamic = "force-static";

export function GET() {
  return manifestResponse("controle");
}
