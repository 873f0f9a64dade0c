import { frenchSpaces } from "@/lib/typography";
import { Cell, Row, Table } from "@/components/ui/table";

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
            // issue 15: below 640 px a list of cards like every table, no column hidden behind a sideways scroll
            <div className="mt-2">
              <Table headers={s.table.headers} label={s.table.caption} minWidth="">
                {s.table.rows.map((row) => (
                  <Row key={row[0]}>
                    {row.map((cell, i) => (
                      <Cell key={i} className="align-top text-slate-700">
                        {frenchSpaces(cell)}
                      </Cell>
                    ))}
                  </Row>
                ))}
              </Table>
            </div>
          ) : null}
        </section>
      ))}
    </article>
  );
}
