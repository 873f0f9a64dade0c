import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getPathView } from "@/lib/learning/path-view";
import { formatDate } from "@/lib/format";
import { LanguagePicker } from "@/components/learning/language-picker";
import { learnerTranslator } from "@/lib/i18n/learner";

export async function generateMetadata() {
  const viewer = await requireSpace("espace");
  return { title: learnerTranslator(viewer.person?.language, "path")("title") };
}

export default async function PathPage() {
  const viewer = await requireSpace("espace");
  const t = learnerTranslator(viewer.person?.language, "path");
  const view = await getPathView(viewer);
  if (!view) {
    return (
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-black">{t("title")}</h1>
        <p className="mt-3">{t("noProfile")}</p>
      </section>
    );
  }
  const passed = view.modules.filter((m) => m.state === "PASSED").length;
  return (
    <section aria-labelledby="titre" className="grid gap-5">
      <div>
        <h1 id="titre" className="text-2xl font-black">
          {t("title")}
        </h1>
        <p className="mt-1 text-slate-700">{t.rich("profile", { name: view.profileName, b: (c) => <strong>{c}</strong> })}</p>
      </div>
      <LanguagePicker current={viewer.person!.language} />
      {view.blocked ? (
        <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {t("blocked")}
        </p>
      ) : null}
      {view.completed && view.passport ? (
        <p role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          {t("completed", { number: view.passport.number, date: formatDate(view.passport.expiresAt) })}{" "}
          <Link href="/espace/passeports" className="underline">
            {t("seePassports")}
          </Link>
        </p>
      ) : null}
      <div>
        <p className="text-sm font-semibold">{t("progress", { passed, total: view.modules.length })}</p>
        <progress max={view.modules.length} value={passed} className="mt-1 h-3 w-full accent-safety" aria-label={t("progressLabel")} />
      </div>
      <ol className="grid gap-3">
        {view.modules.map((m, i) => (
          <li key={m.id} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="text-xs font-bold uppercase text-slate-500">
                {t("moduleKind", { n: i + 1, kind: m.mediaKind })}
                {m.language !== viewer.person!.language && viewer.person!.language !== "fr" ? ` · ${t("inFrench")}` : ""}
              </p>
              <h2 lang={m.language} className="text-lg font-bold">
                {m.title}
              </h2>
              <p lang={m.language} className="text-sm text-slate-700">
                {m.summary}
              </p>
              <p className="mt-1 text-sm">
                <strong>{t(`state.${m.state}`)}</strong>
                {m.passedVia === "SNBPE" ? t("viaSnbpe") : ""}
                {m.passedVia === "SESSION" ? t("viaSession") : ""}
              </p>
            </div>
            {m.state === "AVAILABLE" && !view.blocked ? (
              <Link
                href={`/espace/parcours/${m.id}`}
                className="self-start rounded-md bg-safety px-4 py-2 font-bold text-navy sm:self-center"
              >
                {m.mediaSeen ? t("resume") : t("start")}
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
