// The data table of a statistic: a captioned table in a frame that scrolls (reachable with the
// keyboard) on screen, printed whole.
import type { CellValue } from "@/lib/admin/statistics/datasets";

const fr = (v: CellValue) => (typeof v === "number" ? v.toLocaleString("fr-FR", { maximumFractionDigits: 1 }) : v);

export function StatisticsTable({ title, headers, rows }: { title: string; headers: string[]; rows: CellValue[][] }) {
  return (
    <div
      role="region"
      aria-label={`Tableau : ${title}`}
      tabIndex={0}
      className="stats-table max-h-96 min-w-0 overflow-auto rounded border border-slate-200"
    >
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{title}</caption>
        <thead className="sticky top-0 bg-navy text-white">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col" className="px-2 py-2">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="px-2 py-4 text-center">
                Aucune donnée sur la période.
              </td>
            </tr>
          ) : null}
          {rows.map((r, i) => (
            <tr key={i} className={`border-t border-slate-200 ${r[0] === "Total" ? "font-bold" : ""}`}>
              {r.map((v, k) =>
                k === 0 ? (
                  <th key={k} scope="row" className="px-2 py-1 font-semibold">
                    {v}
                  </th>
                ) : (
                  <td key={k} className={`px-2 py-1 ${typeof v === "number" ? "text-right tabular-nums" : ""}`}>
                    {fr(v)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
