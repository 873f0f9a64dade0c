import Link from "next/link";
import { listFaq } from "@/lib/help/faq";
import { searchFaq } from "@/lib/help/faq-search";
import { FAQ_QUERY_MAX_LENGTH } from "@/lib/help/faq-query";
import { GUIDES } from "@/lib/help/guides";
import { cleanText } from "@/lib/text";
import { buttonClass } from "@/components/ui/button";
import { MarkedParagraphs, MarkedText } from "@/components/help/marked-text";

export const metadata = { title: "Aide et assistance" };

export default async function HelpPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const q = cleanText((await searchParams).q, FAQ_QUERY_MAX_LENGTH).trim();
  const [themes, search] = await Promise.all([listFaq(), q ? searchFaq(q) : null]);
  return (
    <div className="grid gap-8">
      <section aria-labelledby="titre" className="grid gap-4">
        <h1 id="titre" className="text-3xl font-black">
          Aide et assistance
        </h1>
        <p className="max-w-3xl text-slate-700">
          Les réponses aux questions les plus fréquentes, le manuel de chaque espace et, si vous ne trouvez pas ce que vous cherchez, un
          formulaire pour écrire à l&apos;assistance.
        </p>
        <form role="search" action="/aide" method="get" className="flex max-w-2xl flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex flex-1 flex-col gap-1">
            <label htmlFor="q" className="text-sm font-semibold">
              Rechercher dans la foire aux questions
            </label>
            <input
              id="q"
              name="q"
              type="search"
              defaultValue={q}
              maxLength={FAQ_QUERY_MAX_LENGTH}
              placeholder="Exemple&#8239;: mot de passe, EPI, compte bloqué"
              className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 text-base"
            />
          </div>
          <button type="submit" className={buttonClass("secondary")}>
            Rechercher
          </button>
        </form>
      </section>

      {search ? (
        <section aria-labelledby="resultats" className="grid gap-3">
          <h2 id="resultats" className="text-xl font-black">
            {search.hits.length === 0
              ? `Aucune réponse pour «\u202f${q}\u202f»`
              : `${search.hits.length} réponse${search.hits.length > 1 ? "s" : ""} pour «\u202f${q}\u202f»`}
          </h2>
          {search.mode === "approche" && search.hits.length > 0 ? (
            <p className="text-sm text-slate-700">Aucune réponse ne contient exactement ces mots&#8239;: voici les plus proches.</p>
          ) : null}
          {search.hits.length === 0 ? (
            <p className="text-slate-700">
              Essayez d&apos;autres mots, parcourez les thèmes ci-dessous ou{" "}
              <Link href="/aide/contact" className="font-semibold underline">
                contactez l&apos;assistance
              </Link>
              .
            </p>
          ) : (
            <ol className="grid gap-3" aria-label="Réponses trouvées">
              {search.hits.map((hit) => (
                <li key={hit.id} className="rounded-lg bg-white p-4 shadow-sm">
                  <p className="text-xs font-bold uppercase text-slate-600">{hit.themeTitle}</p>
                  <h3 className="mt-1 font-bold">
                    <MarkedText value={hit.question} />
                  </h3>
                  <MarkedParagraphs value={hit.answer} className="mt-2 text-slate-800" />
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      <section aria-labelledby="guides" className="grid gap-3">
        <h2 id="guides" className="text-xl font-black">
          Manuels par espace
        </h2>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {GUIDES.map((g) => (
            <li key={g.slug}>
              <Link
                href={`/aide/guides/${g.slug}`}
                className="block h-full rounded-lg bg-white p-4 shadow-sm hover:ring-2 hover:ring-safety"
              >
                <span className="block font-bold">{g.title}</span>
                <span className="mt-1 block text-sm text-slate-600">{g.audience}</span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="faq" className="grid gap-4">
        <h2 id="faq" className="text-xl font-black">
          Foire aux questions
        </h2>
        {themes.map((theme) => (
          <section key={theme.id} aria-labelledby={`theme-${theme.id}`} className="rounded-lg bg-white p-4 shadow-sm">
            <h3 id={`theme-${theme.id}`} className="text-lg font-bold">
              {theme.title}
            </h3>
            <div className="mt-2 divide-y divide-slate-200">
              {theme.entries.map((e) => (
                <details key={e.id} className="group py-2">
                  <summary className="flex min-h-11 cursor-pointer items-center font-semibold">
                    <MarkedText value={e.question} />
                  </summary>
                  <MarkedParagraphs value={e.answer} className="pb-2 text-slate-800" />
                </details>
              ))}
            </div>
          </section>
        ))}
      </section>

      <section aria-labelledby="contact" className="rounded-lg bg-navy p-6 text-white">
        <h2 id="contact" className="text-xl font-black">
          Vous n&apos;avez pas trouvé de réponse&#8239;?
        </h2>
        <p className="mt-2">Écrivez-nous&#8239;: un administrateur de la plateforme vous répondra par e-mail.</p>
        <Link href="/aide/contact" className={`${buttonClass("primary")} mt-4`}>
          Contacter l&apos;assistance
        </Link>
      </section>
    </div>
  );
}
