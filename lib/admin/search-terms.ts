// What an administrator typed in the global search, split into the shapes it can name: words
// of a name (accents and case dropped), an identifier (passport number, "ID unique", member
// number, VAT), a SIRET and a session ("Salarié administratif n°47", "n°47").
export const SEARCH_MAX_LENGTH = 120;

export type SearchTerms = {
  /** lower-cased, accents removed, LIKE wildcards escaped; every word must appear */
  words: string[];
  /** the whole query lower-cased (an e-mail, or part of one) */
  lower: string;
  /** upper-cased without spaces (passport number, ID unique, member number, VAT) */
  code: string;
  /** digits only when the query is a SIRET or part of one (spaces allowed) */
  digits: string | null;
  /** "…n°47": the session number, and the profile words before it */
  session: { number: number; words: string[] } | null;
};

export const foldAccents = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const wordsOf = (s: string) =>
  foldAccents(s)
    .split(/[\s,;]+/)
    .filter(Boolean)
    .slice(0, 6)
    .map(escapeLike);

export function parseSearch(raw: string): SearchTerms | null {
  const q = raw
    .replace(/[\u0000-\u001F\u007F]/g, " ")
    .trim()
    .slice(0, SEARCH_MAX_LENGTH);
  if (q.length < 2) return null;
  const compact = q.replace(/\s/g, "");
  const label = /^(.*?)\s*(?:n°|no|n\.|#)\s*(\d{1,9})$/i.exec(q);
  const session = label
    ? { number: Number(label[2]), words: wordsOf(label[1]) }
    : /^\d{1,6}$/.test(compact)
      ? { number: Number(compact), words: [] }
      : null;
  return {
    words: wordsOf(q),
    lower: escapeLike(q.toLowerCase()),
    code: compact.toUpperCase(),
    digits: /^\d{3,14}$/.test(compact) ? compact : null,
    session,
  };
}
