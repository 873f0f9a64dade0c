// The proof of work's shared rule, and the browser's side of it (also used by tests):
// SHA-256 with Web Crypto until the digest starts with `difficulty` zero bits.
export function leadingZeroBits(digest: Uint8Array) {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

export async function solveProofOfWork(challenge: string, difficulty: number): Promise<string> {
  const encoder = new TextEncoder();
  for (let nonce = 0; ; nonce++) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(challenge + nonce)));
    if (leadingZeroBits(digest) >= difficulty) return String(nonce);
  }
}
