// Issue 14, items 1 and 2: text tables (CSV with ";" or ",", cells pasted from Excel with tabs)
// as rows of trimmed strings, by papaparse. Client-safe: the trainer's wizard parses pasted
// cells in the browser; the server reads uploaded files with the same functions.
import Papa from "papaparse";

/** Bytes as text: UTF-8 (its BOM dropped) when valid, Windows-1252 otherwise. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: "utf-8" | "windows-1252" } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

const two = (n: number) => String(n).padStart(2, "0");

/** A cell as the text a user typed: dates as JJ/MM/AAAA (Excel stores them as dates). */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? "" : `${two(value.getUTCDate())}/${two(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  return String(value).trim();
}

/** Rows of a CSV or tab-separated text (the separator is guessed among ";", "," and tab). */
export function parseDelimited(text: string): string[][] {
  const result = Papa.parse<string[]>(text, { delimitersToGuess: [";", ",", "\t"], skipEmptyLines: "greedy" });
  return result.data.map((row) => row.map(cellText));
}
