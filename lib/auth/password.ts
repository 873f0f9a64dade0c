// Password hashing with argon2id (I5). @node-rs/argon2 ships prebuilt binaries through
// npm's optional packages, so nothing is compiled or downloaded at install time.
import "server-only";
import { hash, verify } from "@node-rs/argon2";

// argon2id is the library's default algorithm; cost parameters from OWASP's recommendation.
export const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string) {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string, password: string) {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// Used when the identifier is unknown, so that the answer takes as long as for a real
// account and response times do not reveal which identifiers exist.
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string) {
  dummyHash ??= hashPassword("passeport-securite-dummy");
  await verifyPassword(await dummyHash, password);
}
