import { requireSpace } from "@/lib/auth/guards";
import { listTrainerParticipants } from "@/lib/sessions/list-participants";
import { formatDate } from "@/lib/format";

export const metadata = { title: "Liste des passeports sécurité" };

// E8: everyone the trainer has trained and validated, with "Imprimer le passeport" and a
// batch print of the selection.
export default async function PrintPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requireSpace("formateur");
  const { q } = await searchParams;
  const rows = await listTrainerParticipants(viewer, { q, decided: "PASSED" });
  return (
    <section aria-labelledby="titre" className="grid min-w-0 gap-4">
      <h1 id="titre" className="text-2xl font-black">LISTE DES PASSEPORTS SÉCURITÉ</h1>
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">Rechercher un salarié</label>
        <input id="q" name="q" defaultValue={q ?? ""} placeholder="Rechercher un salarié…" className="min-h-11 flex-1 rounded-md border border-slate-400 bg-white px-3" />
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">Rechercher</button>
      </form>
      <form id="impression" action="/api/passeports/lot" method="get">
        <button type="submit" className="min-h-11 rounded-md border-2 border-navy bg-white px-4 font-bold">Imprimer les passeports sélectionnés</button>
      </form>
      <div className="relative min-w-0 overflow-x-auto rounded-lg bg-white shadow-sm">
        <table className="w-full min-w-[640px] text-left text-sm">
          <thead className="bg-navy text-white">
            <tr>
              <th scope="col" className="px-3 py-3"><span className="sr-only">Sélection</span></th>
              {["Prénom", "Nom", "Entreprise", "Date d'obtention", "Actions"].map((h) => <th key={h} scope="col" className="px-3 py-3">{h}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.length === 0 ? <tr><td colSpan={6} className="px-3 py-6 text-center">Aucun passeport validé pour le moment.</td></tr> : null}
            {rows.map((r) => (
              <tr key={r.id} className="border-t border-slate-200">
                <td className="px-3 py-2"><input type="checkbox" form="impression" name="ids" value={r.passportId!} aria-label={`Sélectionner ${r.firstName} ${r.lastName}`} className="size-5" /></td>
                <td className="px-3 py-2">{r.firstName}</td>
                <td className="px-3 py-2 font-semibold">{r.lastName.toUpperCase()}</td>
                <td className="px-3 py-2">{r.companyName}</td>
                <td className="px-3 py-2">{r.obtainedAt ? formatDate(r.obtainedAt) : "-"}</td>
                <td className="px-3 py-2"><a href={`/api/passeports/${r.passportId}/pdf`} className="font-semibold underline">Imprimer le passeport</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
