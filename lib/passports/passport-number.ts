// D5: passport numbers are unique and readable aloud at a gate: "PS-2026-7K4M9Q",
// without the characters people confuse (0/O, 1/I/L).
import { randomInt } from "node:crypto";

export const READABLE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

export function randomReadable(length: number) {
  let out = "";
  for (let i = 0; i < length; i++) out += READABLE_ALPHABET[randomInt(READABLE_ALPHABET.length)];
  return out;
}

export function newPassportNumber(now = new Date()) {
  return `PS-${now.getUTCFullYear()}-${randomReadable(6)}`;
}

// Issue 18, item 5: what people type at a gate. Dashes and spaces are optional, case does not
// matter, and the characters the alphabet leaves out are read as what they were meant to be:
// in the year O → 0 and I/L → 1; in the "PS" prefix 5 → S. The six characters after the year
// are never 0, O, 1, I or L, so a value holding one there stays as typed (and is unknown).
const YEAR_DIGIT: Record<string, string> = { O: "0", Q: "0", D: "0", I: "1", L: "1" };

/** A typed passport number in its printed form ("ps20267k4m9q" → "PS-2026-7K4M9Q"), or the cleaned value when it is no number. */
export function normalizePassportNumber(raw: string): string {
  const compact = raw.toUpperCase().replace(/[\s\-_.·/]+/g, "");
  const m = /^(?:P[S5])?([0-9OQDIL]{4})([A-Z0-9]{6})$/.exec(compact);
  if (!m) return compact;
  const year = m[1].replace(/[OQDIL]/g, (c) => YEAR_DIGIT[c]);
  return `PS-${year}-${m[2]}`;
}
