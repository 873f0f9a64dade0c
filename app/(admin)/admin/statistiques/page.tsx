// Issue 11, item 6 (H4): "STATISTIQUES" for a chosen period. Each figure is a chart drawn on the
// server, its table (the chart's accessible form) and a CSV download; the page prints cleanly.
import { requireSpace } from "@/lib/auth/guards";
import { parsePeriod, periodQuery } from "@/lib/admin/statistics/period";
import type { Dataset } from "@/lib/admin/statistics/datasets";
import { STATISTICS_TTL_MS, statisticsFor } from "@/lib/admin/statistics/cache";
import { sectionHtml } from "@/lib/admin/statistics/render";
import { Field } from "@/components/ui/field";
import { formatDate, formatDateTime } from "@/lib/format";
import "./print.css";

export const metadata = { title: "Statistiques" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const frDay = (d: string) => formatDate(new Date(`${d}T12:00:00Z`));

export default async function StatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireSpace("admin");
  const params = await searchParams;
  const { period, input, errors } = parsePeriod(params);
  const { computedAt, datasets } = await statisticsFor(viewer, period, { refresh: params.actualiser === "1" });
  return (
    <div className="stats-page grid gap-6">
      <h1 className="text-2xl font-black">STATISTIQUES</h1>
      <form method="get" className="stats-form flex flex-wrap items-end gap-4 rounded-lg bg-white p-4 shadow-sm" aria-label="Période">
        <Field id="du" name="du" type="date" label="Du" defaultValue={input.du} error={errors.du} required />
        <Field id="au" name="au" type="date" label="Au" defaultValue={input.au} error={errors.au} required />
        <button type="submit" className="min-h-11 rounded-md bg-navy px-4 font-bold text-white">
          AFFICHER
        </button>
      </form>
      <p className="text-slate-700">
        Période du <strong>{frDay(period.from)}</strong> au <strong>{frDay(period.to)}</strong> (jours inclus, heure de Paris).
        {errors.du || errors.au ? " Les dates saisies sont invalides\u202f: la période par défaut (12 derniers mois) est affichée." : ""}
      </p>
      <p className="stats-computed text-sm text-slate-700">
        Chiffres calculés le {formatDateTime(computedAt)} ; ils sont recalculés au plus toutes les {STATISTICS_TTL_MS / 60_000} minutes.{" "}
        <a href={`/admin/statistiques?${periodQuery(period)}&actualiser=1`} className="font-bold text-navy underline">
          Actualiser
        </a>
      </p>
      {datasets.map((d) => (
        <DatasetSection key={d.key} dataset={d} csvHref={`/admin/statistiques/csv/${d.key}?${periodQuery(period)}`} />
      ))}
    </div>
  );
}

/** The section's chart and table are HTML written once per computation (lib/admin/statistics/render.ts). */
function DatasetSection({ dataset, csvHref }: { dataset: Dataset; csvHref: string }) {
  return (
    <section
      aria-labelledby={`stat-${dataset.key}-h`}
      className="stats-section grid gap-3 rounded-lg bg-white p-4 shadow-sm"
      dangerouslySetInnerHTML={{ __html: sectionHtml(dataset, csvHref) }}
    />
  );
}
