// Issue 11, item 3 "ENTREPRISES": every company, both kinds and every status, with search,
// filters, sort and pages; the member requests (A3) on top, approved or refused here.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listCompanies } from "@/lib/companies/list-companies";
import {
  COMPANY_KIND_LABELS,
  COMPANY_STATE_LABELS,
  companyListQuerySchema,
  type CompanyListQuery,
} from "@/lib/companies/company-list.schema";
import { REGION_LABELS } from "@/lib/companies/regions";
import { formatDate } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { CompanyFilters } from "./company-filters";
import { MemberRequests } from "./member-requests";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata = { title: "Entreprises" };

function pageHref(query: CompanyListQuery, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...query, page })) {
    if (value !== undefined && value !== "" && !(key === "tri" && value === "-date") && !(key === "page" && value === 1))
      params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `/admin/entreprises?${qs}` : "/admin/entreprises";
}

export default async function AdminCompaniesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireSpace("admin");
  const query = companyListQuerySchema.parse(await searchParams);
  const { rows, total, page, pages } = await listCompanies(viewer, query);
  const showRequests = page === 1 && (query.etat === undefined || query.etat === "demandes") && !query.q;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">ENTREPRISES</h1>
      <ExportLinks href="/admin/entreprises/export" label="Exporter toute la liste" />
      {showRequests ? <MemberRequests viewer={viewer} /> : null}

      <section aria-labelledby="toutes" className="grid gap-3">
        <h2 id="toutes" className="text-lg font-bold">
          Toutes les entreprises
        </h2>
        <CompanyFilters query={query} />
        <p aria-live="polite" className="text-sm text-slate-700">
          {total === 0 ? "Aucune entreprise ne correspond." : `${total} entreprise${total > 1 ? "s" : ""} — page ${page} sur ${pages}`}
        </p>
        {total > 0 ? (
          <Table
            headers={["Entreprise", "Type", "État", "SIRET / TVA", "N° adhérent", "Régions", "Salariés", "Inscrite le"]}
            minWidth="sm:min-w-[900px]"
          >
            {rows.map((c) => (
              <Row key={c.id}>
                <Cell>
                  <Link href={`/admin/entreprises/${c.id}`} className="font-semibold text-navy underline">
                    {c.name}
                  </Link>
                </Cell>
                <Cell>{COMPANY_KIND_LABELS[c.kind]}</Cell>
                <Cell>
                  {c.status === "PENDING" && c.kind === "SUBCONTRACTOR" && !c.hasLogin
                    ? "Saisie par un formateur"
                    : COMPANY_STATE_LABELS[c.status]}
                </Cell>
                <Cell className="font-mono">{c.siret ?? c.vatNumber ?? "—"}</Cell>
                <Cell className="font-mono">{c.memberNumber ?? "—"}</Cell>
                <Cell>{c.regions.map((r) => REGION_LABELS[r]).join(", ") || "—"}</Cell>
                <Cell>{c.people}</Cell>
                <Cell>{formatDate(c.createdAt)}</Cell>
              </Row>
            ))}
          </Table>
        ) : null}
        {pages > 1 ? (
          <nav aria-label="Pages" className="flex flex-wrap items-center gap-3">
            {page > 1 ? (
              <Link href={pageHref(query, page - 1)} className="min-h-11 rounded-md border-2 border-navy px-4 py-2 font-bold">
                ← Page précédente
              </Link>
            ) : null}
            {page < pages ? (
              <Link href={pageHref(query, page + 1)} className="min-h-11 rounded-md border-2 border-navy px-4 py-2 font-bold">
                Page suivante →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>
    </div>
  );
}
