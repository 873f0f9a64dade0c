// Text from the FAQ, with the matches that ts_headline marked by sentinels shown as <mark>.
// Everything is a React text node: nothing from the database is injected as HTML.
import { splitMarks } from "@/lib/help/highlight";
import { frenchSpaces } from "@/lib/typography";

export function MarkedText({ value }: { value: string }) {
  return (
    <>
      {splitMarks(frenchSpaces(value)).map((s, i) =>
        s.marked ? (
          <mark key={i} className="rounded bg-amber-200 px-0.5 text-navy">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/** An answer: paragraphs separated by a blank line. */
export function MarkedParagraphs({ value, className = "" }: { value: string; className?: string }) {
  return (
    <div className={`grid gap-2 ${className}`}>
      {value
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="whitespace-pre-line">
            <MarkedText value={p.trim()} />
          </p>
        ))}
    </div>
  );
}
