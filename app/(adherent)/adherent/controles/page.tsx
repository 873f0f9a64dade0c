import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listOwnSites } from "@/lib/sites/sites";
import { checkedByLabel, listSiteChecks, type SiteCheckFilters } from "@/lib/sites/site-checks";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { Cell, Row, Table } from "@/components/ui/table";
import { VerdictBadge } from "@/components/control/verdict";
import { buttonClass } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

export const metadata = { title: "Contrôles sur mes sites" };

const paris = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });
const one = (v: string | string[] | undefined) => (typeof v === "string" ? v.slice(0, 200) : undefined);

// Issue 18, item 4: every check made for the company (its controllers at its sites, its
// access-control systems through the API), newest first, filtered, 50 a page, CSV export.
export default async function SiteChecksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireSpace("adherent");
  const params = await searchParams;
  const filters: SiteCheckFilters = { site: one(params.site), result: one(params.resultat), from: one(params.du), to: one(params.au) };
  const [sites, { rows, next }] = await Promise.all([listOwnSites(viewer), listSiteChecks(viewer, filters, one(params.apres))]);
  const query = new URLSearchParams(
    Object.entries({ site: filters.site, resultat: filters.result, du: filters.from, au: filters.to }).filter(
      (e): e is [string, string] => !!e[1],
    ),
  );
  const withCursor = (cursor: string) => `?${new URLSearchParams([...query, ["apres", cursor]])}`;
  return (
    <div className="grid gap-6">
      <h1 className="text-2xl font-black">CONTRÔLES SUR MES SITES</h1>
      <form
        method="get"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-5 sm:items-end"
        aria-label="Filtrer les contrôles"
      >
        <div className="grid min-w-0 gap-1 text-sm font-semibold">
          <label htmlFor="filtre-site">Site</label>
          <select
            id="filtre-site"
            name="site"
            defaultValue={filters.site ?? ""}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 font-normal"
          >
            <option value="">Tous les sites</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.commune})
              </option>
            ))}
          </select>
        </div>
        <div className="grid min-w-0 gap-1 text-sm font-semibold">
          <label htmlFor="filtre-resultat">Résultat</label>
          <select
            id="filtre-resultat"
            name="resultat"
            defaultValue={filters.result ?? ""}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2 font-normal"
          >
            <option value="">Tous</option>
            {Object.entries(CHECK_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <Field id="filtre-du" type="date" name="du" label="Du" defaultValue={filters.from ?? ""} />
        <Field id="filtre-au" type="date" name="au" label="Au" defaultValue={filters.to ?? ""} />
        <button type="submit" className={buttonClass("secondary")}>
          Filtrer
        </button>
      </form>
      <p className="flex flex-wrap gap-4">
        <a href={`/adherent/controles/csv?${query}`} className="font-semibold text-navy underline" download>
          Exporter ces contrôles (CSV)
        </a>
        {params.apres ? (
          <Link href={`?${query}`} className="font-semibold text-navy underline">
            Revenir aux plus récents
          </Link>
        ) : null}
      </p>
      <Table
        headers={["Date", "Site", "Résultat", "Titulaire", "Entreprise", "N° de passeport", "Contrôlé par"]}
        minWidth="sm:min-w-[900px]"
        empty={rows.length === 0 ? "Aucun contrôle ne correspond." : undefined}
      >
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell className="whitespace-nowrap">{paris.format(r.checkedAt)}</Cell>
            <Cell>{r.site ? `${r.site.name} (${r.site.commune})` : "—"}</Cell>
            <Cell>
              <VerdictBadge result={r.result} />
            </Cell>
            <Cell>{r.passport ? `${r.passport.person.lastName.toUpperCase()} ${r.passport.person.firstName}` : "—"}</Cell>
            <Cell>{r.passport?.company.name ?? "—"}</Cell>
            <Cell className="font-mono">
              {r.passport?.number ?? (r.result === "FORGED" ? "QR code falsifié" : r.queriedNumber.slice(0, 20))}
            </Cell>
            <Cell>{checkedByLabel(r)}</Cell>
          </Row>
        ))}
      </Table>
      {next ? (
        <p>
          <Link href={withCursor(next)} className={buttonClass("secondary")}>
            Contrôles plus anciens
          </Link>
        </p>
      ) : null}
    </div>
  );
}
