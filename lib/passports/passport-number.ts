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
