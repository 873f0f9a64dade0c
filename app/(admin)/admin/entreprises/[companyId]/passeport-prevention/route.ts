// Issue 14, item 6: an administrator exports a company's trainings for the Passeport de
// prévention (?format=csv|json, ?du=&au=), as its referent would. Others get the admin 404.
import { getCurrentUser } from "@/lib/auth/current-user";
import { canOpen } from "@/lib/auth/spaces";
import { parsePeriod } from "@/lib/admin/statistics/period";
import { pdpExportResponse } from "@/lib/prevention/pdp-export";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ companyId: string }> }) {
  const viewer = await getCurrentUser();
  if (!viewer || !canOpen(viewer, "admin")) return text("Page introuvable.", 404);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { period, errors } = parsePeriod(query);
  if (errors.du || errors.au) return text(`Période invalide\u202f: ${errors.du ?? errors.au}`, 400);
  return (await pdpExportResponse(viewer, (await params).companyId, period, query.format ?? "csv")) ?? text("Page introuvable.", 404);
}
