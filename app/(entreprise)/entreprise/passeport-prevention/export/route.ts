// Issue 14, item 6: the company's trainings for the Passeport de prévention (?format=csv|json,
// ?du=&au=), for the company's own login only; any other visitor gets the space's 404.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canOpen } from "@/lib/auth/spaces";
import { parsePeriod } from "@/lib/admin/statistics/period";
import { pdpExportResponse } from "@/lib/prevention/pdp-export";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request) {
  const viewer = await getCurrentUser();
  if (!viewer?.company || !canOpen(viewer, "entreprise")) return text("Page introuvable.", 404);
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const { period, errors } = parsePeriod(params);
  if (errors.du || errors.au) return text(`Période invalide\u202f: ${errors.du ?? errors.au}`, 400);
  return (await pdpExportResponse(viewer, viewer.company.id, period, params.format ?? "csv")) ?? text("Page introuvable.", 404);
}
