import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { getPathView } from "@/lib/learning/path-view";
import { BLOCKED_MESSAGE } from "@/lib/learning/quiz";
import { formatDate } from "@/lib/format";
import { LanguagePicker } from "@/components/learning/language-picker";

export const metadata = { title: "Valider mon parcours" };

const STATE_LABEL = { PASSED: "Validé", AVAILABLE: "À faire", LOCKED: "Verrouillé" };

export default async function PathPage() {
  const viewer = await requireSpace("espace");
  const view = await getPathView(viewer);
  if (!view) {
    return (
      <section className="rounded-lg bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-black">Valider mon parcours</h1>
        <p className="mt-3">
          Aucun profil de sensibilisation n&apos;est encore attribué à ton compte. Rapproche-toi du référent de ton entreprise.
        </p>
      </section>
    );
  }
  const passed = view.modules.filter((m) => m.state === "PASSED").length;
  return (
    <section aria-labelledby="titre" className="grid gap-5">
      <div>
        <h1 id="titre" className="text-2xl font-black">
          Valider mon parcours
        </h1>
        <p className="mt-1 text-slate-700">
          Profil&#8239;: <strong>{view.profileName}</strong>
        </p>
      </div>
      <LanguagePicker current={viewer.person!.language} />
      {view.blocked ? (
        <p role="alert" className="rounded-lg border-l-4 border-red-700 bg-red-50 p-4 font-semibold text-red-900">
          {BLOCKED_MESSAGE}
        </p>
      ) : null}
      {view.completed && view.passport ? (
        <p role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-4 font-semibold text-green-900">
          Parcours validé&#8239;: ton passeport n° {view.passport.number} est valable jusqu&apos;au {formatDate(view.passport.expiresAt)}.{" "}
          <Link href="/espace/passeports" className="underline">
            Voir mes passeports
          </Link>
        </p>
      ) : null}
      <div>
        <p className="text-sm font-semibold">
          {passed} module{passed > 1 ? "s" : ""} validé{passed > 1 ? "s" : ""} sur {view.modules.length}
        </p>
        <progress max={view.modules.length} value={passed} className="mt-1 h-3 w-full accent-safety" aria-label="Avancement du parcours" />
      </div>
      <ol className="grid gap-3">
        {view.modules.map((m, i) => (
          <li key={m.id} className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="text-xs font-bold uppercase text-slate-500">
                Module {i + 1} · {m.mediaKind === "VIDEO" ? "Vidéo" : "Diaporama"}
              </p>
              <h2 className="text-lg font-bold">{m.title}</h2>
              <p className="text-sm text-slate-700">{m.summary}</p>
              <p className="mt-1 text-sm">
                <strong>{STATE_LABEL[m.state]}</strong>
                {m.passedVia === "SNBPE" ? " — validé par réciprocité avec ton passeport SNBPE" : ""}
                {m.passedVia === "SESSION" ? " — validé en session de groupe" : ""}
              </p>
            </div>
            {m.state === "AVAILABLE" && !view.blocked ? (
              <Link
                href={`/espace/parcours/${m.id}`}
                className="self-start rounded-md bg-safety px-4 py-2 font-bold text-navy sm:self-center"
              >
                {m.mediaSeen ? "Reprendre le module" : "Commencer le module"}
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
