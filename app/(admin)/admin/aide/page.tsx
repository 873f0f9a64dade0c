// A8: the administrators edit the FAQ of the help centre: themes (title, order, deletion when
// empty) and entries (theme, question, answer, keywords, order). Every change is audited.
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import { listFaqForAdmin } from "@/lib/help/faq";
import { deleteFaqEntryAction, deleteFaqThemeAction } from "@/lib/help/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { EntryForm, MoveButtons, ThemeForm } from "./faq-forms";
import { frenchSpaces } from "@/lib/typography";

export const metadata = { title: "Aide — FAQ" };

const danger = "min-h-11 rounded border border-red-700 px-3 text-sm font-bold text-red-800 hover:bg-red-50";

export default async function AdminFaqPage() {
  const viewer = await requireSpace("admin");
  const themes = await listFaqForAdmin(viewer);
  const choices = themes.map((t) => ({ id: t.id, title: t.title }));
  return (
    <section aria-labelledby="titre" className="grid gap-6">
      <div>
        <h1 id="titre" className="text-2xl font-black">
          Aide — foire aux questions
        </h1>
        <p className="mt-1 text-slate-700">
          Les questions et réponses de la page{" "}
          <Link href="/aide" className="font-semibold underline">
            AIDE
          </Link>
          , par thème et dans l&apos;ordre affiché ici. La recherche tient compte des mots-clés.
        </p>
      </div>

      <div className="grid gap-4 rounded-lg bg-white p-4 shadow-sm">
        <h2 className="text-lg font-bold">Ajouter</h2>
        <ThemeForm />
        {choices.length ? (
          <details>
            <summary className="min-h-11 cursor-pointer py-2 font-semibold">Nouvelle question</summary>
            <EntryForm themes={choices} />
          </details>
        ) : null}
      </div>

      {themes.map((theme, ti) => (
        <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`theme-${theme.id}`} className="text-lg font-bold">
              {theme.title} <span className="text-sm font-normal text-slate-600">({theme.entries.length} questions)</span>
            </h2>
            <span className="flex flex-wrap items-center gap-2">
              <MoveButtons kind="theme" id={theme.id} label={`le thème ${theme.title}`} first={ti === 0} last={ti === themes.length - 1} />
              <ConfirmButton
                id={`supprimer-theme-${theme.id}`}
                trigger="Supprimer"
                triggerClassName={danger}
                title={`Supprimer le thème «\u202f${theme.title}\u202f»\u202f?`}
                confirmClassName="bg-red-700 text-white"
                onConfirm={deleteFaqThemeAction.bind(null, { id: theme.id })}
              >
                <p>Seul un thème sans question peut être supprimé.</p>
              </ConfirmButton>
            </span>
          </div>
          <ThemeForm theme={{ id: theme.id, title: theme.title }} />
          <ol className="divide-y divide-slate-200 border-t border-slate-200">
            {theme.entries.map((e, ei) => (
              <li key={e.id} className="grid gap-2 py-3">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <p className="font-semibold">{frenchSpaces(e.question)}</p>
                  <span className="flex flex-wrap items-center gap-2">
                    <MoveButtons
                      kind="entry"
                      id={e.id}
                      label={`la question ${e.question}`}
                      first={ei === 0}
                      last={ei === theme.entries.length - 1}
                    />
                    <ConfirmButton
                      id={`supprimer-question-${e.id}`}
                      trigger="Supprimer"
                      triggerClassName={danger}
                      title="Supprimer cette question&#8239;?"
                      confirmClassName="bg-red-700 text-white"
                      onConfirm={deleteFaqEntryAction.bind(null, { id: e.id })}
                    >
                      <p>«&#8239;{frenchSpaces(e.question)}&#8239;» disparaîtra de la page AIDE.</p>
                    </ConfirmButton>
                  </span>
                </div>
                <details>
                  <summary className="min-h-11 cursor-pointer py-2 text-sm font-semibold underline">Modifier</summary>
                  <EntryForm entry={{ ...e, themeId: theme.id }} themes={choices} />
                </details>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}
