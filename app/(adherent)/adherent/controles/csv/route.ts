// Issue 18, item 4: "Contrôles sur mes sites" as CSV (UTF-8 with BOM, ";"), for the member
// company only; any other visitor gets the same 404 as for a member page.
import { getCurrentUser } from "@/lib/auth/current-user";
import { siteChecksCsv } from "@/lib/sites/site-checks";

export async function GET(request: Request) {
  const viewer = await getCurrentUser();
  if (viewer?.company?.kind !== "MEMBER")
    return new Response("Page introuvable.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const q = new URL(request.url).searchParams;
  const value = (name: string) => q.get(name)?.slice(0, 200) ?? undefined;
  const csv = await siteChecksCsv(viewer, { site: value("site"), result: value("resultat"), from: value("du"), to: value("au") });
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="controles-sur-mes-sites.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
