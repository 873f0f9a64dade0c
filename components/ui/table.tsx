// The platform's data table: a navy header row, bordered body rows and one row saying so when
// there is nothing to list. Issue 15: below 640 px it becomes a list of cards, one per row,
// every cell under its column's title (a small style sheet per set of headers writes the
// titles before the cells), so that nothing hides behind a sideways scroll on a phone; the
// sortable column titles stay above the cards as links. Plain markup, usable from server and
// client components alike.
import type { ReactNode } from "react";

type Header = string | { key: string; cell: ReactNode; sort?: "ascending" | "descending" | "none"; label?: string };

const labelOf = (h: Header) => (typeof h === "string" ? h : (h.label ?? ""));

/** A short stable name for a set of column titles: the class that the cards' titles hang on. */
function classFor(labels: string[]) {
  let hash = 5381;
  for (const ch of labels.join("|")) hash = ((hash * 33) ^ ch.charCodeAt(0)) >>> 0;
  return `table-${hash.toString(36)}`;
}

export function Table({
  headers,
  children,
  empty,
  minWidth = "sm:min-w-[640px]",
  label,
}: {
  /** column titles; an object for a cell that is not plain text (sort link, screen-reader text), with its `label` for the cards */
  headers: Header[];
  children: ReactNode;
  /** shown across all columns when given (the caller gives it only when there are no rows) */
  empty?: ReactNode;
  /** a Tailwind min-width class from 640 px on (`sm:min-w-[…]`), so that columns keep their size and the frame scrolls */
  minWidth?: string;
  /** the name of the frame, which scrolls sideways when the columns are wider than the screen (default « Tableau »: column titles in it would also answer a search of the page's fields by their labels) */
  label?: string;
}) {
  const labels = headers.map(labelOf);
  const name = classFor(labels);
  // CSS strings: JSON's escaping of quotes and backslashes is CSS's too
  const css = `@media (max-width: 639.98px){${labels
    .map((l, i) =>
      l
        ? `.${name} td:nth-child(${i + 1}):not([colspan]){padding-left:9rem}.${name} td:nth-child(${i + 1}):not([colspan])::before{content:${JSON.stringify(l)}}`
        : "",
    )
    .join("")}}`;
  return (
    // the frame scrolls sideways when its columns do not fit: it takes the focus (arrows scroll it) and has a name
    <div
      tabIndex={0}
      role="region"
      aria-label={label ?? "Tableau"}
      className={`data-table ${name} relative min-w-0 sm:overflow-x-auto sm:rounded-lg sm:bg-white sm:shadow-sm`}
    >
      <style>{css}</style>
      <table className={`w-full ${minWidth} text-left text-sm`}>
        <thead className="bg-navy text-white">
          <tr>
            {headers.map((h) =>
              typeof h === "string" ? (
                <th key={h} scope="col" className="px-3 py-3">
                  {h}
                </th>
              ) : (
                <th key={h.key} scope="col" aria-sort={h.sort} className="px-3 py-3">
                  {h.cell}
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>
          {empty ? (
            <tr>
              <td colSpan={headers.length} className="px-3 py-6 text-center">
                {empty}
              </td>
            </tr>
          ) : null}
          {children}
        </tbody>
      </table>
    </div>
  );
}

export function Row({ children }: { children: ReactNode }) {
  return <tr className="border-t border-slate-200">{children}</tr>;
}

export function Cell({ children, className = "" }: { children?: ReactNode; className?: string }) {
  return <td className={`px-3 py-2 ${className}`.trim()}>{children}</td>;
}
