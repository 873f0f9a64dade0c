// The companies list's search and filters: a plain GET form, so that every state of the list
// has its own URL (shareable, back button) and works without JavaScript.
import Link from "next/link";
import { REGIONS, REGION_LABELS } from "@/lib/companies/regions";
import { COMPANY_KIND_LABELS, COMPANY_STATES, COMPANY_STATE_LABELS, type CompanyListQuery } from "@/lib/companies/company-list.schema";
import { buttonClass } from "@/components/ui/button";

const SORTS = {
  "-date": "Inscription (récentes d'abord)",
  date: "Inscription (anciennes d'abord)",
  nom: "Nom (A → Z)",
  "-nom": "Nom (Z → A)",
};

const control = "min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base";

function Select({ id, label, value, options }: { id: string; label: string; value?: string; options: [string, string][] }) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={`filtre-${id}`} className="text-sm font-semibold">
        {label}
      </label>
      <select id={`filtre-${id}`} name={id} defaultValue={value ?? ""} className={control}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CompanyFilters({ query }: { query: CompanyListQuery }) {
  return (
    <form
      method="get"
      role="search"
      aria-label="Rechercher une entreprise"
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm md:grid-cols-4"
    >
      <div className="flex flex-col gap-1 md:col-span-4">
        <label htmlFor="filtre-q" className="text-sm font-semibold">
          Nom, SIRET, n° TVA ou n° adhérent
        </label>
        <input id="filtre-q" name="q" type="search" defaultValue={query.q} maxLength={100} className={control} />
      </div>
      <Select id="type" label="Type" value={query.type} options={[["", "Tous"], ...Object.entries(COMPANY_KIND_LABELS)]} />
      <Select
        id="etat"
        label="État"
        value={query.etat}
        options={[["", "Tous"], ...COMPANY_STATES.map((s) => [s, COMPANY_STATE_LABELS[s]] as [string, string])]}
      />
      <Select
        id="region"
        label="Région"
        value={query.region}
        options={[["", "Toutes"], ...REGIONS.map((r) => [r, REGION_LABELS[r]] as [string, string])]}
      />
      <Select id="tri" label="Trier par" value={query.tri} options={Object.entries(SORTS)} />
      <div className="flex flex-wrap gap-2 md:col-span-4">
        <button type="submit" className={buttonClass("secondary")}>
          Rechercher
        </button>
        <Link href="/admin/entreprises" className={buttonClass("ghost")}>
          Effacer les filtres
        </Link>
      </div>
    </form>
  );
}
