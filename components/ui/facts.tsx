// A list of facts (term and value), one per line, the term in bold: the administrators'
// record pages (a person, a company). `className` adds the frame of the page it sits in.
import type { ReactNode } from "react";

export function Facts({ items, className = "" }: { items: [string, ReactNode][]; className?: string }) {
  return (
    <dl className={`grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr] ${className}`.trim()}>
      {items.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-semibold">{term}</dt>
          <dd className="break-words">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
