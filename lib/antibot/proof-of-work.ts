// A2: a self-hosted anti-robot check. The server hands out a signed challenge; the browser
// must find a nonce such that SHA-256(challenge + nonce) starts with DIFFICULTY zero bits
// (about a second of work for a person, real cost for a bot filling forms by thousands).
// The challenge is stateless (HMAC-signed, 10 minutes) and can be used once.
import "server-only";
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { leadingZeroBits } from "@/lib/antibot/solve";

export const DIFFICULTY = 16;
const VALIDITY_MS = 10 * 60_000;

const sign = (body: string) => createHmac("sha256", env().NEXTAUTH_SECRET).update(`pow:${body}`).digest("base64url");

/** `difficulty`: the forms use DIFFICULTY; a login after repeated failures asks more (lib/auth/throttle.ts). */
export function newChallenge(now = Date.now(), difficulty = DIFFICULTY) {
  const body = `${now + VALIDITY_MS}.${randomBytes(12).toString("base64url")}`;
  return { challenge: `${body}.${sign(body)}`, difficulty };
}

/** true when the work (of `difficulty` bits) is done, the challenge authentic, unexpired and never used before. */
export async function verifyProofOfWork(challenge: string, nonce: string, now = Date.now(), difficulty = DIFFICULTY) {
  const parts = challenge.split(".");
  if (parts.length !== 3 || nonce.length > 32) return false;
  const [expires, random, mac] = parts;
  const expected = Buffer.from(sign(`${expires}.${random}`));
  if (expected.length !== Buffer.from(mac).length || !timingSafeEqual(expected, Buffer.from(mac))) return false;
  if (Number(expires) < now) return false;
  if (
    leadingZeroBits(
      createHash("sha256")
        .update(challenge + nonce)
        .digest(),
    ) < difficulty
  )
    return false;
  const used =
    await db.$executeRaw`INSERT INTO "UsedChallenge" ("id", "expiresAt") VALUES (${random}, ${new Date(Number(expires))}) ON CONFLICT DO NOTHING`;
  await db.usedChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now) } } });
  return used === 1;
}
