// Issue 12, items 2–5: a module's draft — its details, media, questions and translations —,
// what keeps it from being published, its previews and « Publier ».
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getStudioModule, getStudioVersion } from "@/lib/content/studio";
import { LANGUAGE_CODES, LANGUAGE_NAMES_FR } from "@/lib/content/languages";
import { formatAnchorTime } from "@/lib/content/schemas";
import { EditDraftButton } from "../module-forms";
import { DetailsForm, PublishPanel, QuestionsEditor, SlidesEditor, VideoEditor } from "./draft-editor";

export const metadata = { title: "Brouillon du module" };

export default async function DraftPage({ params }: { params: Promise<{ id: string }> }) {
  const viewer = await requireSpace("admin");
  const { id } = await params;
  const mod = await getStudioModule(viewer, id);
  if (!mod) notFound();
  const draftRow = mod.versions.find((v) => v.status === "DRAFT");
  const back = (
    <Link href={`/admin/contenus/modules/${mod.id}`} className="text-sm underline">
      Retour au module
    </Link>
  );
  if (!draftRow) {
    return (
      <div className="grid gap-4">
        {back}
        <h1 className="text-2xl font-black">{mod.title}</h1>
        <p>Ce module n&apos;a pas de brouillon en cours.</p>
        <EditDraftButton moduleId={mod.id} hasDraft={false} />
      </div>
    );
  }
  const draft = (await getStudioVersion(viewer, draftRow.id))!;
  const c = draft.content;
  const translated = new Set(draft.translations.map((t) => t.language));
  return (
    <div className="grid gap-6">
      {back}
      <div>
        <p className="text-xs font-bold uppercase text-slate-700">Brouillon, version {draft.number}</p>
        <h1 className="text-2xl font-black">{c.title}</h1>
      </div>

      <PublishPanel
        versionId={draft.id}
        moduleId={mod.id}
        problems={draft.problems}
        canDiscard={mod.currentVersionId !== null}
        firstPublication={mod.currentVersionId === null}
      />

      <section aria-labelledby="informations" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="informations" className="text-lg font-bold">
          Informations
        </h2>
        <DetailsForm
          versionId={draft.id}
          values={{ title: c.title, summary: c.summary, durationMinutes: Math.round(c.durationSeconds / 60), passMark: c.passMark }}
        />
      </section>

      <section aria-labelledby="media" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="media" className="text-lg font-bold">
          {c.mediaKind === "VIDEO" ? "Vidéo" : "Diapositives"}
        </h2>
        {c.mediaKind === "VIDEO" ? (
          <VideoEditor versionId={draft.id} mediaPath={c.mediaPath} captionsPath={c.captionsPath} transcript={c.transcript} />
        ) : (
          <SlidesEditor versionId={draft.id} slides={c.slides} />
        )}
      </section>

      <section aria-labelledby="questions" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="questions" className="text-lg font-bold">
          Questions ({draft.questions.length})
        </h2>
        <p className="text-sm text-slate-700">
          De 2 à 6 réponses par question, une ou plusieurs bonnes. L&apos;explication et le passage du média qui répond sont montrés à
          l&apos;apprenant après le questionnaire, jamais la bonne réponse tant qu&apos;il n&apos;a pas réussi.
        </p>
        <QuestionsEditor
          versionId={draft.id}
          mediaKind={c.mediaKind}
          slideCount={c.slides.length}
          questions={draft.questions.map((q) => ({
            text: q.text,
            explanation: q.explanation,
            anchor:
              c.mediaKind === "VIDEO"
                ? q.anchorSeconds !== null
                  ? formatAnchorTime(q.anchorSeconds)
                  : ""
                : q.anchorSlide !== null
                  ? String(q.anchorSlide)
                  : "",
            choices: q.choices.map((ch) => ({ text: ch.text, correct: ch.correct })),
          }))}
        />
      </section>

      <section aria-labelledby="traductions" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
        <h2 id="traductions" className="text-lg font-bold">
          Traductions
        </h2>
        <p className="text-sm text-slate-700">
          Le français est la langue de référence. Un apprenant qui a choisi une autre langue suit le module dans cette langue quand elle
          existe, en français sinon.
        </p>
        <ul className="grid gap-2 sm:grid-cols-2">
          {LANGUAGE_CODES.filter((l) => l !== "fr").map((l) => (
            <li key={l} className="flex min-h-11 items-center justify-between gap-3 rounded border border-slate-200 px-3">
              <span>
                {LANGUAGE_NAMES_FR[l][0].toUpperCase() + LANGUAGE_NAMES_FR[l].slice(1)}
                <span className="ml-2 text-sm text-slate-700">{translated.has(l) ? "traduit" : "non traduit"}</span>
              </span>
              <Link href={`/admin/contenus/modules/${mod.id}/brouillon/${l}`} className="font-semibold underline">
                {translated.has(l) ? "Modifier" : "Traduire"}
                <span className="sr-only"> en {LANGUAGE_NAMES_FR[l]}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
