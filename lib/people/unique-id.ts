// B4: the login ID of people without e-mail. Eight characters from an alphabet without
// look-alikes (0/O, 1/I/L), so that it can be read over the phone or from a print-out:
// 31^8 ≈ 8.5 × 10^11 values. Uniqueness is enforced by the database; callers retry.
import { randomReadable } from "@/lib/passports/passport-number";

export const UNIQUE_ID_LENGTH = 8;

export function newUniqueId() {
  return randomReadable(UNIQUE_ID_LENGTH);
}
