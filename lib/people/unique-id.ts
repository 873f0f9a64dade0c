// B4: the login ID of people without e-mail. Eight characters from an alphabet without
// look-alikes (0/O, 1/I/L), so that it can be read over the phone or from a print-out:
// 31^8 ≈ 8.5 × 10^11 values. Uniqueness is enforced by the database; callers retry.
import { randomReadable } from "@/lib/passports/passport-number";
import type { Tx } from "@/lib/db";

export const UNIQUE_ID_LENGTH = 8;

export function newUniqueId() {
  return randomReadable(UNIQUE_ID_LENGTH);
}

/** A unique ID no account has yet (checked inside the caller's transaction). */
export async function freeUniqueId(tx: Tx) {
  for (let i = 0; i < 10; i++) {
    const candidate = newUniqueId();
    if (!(await tx.account.findUnique({ where: { uniqueId: candidate }, select: { id: true } }))) return candidate;
  }
  throw new Error("aucun ID unique libre après 10 tirages");
}
