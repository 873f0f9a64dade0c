// The data table of a statistic: a captioned table in a frame that scrolls (reachable with the
// keyboard) on screen, printed whole. A year of days is hundreds of rows: the cells carry no
// classes of their own (the table styles them), so that the page stays light.
import type { CellValue } from "@/lib/admin/statistics/datasets";

const fr = (v: CellValue) => (typeof v === "number" ? v.toLocaleString("fr-FR", { maximumFractionDigits: 1 }) : v);

export function StatisticsTable({ title, headers, rows, note }: { title: string; headers: string[]; rows: CellValue[][]; note?: string }) {
  return (
    <div
      role="region"
      aria-label={`Tableau : ${title}`}
      tabIndex={0}
      className="stats-table max-h-96 min-w-0 overflow-auto rounded border border-slate-200"
    >
      <table className="w-full text-left text-sm [&_tbody_tr]:border-t [&_tbody_tr]:border-slate-200 [&_td]:px-2 [&_td]:py-1 [&_td]:text-right [&_td]:tabular-nums [&_td.t]:text-left [&_th]:px-2 [&_th]:py-1">
        <caption className="sr-only">{note ? `${title} (${note})` : title}</caption>
        <thead className="sticky top-0 bg-navy text-white">
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="t">
                Aucune donnée sur la période.
              </td>
            </tr>
          ) : null}
          {rows.map((r, i) => (
            <tr key={i} className={r[0] === "Total" ? "font-bold" : undefined}>
              {r.map((v, k) =>
                k === 0 ? (
                  <th key={k} scope="row">
                    {v}
                  </th>
                ) : (
                  <td key={k} className={typeof v === "number" ? undefined : "t"}>
                    {fr(v)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {note ? <p className="px-2 py-1 text-xs text-slate-600">{note}</p> : null}
    </div>
  );
}
