// B3: the employee list, shared by the subcontractor and member company spaces. Sorting and
// paging are plain links (work without JavaScript, keep the state in the URL).
import Link from "next/link";
import type { EmployeeRow, EmployeeSort, EmployeeListQuery } from "@/lib/people/list-employees";
import { formatDate } from "@/lib/format";
import { UnblockButton } from "@/components/company/unblock-button";
import { DeleteEmployeeButton } from "@/components/company/delete-employee-button";
import { Cell, Row, Table } from "@/components/ui/table";
import { ExportLinks } from "@/components/ui/export-links";
import { PrintSelectionButtons } from "@/components/passports/print-selection-buttons";

const COLUMNS: { key: EmployeeSort; label: string }[] = [
  { key: "prenom", label: "Prénom" },
  { key: "nom", label: "Nom" },
  { key: "profil", label: "Profil" },
  { key: "passeport", label: "Passeport sécurité" },
  { key: "etat", label: "État" },
  { key: "expiration", label: "Expiration" },
];

export function EmployeeTable({
  basePath,
  rows,
  query,
  total,
  page,
  pageCount,
}: {
  basePath: string;
  rows: EmployeeRow[];
  query: EmployeeListQuery;
  total: number;
  page: number;
  pageCount: number;
}) {
  const href = (over: Partial<EmployeeListQuery>) => {
    const params = new URLSearchParams();
    const merged = { ...query, ...over };
    if (merged.q) params.set("q", merged.q);
    if (merged.sort) params.set("tri", merged.sort);
    if (merged.dir) params.set("ordre", merged.dir);
    if (merged.page && merged.page > 1) params.set("page", String(merged.page));
    const s = params.toString();
    return s ? `${basePath}?${s}` : basePath;
  };
  const sort = query.sort ?? "nom";
  const dir = query.dir ?? "asc";

  return (
    <div className="grid min-w-0 gap-4">
      <form role="search" action={basePath} className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Rechercher un salarié
        </label>
        <input
          id="q"
          name="q"
          defaultValue={query.q ?? ""}
          placeholder="Rechercher un salarié…"
          className="min-h-11 flex-1 rounded-md border border-slate-400 bg-white px-3"
        />
        {query.sort ? <input type="hidden" name="tri" value={query.sort} /> : null}
        {query.dir ? <input type="hidden" name="ordre" value={query.dir} /> : null}
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">
          Rechercher
        </button>
      </form>
      <p className="text-sm text-slate-700" aria-live="polite">
        {total} salarié{total > 1 ? "s" : ""}
        {query.q ? ` pour «\u202f${query.q}\u202f»` : ""}
      </p>
      <form id="impression" action="/api/passeports/lot" method="get" className="flex flex-wrap justify-between gap-2">
        <span className="flex flex-wrap gap-2">
          <Link
            href={`${basePath}/nouveau`}
            className="inline-flex min-h-11 items-center rounded-md bg-safety px-4 font-bold uppercase text-navy"
          >
            Inscrire un nouveau salarié
          </Link>
          <Link
            href={`${basePath}/import`}
            className="inline-flex min-h-11 items-center rounded-md border-2 border-navy bg-white px-4 font-bold"
          >
            Importer des salariés
          </Link>
        </span>
        <PrintSelectionButtons />
      </form>
      <ExportLinks href={`${basePath}/export`} />
      <Table
        minWidth="sm:min-w-[720px]"
        headers={[
          { key: "selection", label: "Impression", cell: <span className="sr-only">Sélection pour l&apos;impression</span> },
          ...COLUMNS.map((c) => {
            const active = sort === c.key;
            const next = active && dir === "asc" ? "desc" : "asc";
            return {
              key: c.key,
              label: c.label,
              sort: active ? (dir === "asc" ? ("ascending" as const) : ("descending" as const)) : ("none" as const),
              cell: (
                <Link href={href({ sort: c.key, dir: next, page: 1 })} className="inline-flex items-center gap-1 hover:underline">
                  {c.label}
                  <span aria-hidden="true">{active ? (dir === "asc" ? "▲" : "▼") : "↕"}</span>
                  <span className="sr-only">{active ? `, trié ${dir === "asc" ? "croissant" : "décroissant"}` : ", trier"}</span>
                </Link>
              ),
            };
          }),
          "Actions",
        ]}
        empty={rows.length === 0 ? "Aucun salarié ne correspond." : null}
      >
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>
              {r.passportId ? (
                <input
                  type="checkbox"
                  form="impression"
                  name="ids"
                  value={r.passportId}
                  aria-label={`Sélectionner le passeport de ${r.firstName} ${r.lastName}`}
                  className="size-5"
                />
              ) : null}
            </Cell>
            <Cell>{r.firstName}</Cell>
            <Cell className="font-semibold [overflow-wrap:anywhere]">{r.lastName.toUpperCase()}</Cell>
            <Cell>{r.profileName ?? "-"}</Cell>
            <Cell>
              {r.passportId ? (
                <span className="grid gap-1">
                  <a href={`/api/passeports/${r.passportId}/pdf`} className="underline">
                    Voir le passeport
                  </a>
                  <a href={`/api/passeports/${r.passportId}/attestation`} className="underline">
                    Attestation de formation
                  </a>
                </span>
              ) : (
                "-"
              )}
            </Cell>
            <Cell>
              {r.state === "BLOCKED" ? (
                <UnblockButton personId={r.id} name={`${r.firstName} ${r.lastName.toUpperCase()}`} />
              ) : r.state === "ACTIVE" ? (
                "Actif"
              ) : (
                "-"
              )}
            </Cell>
            <Cell>{r.expiresAt ? formatDate(r.expiresAt) : "-"}</Cell>
            <Cell>
              <span className="flex flex-wrap gap-x-3 gap-y-1">
                <Link href={`${basePath}/${r.id}/modifier`} className="font-semibold underline">
                  Modifier
                  <span className="sr-only">
                    {" "}
                    {r.firstName} {r.lastName}
                  </span>
                </Link>
                <DeleteEmployeeButton personId={r.id} name={`${r.firstName} ${r.lastName.toUpperCase()}`} />
              </span>
            </Cell>
          </Row>
        ))}
      </Table>
      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="flex items-center justify-between gap-2">
          {page > 1 ? (
            <Link href={href({ page: page - 1 })} className="rounded-md border-2 border-navy px-3 py-2 font-bold">
              ← Précédente
            </Link>
          ) : (
            <span />
          )}
          <span className="text-sm">
            Page {page} sur {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={href({ page: page + 1 })} className="rounded-md border-2 border-navy px-3 py-2 font-bold">
              Suivante →
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </div>
  );
}
