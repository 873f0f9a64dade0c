import { frenchSpaces } from "@/lib/typography";

export type LegalSection = {
  heading: string;
  /** one paragraph, or several */
  body: string | string[];
  /** a list after the paragraphs */
  items?: string[];
  /** a table after the paragraphs: its caption, headers and rows */
  table?: { caption: string; headers: string[]; rows: string[][] };
};

export function LegalPage({ title, updated, sections }: { title: string; updated?: string; sections: LegalSection[] }) {
  return (
    <article className="max-w-3xl rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-2xl font-black">{title}</h1>
      {updated ? <p className="mt-1 text-sm text-slate-600">Mise à jour&#8239;: {updated}</p> : null}
      {sections.map((s) => (
        <section key={s.heading} className="mt-5">
          <h2 className="font-bold">{s.heading}</h2>
          {(Array.isArray(s.body) ? s.body : [s.body]).map((p) => (
            <p key={p} className="mt-1 text-slate-700">
              {frenchSpaces(p)}
            </p>
          ))}
          {s.items ? (
            <ul className="mt-2 list-disc space-y-1 pl-6 text-slate-700">
              {s.items.map((item) => (
                <li key={item}>{frenchSpaces(item)}</li>
              ))}
            </ul>
          ) : null}
          {s.table ? (
            <div className="mt-2 overflow-x-auto" tabIndex={0} role="region" aria-label={s.table.caption}>
              <table className="w-full text-left text-sm">
                <caption className="sr-only">{s.table.caption}</caption>
                <thead className="bg-slate-100">
                  <tr>
                    {s.table.headers.map((h) => (
                      <th key={h} scope="col" className="p-2">
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {s.table.rows.map((row) => (
                    <tr key={row[0]} className="border-t border-slate-200 align-top">
                      {row.map((cell, i) => (
                        <td key={i} className="p-2 text-slate-700">
                          {frenchSpaces(cell)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
      ))}
    </article>
  );
}
