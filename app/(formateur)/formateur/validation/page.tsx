import { requireSpace } from "@/lib/auth/guards";
import { listTrainerParticipants } from "@/lib/sessions/list-participants";
import { ValidationTable } from "./validation-table";
import { ExportLinks } from "@/components/ui/export-links";

export const metadata = { title: "Validation des passeports" };

export default async function ValidationPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const viewer = await requireSpace("formateur");
  const { q } = await searchParams;
  const rows = await listTrainerParticipants(viewer, { q });
  return (
    <section aria-labelledby="titre" className="grid min-w-0 gap-4">
      <h1 id="titre" className="text-2xl font-black">
        VALIDATION DES PASSEPORTS
      </h1>
      <ExportLinks href="/formateur/validation/export" label="Exporter tous mes participants" />
      <form role="search" className="flex flex-wrap gap-2">
        <label htmlFor="q" className="sr-only">
          Rechercher un utilisateur, une session
        </label>
        <input
          id="q"
          name="q"
          defaultValue={q ?? ""}
          placeholder="Rechercher un utilisateur, une session…"
          className="min-h-11 flex-1 rounded-md border border-slate-400 bg-white px-3"
        />
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">
          Rechercher
        </button>
      </form>
      <ValidationTable rows={rows} />
    </section>
  );
}
