// A8: "Demandes d'assistance", the contact form's requests, newest first, filtered by status.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listSupportRequests, type SupportFilter } from "@/lib/help/support";
import { SUPPORT_STATUS_LABELS } from "@/lib/help/support.schema";
import { formatDateTime } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";

export const metadata = { title: "Demandes d'assistance" };

const FILTERS: { value: string; filter: SupportFilter; label: string }[] = [
  { value: "toutes", filter: "ALL", label: "Toutes" },
  { value: "nouvelles", filter: "NEW", label: "Nouvelles" },
  { value: "en-cours", filter: "IN_PROGRESS", label: "En cours" },
  { value: "traitees", filter: "DONE", label: "Traitées" },
];

export default async function SupportInboxPage({ searchParams }: { searchParams: Promise<{ etat?: string | string[] }> }) {
  const viewer = await requireSpace("admin");
  const etat = (await searchParams).etat;
  const current = FILTERS.find((f) => f.value === etat) ?? FILTERS[0];
  const { requests, count } = await listSupportRequests(viewer, current.filter);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        Demandes d&apos;assistance
      </h1>
      <nav aria-label="Filtrer par état" className="flex flex-wrap gap-2">
        {FILTERS.map((f) => {
          const n = f.filter === "ALL" ? Object.values(count).reduce((a, b) => a + (b ?? 0), 0) : (count[f.filter] ?? 0);
          return (
            <Link
              key={f.value}
              href={`/admin/assistance?etat=${f.value}`}
              aria-current={f === current ? "page" : undefined}
              className={`min-h-11 rounded-full px-4 py-2 text-sm font-bold ${f === current ? "bg-navy text-white" : "bg-white text-navy shadow-sm"}`}
            >
              {f.label} ({n})
            </Link>
          );
        })}
      </nav>
      {requests.length === 0 ? (
        <p className="rounded-lg bg-white p-4 shadow-sm">Aucune demande.</p>
      ) : (
        <Table headers={["Reçue le", "Objet", "De", "État"]}>
          {requests.map((r) => (
            <Row key={r.id}>
              <Cell className="sm:whitespace-nowrap">{formatDateTime(r.createdAt)}</Cell>
              <Cell>
                <Link href={`/admin/assistance/${r.id}`} className="font-semibold underline">
                  {r.subject}
                </Link>
              </Cell>
              <Cell>
                {r.name} <span className="text-slate-600">({r.email})</span>
                {r.accountId ? null : <span className="ml-1 text-xs text-slate-600">— visiteur non connecté</span>}
              </Cell>
              <Cell>{SUPPORT_STATUS_LABELS[r.status]}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </section>
  );
}
