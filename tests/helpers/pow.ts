// The anti-robot proof of work solved with Node's synchronous SHA-256: the same rule as the
// browser's (lib/antibot/solve.ts), some hundred times faster than awaiting Web Crypto per
// hash, so that test files solving many challenges in parallel stay quick on two cores.
import { createHash } from "node:crypto";
import { leadingZeroBits } from "@/lib/antibot/solve";

export async function solveProofOfWork(challenge: string, difficulty: number, from = 0): Promise<string> {
  for (let nonce = from; ; nonce++) {
    if (
      leadingZeroBits(
        createHash("sha256")
          .update(challenge + nonce)
          .digest(),
      ) >= difficulty
    )
      return String(nonce);
  }
}
