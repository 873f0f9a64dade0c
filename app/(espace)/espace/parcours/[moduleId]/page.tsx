import Link from "next/link";
import { notFound } from "next/navigation";
import { requireSpace } from "@/lib/auth/guards";
import { getModuleForLearner } from "@/lib/learning/path-view";
import { toMedia } from "@/lib/learning/media";
import { ModuleRunner } from "@/components/learning/module-runner";
import { learnerTranslator } from "@/lib/i18n/learner";

export const metadata = { title: "Module de mon parcours" };

export default async function ModulePage({ params }: { params: Promise<{ moduleId: string }> }) {
  const viewer = await requireSpace("espace");
  const { moduleId } = await params;
  const m = await getModuleForLearner(viewer, moduleId);
  if (!m) notFound();
  const t = learnerTranslator(viewer.person?.language, "module");
  return (
    <div className="grid gap-4">
      <Link href="/espace/parcours" className="text-sm underline">
        {t("back")}
      </Link>
      <p className="text-xs font-bold uppercase text-slate-700">{t("position", { n: m.position, total: m.total })}</p>
      <h1 lang={m.language} className="text-2xl font-black">
        {m.title}
      </h1>
      <ModuleRunner
        moduleId={m.id}
        title={m.title}
        state={m.state}
        blocked={m.blocked}
        mediaSeen={m.mediaSeen}
        passMark={m.passMark}
        failuresLeft={m.failuresLeft}
        media={toMedia(m.mediaKind, m.mediaPath, m.captionsPath, m.slides)}
        language={m.language}
        transcript={m.transcript}
        mediaPosition={m.mediaPosition}
      />
    </div>
  );
}
