// The merge of a company typed by a trainer: find the registered company it really is (the
// search starts from the typed name), then merge into it, confirmed.
import type { Viewer } from "@/lib/auth/viewer";
import { listCompanies } from "@/lib/companies/list-companies";
import { companyListQuerySchema } from "@/lib/companies/company-list.schema";
import { mergeCompanyAction } from "@/lib/companies/actions";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { buttonClass } from "@/components/ui/button";

export async function MergeSection({
  viewer,
  company,
  search,
}: {
  viewer: Viewer;
  company: { id: string; name: string; peopleCount: number; passports: number };
  search: string;
}) {
  const { rows, total } = await listCompanies(viewer, companyListQuerySchema.parse({ q: search, etat: "ACTIVE" }), { withLogin: true });
  const shown = rows.slice(0, 10);
  return (
    <section aria-labelledby="fusion" className="grid gap-3 rounded-lg bg-white p-4 shadow-sm">
      <h2 id="fusion" className="text-lg font-bold">
        Fusionner avec une entreprise inscrite
      </h2>
      <p className="text-sm text-slate-700">
        Ses {company.peopleCount} salarié(s), leurs participations aux sessions et ses {company.passports} passeport(s) passent à
        l&apos;entreprise choisie, en une seule opération&#8239;; cette fiche disparaît ensuite.
      </p>
      <form method="get" role="search" aria-label="Chercher l'entreprise inscrite" className="flex flex-wrap items-end gap-2">
        <div className="flex min-w-0 flex-1 flex-col gap-1">
          <label htmlFor="fusion-q" className="text-sm font-semibold">
            Nom, SIRET, n° TVA ou n° adhérent de l&apos;entreprise inscrite
          </label>
          <input
            id="fusion-q"
            name="fusion"
            type="search"
            defaultValue={search}
            maxLength={100}
            className="min-h-11 rounded-md border border-slate-400 px-3 py-2"
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Chercher
        </button>
      </form>
      {shown.length === 0 ? <p>Aucune entreprise inscrite et active ne correspond.</p> : null}
      <ul className="grid gap-2">
        {shown.map((target) => (
          <li key={target.id} className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-2">
            <span>
              <strong>{target.name}</strong> <span className="font-mono text-sm">{target.siret ?? target.vatNumber ?? ""}</span>{" "}
              <span className="text-sm text-slate-700">({target.people} salarié(s))</span>
            </span>
            <ConfirmButton
              id={`fusionner-${target.id}`}
              trigger="Fusionner dans cette entreprise"
              triggerClassName="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
              title={`Fusionner «\u202f${company.name}\u202f» dans ${target.name}\u202f?`}
              onConfirm={mergeCompanyAction.bind(null, { companyId: company.id, targetId: target.id })}
            >
              <p className="mt-2">
                {company.peopleCount} salarié(s) et {company.passports} passeport(s) seront rattachés à {target.name}, dont le référent est
                informé. L&apos;entreprise saisie est supprimée&#8239;; l&apos;opération est inscrite au journal d&apos;audit.
              </p>
            </ConfirmButton>
          </li>
        ))}
      </ul>
      {total > shown.length ? (
        <p className="text-sm text-slate-700">{total - shown.length} autre(s)&#8239;: précisez la recherche.</p>
      ) : null}
    </section>
  );
}
