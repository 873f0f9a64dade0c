// Issue 11, item 6: one statistic of the page as CSV (UTF-8 with BOM, ";"), for administrators
// only; any other visitor gets the same 404 as for an admin page.
import { getCurrentUser } from "@/lib/auth/current-user";
import { oneDataset, isDatasetKey } from "@/lib/admin/statistics/datasets";
import { parsePeriod } from "@/lib/admin/statistics/period";
import { toCsv } from "@/lib/admin/statistics/csv";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

export async function GET(request: Request, { params }: { params: Promise<{ jeu: string }> }) {
  const viewer = await getCurrentUser();
  const { jeu } = await params;
  if (!viewer?.isAdmin || !isDatasetKey(jeu)) return text("Page introuvable.", 404);
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const { period, errors } = parsePeriod(query);
  if (errors.du || errors.au) return text(`Période invalide. ${[errors.du, errors.au].filter(Boolean).join(" ")}`, 400);
  const dataset = await oneDataset(viewer, jeu, period);
  return new Response(toCsv(dataset.headers, dataset.rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="statistiques-${jeu}-${period.from}-${period.to}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
