// Issue 11, item 4: "JOURNAL D'AUDIT", every audited event, filtered and paged by keyset.
// The person and company pages link here with ?cible= and ?entreprise=.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listAuditLog, type AuditFilters, type AuditTarget } from "@/lib/audit/audit-log-list";
import { AUDIT_LABELS, auditDetails, auditLabel } from "@/lib/audit/audit-labels";
import { cleanText } from "@/lib/text";
import { formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { buttonClass } from "@/components/ui/button";

export const metadata = { title: "Journal d'audit" };

type Params = Record<string, string | string[] | undefined>;

const PARAMS = { actor: "acteur", target: "cible", company: "entreprise", action: "action", from: "du", to: "au" } as const;
const INPUT_FILTERS: [keyof AuditFilters, string, "text" | "date"][] = [
  ["actor", "Acteur (e-mail ou identifiant du compte)", "text"],
  ["target", "Cible (identifiant)", "text"],
  ["company", "Entreprise (identifiant)", "text"],
  ["from", "Du", "date"],
  ["to", "Au (inclus)", "date"],
];
const input = "min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base";
const link = "font-semibold text-navy underline";

function Target({ t }: { t: AuditTarget }) {
  return t.href ? (
    <Link href={t.href} className={link}>
      {t.label}
    </Link>
  ) : (
    <>{t.label}</>
  );
}

export default async function AuditLogPage({ searchParams }: { searchParams: Promise<Params> }) {
  const viewer = await requireSpace("admin");
  const params = await searchParams;
  const filters: AuditFilters = {};
  for (const [key, name] of Object.entries(PARAMS)) {
    const value = cleanText(params[name], 200).trim();
    if (value) filters[key as keyof AuditFilters] = value;
  }
  const before = cleanText(params.avant, 400) || undefined;
  const { entries, next } = await listAuditLog(viewer, filters, before);
  const current = new URLSearchParams(
    Object.entries(PARAMS).flatMap(([key, name]) =>
      filters[key as keyof AuditFilters] ? [[name, filters[key as keyof AuditFilters]!]] : [],
    ),
  );
  const withCursor = (cursor: string) => `/admin/journal?${new URLSearchParams([...current.entries(), ["avant", cursor]]).toString()}`;
  const actions = Object.entries(AUDIT_LABELS).sort((a, b) => a[1].localeCompare(b[1], "fr"));
  if (filters.action && !AUDIT_LABELS[filters.action]) actions.unshift([filters.action, filters.action]);
  return (
    <div className="grid gap-4">
      <h1 className="text-2xl font-black">JOURNAL D&apos;AUDIT</h1>
      <form
        method="get"
        action="/admin/journal"
        aria-label="Filtres du journal"
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3"
      >
        {INPUT_FILTERS.map(([key, label, type]) => (
          <div key={key} className="grid min-w-0 gap-1">
            <label htmlFor={PARAMS[key]} className="text-sm font-semibold">
              {label}
            </label>
            <input id={PARAMS[key]} name={PARAMS[key]} type={type} defaultValue={filters[key]} className={input} />
          </div>
        ))}
        <div className="grid min-w-0 gap-1">
          <label htmlFor="action" className="text-sm font-semibold">
            Action
          </label>
          <select id="action" name="action" defaultValue={filters.action ?? ""} className={`${input} w-full min-w-0`}>
            <option value="">Toutes</option>
            {actions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-wrap gap-3 sm:col-span-2 lg:col-span-3">
          <button type="submit" className={buttonClass("secondary")}>
            Filtrer
          </button>
          <Link href="/admin/journal" className={buttonClass("ghost")}>
            Effacer les filtres
          </Link>
        </div>
      </form>
      <p role="status" className="text-sm text-slate-700">
        {entries.length === 0
          ? "Aucune entrée ne correspond."
          : `${entries.length} entrée${entries.length > 1 ? "s" : ""}${before ? " (suite)" : ""}, les plus récentes d'abord.`}
      </p>
      <Table
        headers={["Date", "Action", "Acteur", "Cible", "Détails"]}
        minWidth="sm:min-w-[860px]"
        empty={entries.length === 0 ? "Aucune entrée." : null}
      >
        {entries.map((e) => (
          <Row key={e.id}>
            <Cell className="whitespace-nowrap">{formatDateTime(e.at)}</Cell>
            <Cell>
              {auditLabel(e.action)}
              {AUDIT_LABELS[e.action] ? <span className="block font-mono text-xs text-slate-600">{e.action}</span> : null}
            </Cell>
            <Cell>{e.actor ? <Target t={e.actor} /> : "Système"}</Cell>
            <Cell>
              <Target t={e.target} />
              {e.companyName && e.companyId !== e.targetId ? (
                <span className="block text-xs">
                  <Link href={`/admin/entreprises/${e.companyId}`} className="underline">
                    {e.companyName}
                  </Link>
                </span>
              ) : null}
            </Cell>
            <Cell className="max-w-sm break-words text-xs">{auditDetails(e.data)}</Cell>
          </Row>
        ))}
      </Table>
      <nav aria-label="Pages" className="flex flex-wrap gap-3">
        {before ? (
          <Link href={`/admin/journal?${current.toString()}`} className={buttonClass("ghost")}>
            Revenir aux plus récentes
          </Link>
        ) : null}
        {next ? (
          <Link href={withCursor(next)} className={buttonClass("secondary")}>
            Entrées plus anciennes
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
