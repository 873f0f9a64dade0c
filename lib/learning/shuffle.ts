import { randomInt } from "node:crypto";

/** Fisher–Yates with a cryptographic generator: the order cannot be predicted. */
export function shuffle<T>(items: readonly T[], random: (max: number) => number = randomInt): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
