// RFC 4648 base32 without padding. The QR credential uses it rather than base64url because
// its characters (A–Z, 2–7) and the dot are in the QR code's alphanumeric mode, 5.5 bits a
// character instead of 8: the printed code is smaller for the same content (bench/verification.mjs).
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32Encode(bytes: Uint8Array): string {
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes, or null for anything that is not canonical unpadded base32 (upper case). */
export function base32Decode(text: string): Uint8Array | null {
  if (text.length % 8 === 1 || text.length % 8 === 3 || text.length % 8 === 6) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let i = 0;
  for (const char of text) {
    const value = ALPHABET.indexOf(char);
    if (value < 0) return null;
    buffer = (buffer << 5) | value;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (buffer >> (bits - 8)) & 255;
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  }
  // leftover bits must be zero: one byte string, one text
  return buffer === 0 ? out : null;
}
