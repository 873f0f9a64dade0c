import { requireSpace } from "@/lib/auth/guards";
import { listTrainerParticipants } from "@/lib/sessions/list-participants";
import { formatDate } from "@/lib/format";
import { Cell, Row, Table } from "@/components/ui/table";
import { PrintSelectionButtons } from "@/components/passports/print-selection-buttons";

export const metadata = { title: "Liste des passeports sécurité" };

// E8: everyone the trainer has trained and validated, with "Imprimer le passeport" and a
// batch print of the selection.
export default async function PrintPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requireSpace("formateur");
  const { q } = await searchParams;
  const rows = await listTrainerParticipants(viewer, { q, decided: "PASSED" });
  return (
    <section aria-labelledby="titre" className="grid min-w-0 gap-4">
      <h1 id="titre" className="text-2xl font-black">
        LISTE DES PASSEPORTS SÉCURITÉ
      </h1>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Rechercher un salarié
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q ?? ""}
          placeholder="Rechercher un salarié…"
          className="min-h-11 flex-1 rounded-md border border-slate-400 bg-white px-3"
        />
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">
          Rechercher
        </button>
      </form>
      <form id="impression" action="/api/passeports/lot" method="get">
        <PrintSelectionButtons />
      </form>
      <Table
        headers={[
          { key: "selection", cell: <span className="sr-only">Sélection</span> },
          "Prénom",
          "Nom",
          "Entreprise",
          "Date d'obtention",
          "Actions",
        ]}
        empty={rows.length === 0 ? "Aucun passeport validé pour le moment." : null}
      >
        {rows.map((r) => (
          <Row key={r.id}>
            <Cell>
              <input
                type="checkbox"
                form="impression"
                name="ids"
                value={r.passportId!}
                aria-label={`Sélectionner ${r.firstName} ${r.lastName}`}
                className="size-5"
              />
            </Cell>
            <Cell>{r.firstName}</Cell>
            <Cell className="font-semibold">{r.lastName.toUpperCase()}</Cell>
            <Cell>{r.companyName}</Cell>
            <Cell>{r.obtainedAt ? formatDate(r.obtainedAt) : "-"}</Cell>
            <Cell>
              <a href={`/api/passeports/${r.passportId}/pdf`} className="font-semibold underline">
                Imprimer le passeport
              </a>
            </Cell>
          </Row>
        ))}
      </Table>
    </section>
  );
}
