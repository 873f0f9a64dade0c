// Issue 12, items 2 and 4: a module in the studio — its settings, its versions (history is
// never rewritten: each published version stays as learners took it) and its draft.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getStudioModule } from "@/lib/content/studio";
import { LANGUAGE_NAMES_FR, asLanguage } from "@/lib/content/languages";
import { formatDateTime } from "@/lib/format";
import { frenchSpaces } from "@/lib/typography";
import { Cell, Row, Table } from "@/components/ui/table";
import { EditDraftButton, ModuleSettingsForm } from "./module-forms";

export const metadata = { title: "Module" };

const STATUS = { DRAFT: "Brouillon", PUBLISHED: "Publiée (en cours)", RETIRED: "Remplacée" } as const;

export default async function StudioModulePage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("admin");
  const { id } = await params;
  const mod = await getStudioModule(viewer, id);
  if (!mod) notFound();
  const draft = mod.versions.find((v) => v.status === "DRAFT");
  return (
    <div className="grid gap-6">
      <Link href="/admin/contenus" className="text-sm underline">
        Retour aux contenus
      </Link>
      <div>
        <p className="text-xs font-bold uppercase text-slate-700">Module</p>
        <h1 className="text-2xl font-black">{mod.title}</h1>
        <p className="text-sm text-slate-700">
          Profils&#8239;: {mod.profiles.length ? mod.profiles.map((p) => p.profile.name).join(", ") : "aucun (ajoutez-le à un profil)"}
        </p>
      </div>

      <section aria-labelledby="brouillon" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="brouillon" className="text-lg font-bold">
          Modifier le contenu
        </h2>
        <p className="text-slate-700">
          {frenchSpaces(
            draft
              ? `Un brouillon (version ${draft.number}) est en cours : les apprenants suivent la version publiée tant qu'il n'est pas publié.`
              : "Vos modifications se font dans un brouillon, copie de la version publiée : les apprenants n'en voient rien avant « Publier ».",
          )}
        </p>
        <EditDraftButton moduleId={mod.id} hasDraft={Boolean(draft)} />
      </section>

      <section aria-labelledby="reglages" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="reglages" className="text-lg font-bold">
          Réglages du module
        </h2>
        <ModuleSettingsForm moduleId={mod.id} snbpeCommon={mod.snbpeCommon} active={mod.active} published={mod.currentVersionId !== null} />
      </section>

      <section aria-labelledby="versions" className="grid gap-3">
        <h2 id="versions" className="text-lg font-bold">
          Versions
        </h2>
        <Table headers={["Version", "État", "Titre", "Langues", "Questions", "Tentatives", "Publiée le", "Aperçu"]}>
          {mod.versions.map((v) => (
            <Row key={v.id}>
              <Cell>{v.number}</Cell>
              <Cell>{STATUS[v.status]}</Cell>
              <Cell>{v.title}</Cell>
              <Cell>{["français", ...v.translations.map((t) => LANGUAGE_NAMES_FR[asLanguage(t.language)])].join(", ")}</Cell>
              <Cell>{v._count.questions}</Cell>
              <Cell>{v._count.attempts}</Cell>
              <Cell>{v.publishedAt ? formatDateTime(v.publishedAt) : "—"}</Cell>
              <Cell>
                <span className="flex flex-wrap gap-x-3">
                  <Link href={`/admin/contenus/versions/${v.id}/apercu`} className="underline">
                    Comme un apprenant<span className="sr-only"> (version {v.number})</span>
                  </Link>
                  <Link href={`/admin/contenus/versions/${v.id}/apercu?vue=projection`} className="underline">
                    En projection<span className="sr-only"> (version {v.number})</span>
                  </Link>
                </span>
              </Cell>
            </Row>
          ))}
        </Table>
      </section>
    </div>
  );
}
