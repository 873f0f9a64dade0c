// The platform's data table: a frame that scrolls sideways on narrow screens, a navy header
// row, bordered body rows and one row saying so when there is nothing to list. Plain markup,
// usable from server and client components alike.
import type { ReactNode } from "react";

type Header = string | { key: string; cell: ReactNode; sort?: "ascending" | "descending" | "none" };

export function Table({
  headers,
  children,
  empty,
  minWidth = "min-w-[640px]",
}: {
  /** column titles; an object for a cell that is not plain text (sort link, screen-reader text) */
  headers: Header[];
  children: ReactNode;
  /** shown across all columns when given (the caller gives it only when there are no rows) */
  empty?: ReactNode;
  /** a Tailwind min-width class, so that columns keep their size and the frame scrolls */
  minWidth?: string;
}) {
  return (
    <div className="relative min-w-0 overflow-x-auto rounded-lg bg-white shadow-sm">
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
