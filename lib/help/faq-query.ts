// What a visitor typed in the FAQ search, turned into a PostgreSQL tsquery string for the
// `fr_unaccent` configuration. Only letters and digits reach it (never tsquery operators),
// every word is a prefix (`protec` finds "protection"), and the trade's abbreviations stand
// for their expansion too: "epi" finds "Équipements de protection individuelle", whose
// stemmed words share no prefix with the abbreviation.
import { foldAccents } from "@/lib/admin/search-terms";

export const FAQ_QUERY_MAX_LENGTH = 120;

/** Abbreviations of the quarries' safety vocabulary, unaccented and lower-cased. */
export const ABBREVIATIONS: Record<string, string> = {
  epi: "equipements protection individuelle",
  epc: "equipements protection collective",
  pdp: "plan prevention",
  ppsps: "plan particulier securite protection sante",
  snbpe: "syndicat national beton pret emploi",
  unpg: "union nationale producteurs granulats",
  qr: "qr code",
  id: "identifiant unique",
  cgu: "conditions generales utilisation",
  siret: "siret siren",
  tva: "tva intracommunautaire",
  rgpd: "donnees personnelles",
  mdp: "mot passe",
};

/** The words of a query: unaccented, lower-cased, letters and digits only, at most 8. */
export function faqWords(raw: string): string[] {
  return foldAccents(raw.slice(0, FAQ_QUERY_MAX_LENGTH))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, 8);
}

const prefix = (word: string) => `'${word}':*`;

/**
 * `'mot':* & ('epi':* | ('equipements' & 'protection' & 'individuelle'))`, or null when
 * nothing is left to search. Every word must match (or its expansion).
 */
export function faqTsQuery(raw: string): string | null {
  const words = faqWords(raw);
  if (!words.length) return null;
  return words
    .map((word) => {
      // own keys only: "constructor" or "__proto__" are words, not abbreviations
      if (!Object.hasOwn(ABBREVIATIONS, word)) return prefix(word);
      const expansion = ABBREVIATIONS[word];
      const all = expansion.split(" ").map((w) => `'${w}'`);
      return `(${prefix(word)} | (${all.join(" & ")}))`;
    })
    .join(" & ");
}
