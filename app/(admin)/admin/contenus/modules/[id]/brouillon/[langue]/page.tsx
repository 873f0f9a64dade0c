// Issue 12, item 5: a draft's translation into one language — its texts, its media (a video
// with its captions in that language, or the slides' texts) and its questions.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getStudioModule, getStudioVersion } from "@/lib/content/studio";
import { LANGUAGE_NAMES_FR, isLanguage } from "@/lib/content/languages";
import { TranslationForm } from "./translation-form";

export const metadata = { title: "Traduction du module" };

export default async function TranslationPage({ params }: { params: Promise<{ id: string; langue: string }> }) {
  const viewer = await requireSpace("admin");
  const { id, langue } = await params;
  if (!isLanguage(langue) || langue === "fr") notFound();
  const mod = await getStudioModule(viewer, id);
  const draftRow = mod?.versions.find((v) => v.status === "DRAFT");
  if (!mod || !draftRow) notFound();
  const draft = (await getStudioVersion(viewer, draftRow.id))!;
  const existing = draft.translations.find((t) => t.language === langue);
  const c = draft.content;
  return (
    <div className="grid gap-6">
      <Link href={`/admin/contenus/modules/${mod.id}/brouillon`} className="text-sm underline">
        Retour au brouillon
      </Link>
      <div>
        <p className="text-xs font-bold uppercase text-slate-700">Brouillon, version {draft.number}</p>
        <h1 className="text-2xl font-black">
          {c.title}&#8239;: traduction en {LANGUAGE_NAMES_FR[langue]}
        </h1>
      </div>
      <TranslationForm
        versionId={draft.id}
        language={langue}
        mediaKind={c.mediaKind}
        french={{
          title: c.title,
          summary: c.summary,
          slides: c.slides,
          questions: draft.questions.map((q) => ({ text: q.text, explanation: q.explanation, choices: q.choices.map((ch) => ch.text) })),
        }}
        values={{
          language: langue,
          title: existing?.title ?? "",
          summary: existing?.summary ?? "",
          mediaPath: c.mediaKind === "VIDEO" ? (existing?.mediaPath ?? "") : "",
          captionsPath: existing?.captionsPath ?? null,
          transcript: existing?.transcript ?? "",
          videoSources: [],
          slides: c.mediaKind === "SLIDES" ? c.slides.map((s, i) => existing?.slides[i] ?? { image: s.image, alt: "", text: "" }) : [],
          questions: draft.questions.map((q) => ({
            text: q.translations[langue]?.text ?? "",
            explanation: q.translations[langue]?.explanation ?? "",
            choices: q.choices.map((ch) => ch.translations[langue] ?? ""),
          })),
        }}
      />
    </div>
  );
}
