// Issue 12, item 4: any version (a draft before « Publier ») exactly as a learner takes it —
// the learner's module screen, in the chosen language, quiz and review included — or as the
// projector plays it in a session. Nothing is recorded.
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getPreview } from "@/lib/content/preview";
import { LANGUAGE_NAMES_FR, asLanguage } from "@/lib/content/languages";
import { toMedia } from "@/lib/learning/media";
import { learnerIntl, learnerTranslator } from "@/lib/i18n/learner";
import { LearnerIntl } from "@/components/learning/learner-intl";
import { ModuleRunner } from "@/components/learning/module-runner";
import { SessionPlayback } from "@/components/learning/session-playback";

export const metadata = { title: "Aperçu d'un module" };

type Props = { params: Promise<{ versionId: string }>; searchParams: Promise<{ vue?: string; langue?: string }> };

export default async function PreviewPage({ params, searchParams }: Props) {
  const viewer = await requireSpace("admin");
  const { versionId } = await params;
  const { vue, langue } = await searchParams;
  const version = await getPreview(viewer, versionId, asLanguage(langue));
  if (!version) notFound();
  const media = toMedia(version.mediaKind, version.mediaPath, version.captionsPath, version.slides);
  const back = `/admin/contenus/modules/${version.moduleId}${version.status === "DRAFT" ? "/brouillon" : ""}`;
  if (vue === "projection") {
    return (
      <SessionPlayback
        sessionId={`apercu-${version.versionId}`}
        label={`Aperçu\u202f: version ${version.number}`}
        modules={[{ id: version.moduleId, title: version.title, summary: version.summary, media, language: version.language }]}
        preview={{ exitHref: back }}
      />
    );
  }
  const { locale, messages } = learnerIntl(version.language);
  const t = learnerTranslator(version.language, "module");
  return (
    <div className="grid gap-4">
      <div className="grid gap-2 rounded-lg border-l-4 border-safety bg-white p-4 shadow-sm">
        <p className="font-bold">
          Aperçu de la version {version.number} ({version.status === "DRAFT" ? "brouillon" : "publiée"}), comme un apprenant la voit. Rien
          n&apos;est enregistré.
        </p>
        <nav aria-label="Langue de l'aperçu" className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
          <span>Langue&#8239;:</span>
          {version.languages.map((l) => (
            <Link
              key={l}
              href={`?langue=${l}`}
              aria-current={l === version.language ? "page" : undefined}
              className={l === version.language ? "font-bold" : "underline"}
            >
              {LANGUAGE_NAMES_FR[l]}
            </Link>
          ))}
        </nav>
        <div className="flex flex-wrap gap-x-4 text-sm">
          <Link href={`?vue=projection&langue=${version.language}`} className="underline">
            Voir en projection
          </Link>
          <Link href={back} className="underline">
            Retour au module
          </Link>
        </div>
      </div>
      <LearnerIntl locale={locale} messages={messages}>
        <div lang={locale} className="grid gap-4">
          <p className="text-xs font-bold uppercase text-slate-700">{t("position", { n: 1, total: 1 })}</p>
          <h1 lang={version.language} className="text-2xl font-black">
            {version.title}
          </h1>
          <ModuleRunner
            moduleId={version.moduleId}
            title={version.title}
            state="AVAILABLE"
            blocked={false}
            mediaSeen={false}
            passMark={version.passMark}
            failuresLeft={4}
            media={media}
            language={version.language}
            transcript={version.transcript}
            mediaPosition={0}
            preview={{ versionId: version.versionId }}
          />
        </div>
      </LearnerIntl>
    </div>
  );
}
