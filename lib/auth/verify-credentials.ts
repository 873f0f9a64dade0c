// A1/A5: one login field for three kinds of identifier (e-mail, generated unique ID,
// member number). Any failure gives the same answer; repeated failures ask the identifier
// for a proof of work and lock the client address for a while (lib/auth/throttle.ts).
// Item 15 of issue 17: a login costs one round trip to the database before argon2id, and
// none after it (lookUp below).
import "server-only";
import { db } from "@/lib/db";
import { burnPasswordCheck, verifyPassword } from "@/lib/auth/password";
import {
  addressKey,
  clearFailures,
  identifierKey,
  proofDifficulty,
  recordFailure,
  throttleKeys,
  throttleStateOf,
  type ThrottleRow,
} from "@/lib/auth/throttle";
import { newSessionId, sessionExpiry, sweepOldSessions } from "@/lib/auth/auth-session";
import { verifyProofOfWork } from "@/lib/antibot/proof-of-work";

export type CredentialsResult =
  | { ok: true; accountId: string; credentialsVersion: number; isAdmin: boolean }
  | { ok: false; reason: "INVALID" | "THROTTLED" }
  | { ok: false; reason: "PROOF_REQUIRED"; difficulty: number };

/** How an identifier is looked up: an e-mail (any case), else a unique ID, else an active member company's number. */
function identifierForms(identifier: string) {
  const value = identifier.trim();
  return { isEmail: value.includes("@"), email: value.toLowerCase(), code: value.toUpperCase() };
}

export async function findAccountByIdentifier(identifier: string) {
  const { isEmail, email, code } = identifierForms(identifier);
  const select = { id: true, passwordHash: true, disabledAt: true, credentialsVersion: true, isAdmin: true } as const;
  if (isEmail) return db.account.findUnique({ where: { email }, select });
  const byUniqueId = await db.account.findUnique({ where: { uniqueId: code }, select });
  if (byUniqueId) return byUniqueId;
  const company = await db.company.findUnique({ where: { memberNumber: code }, select: { status: true, account: { select } } });
  return company?.status === "ACTIVE" ? company.account : null;
}

type Found = { id: string; passwordHash: string | null; disabled: boolean; credentialsVersion: number; isAdmin: boolean };
type NewSession = { id: string; userAgent: string | null };

/**
 * Everything a login reads, in one statement (a suspended company's login is not found, so it
 * gets the answer of an unknown identifier, after the same password-hash work): the account (as findAccountByIdentifier finds
 * it), the identifier's and the address's throttling rows and, for a login through the form,
 * its session row. That row is written before the password is checked so that nothing waits
 * for the database after argon2id; it opens nothing until a signed token names it, the token
 * is only made once the password is right, and every other outcome deletes it.
 */
async function lookUp(identifier: string, address: string | null, now: Date, session?: NewSession) {
  const { isEmail, email, code } = identifierForms(identifier);
  const [idKey, ipKey] = [identifierKey(identifier), address ? addressKey(address) : null];
  const rows = await db.$queryRaw<(Partial<Found> & { sessionId: string | null; throttle: ThrottleRow[] | null })[]>`
    WITH "candidates" AS (
      SELECT a."id", a."passwordHash", a."disabledAt", a."credentialsVersion", a."isAdmin", 1 AS "rank"
        FROM "Account" a WHERE ${isEmail} AND a."email" = ${email}
         AND NOT EXISTS (SELECT 1 FROM "Company" s WHERE s."accountId" = a."id" AND s."status" = 'SUSPENDED')
      UNION ALL
      SELECT a."id", a."passwordHash", a."disabledAt", a."credentialsVersion", a."isAdmin", 2
        FROM "Account" a WHERE NOT ${isEmail} AND a."uniqueId" = ${code}
         AND NOT EXISTS (SELECT 1 FROM "Company" s WHERE s."accountId" = a."id" AND s."status" = 'SUSPENDED')
      UNION ALL
      SELECT a."id", a."passwordHash", a."disabledAt", a."credentialsVersion", a."isAdmin", 3
        FROM "Company" c JOIN "Account" a ON a."id" = c."accountId"
       WHERE NOT ${isEmail} AND c."memberNumber" = ${code} AND c."status" = 'ACTIVE'
    ),
    "account" AS (SELECT * FROM "candidates" ORDER BY "rank" LIMIT 1),
    "opened" AS (
      INSERT INTO "AuthSession" ("id", "accountId", "credentialsVersion", "createdAt", "lastSeenAt", "expiresAt", "address", "userAgent")
      SELECT ${session?.id ?? null}, "id", "credentialsVersion", ${now}, ${now}, ${sessionExpiry(now)},
             ${address?.slice(0, 64) ?? null}, ${session?.userAgent?.slice(0, 300) ?? null}
        FROM "account"
       WHERE ${session?.id ?? null}::text IS NOT NULL AND "passwordHash" IS NOT NULL AND "disabledAt" IS NULL
      RETURNING "id"
    )
    SELECT a."id", a."passwordHash", a."disabledAt" IS NOT NULL AS "disabled", a."credentialsVersion", a."isAdmin",
           (SELECT "id" FROM "opened") AS "sessionId",
           (SELECT json_agg(json_build_object('key', t."key", 'failures', t."failures", 'windowStart', t."windowStart", 'lockedUntil', t."lockedUntil"))
              FROM "LoginThrottle" t WHERE t."key" IN (${idKey}, ${ipKey})) AS "throttle"
      FROM (SELECT 1) AS "one" LEFT JOIN "account" a ON true`;
  const row = rows[0];
  // json_build_object writes timestamps without a zone: they are UTC, as Prisma stores them
  const utc = (value: unknown) => (value == null ? null : new Date(`${String(value)}Z`));
  const throttle = (row.throttle ?? []).map((t) => ({ ...t, windowStart: utc(t.windowStart)!, lockedUntil: utc(t.lockedUntil) }));
  const account = row.id ? (row as Found) : null;
  return { account, sessionId: row.sessionId, state: throttleStateOf(throttle, identifier, address, now) };
}

export type LoginProof = { challenge: string; nonce: string };

/** Work a request may leave for after its answer (Next.js's `after`); by default, done at once. */
export type Defer = (job: () => Promise<unknown>) => void;

type Checked = Exclude<CredentialsResult, { ok: true }> | { ok: true; account: Found; hadFailures: boolean; sessionId: string | null };

/**
 * Checks a login. The address's hard cap and the identifier's proof of work are checked
 * before the password, with the same answers whether or not the identifier exists.
 */
async function check(identifier: string, password: string, address: string | null, now: Date, proof?: LoginProof, session?: NewSession) {
  const { account, sessionId, state } = await lookUp(identifier, address, now, session);
  const refuse = async (result: Exclude<Checked, { ok: true }>, failed: boolean) => {
    await Promise.all([
      sessionId ? db.authSession.deleteMany({ where: { id: sessionId } }) : null,
      failed ? recordFailure(throttleKeys(identifier, address), now) : null,
    ]);
    return result;
  };
  if (state.addressLocked) return refuse({ ok: false, reason: "THROTTLED" }, false);
  const difficulty = proofDifficulty(state.identifierFailures);
  if (difficulty > 0 && !(proof && (await verifyProofOfWork(proof.challenge, proof.nonce, now.getTime(), difficulty)))) {
    return refuse({ ok: false, reason: "PROOF_REQUIRED", difficulty }, false);
  }

  const valid =
    account?.passwordHash && !account.disabled
      ? await verifyPassword(account.passwordHash, password)
      : (await burnPasswordCheck(password), false);

  if (!valid || !account) return refuse({ ok: false, reason: "INVALID" }, true);
  return { ok: true, account, hadFailures: state.identifierFailures > 0, sessionId } satisfies Checked;
}

/** Checks an identifier and password (a proof of holding an account, as when linking spaces); opens no session. */
export async function verifyCredentials(
  identifier: string,
  password: string,
  address: string | null,
  now = new Date(),
  proof?: LoginProof,
): Promise<CredentialsResult> {
  const result = await check(identifier, password, address, now, proof);
  if (!result.ok) return result;
  if (result.hadFailures) await clearFailures(identifier);
  const { account } = result;
  return { ok: true, accountId: account.id, credentialsVersion: account.credentialsVersion, isAdmin: account.isAdmin };
}

/**
 * A login through the form: the checks of verifyCredentials and a new session. The identifier's
 * failures, if any, are cleared before answering; the login time is recorded after (`defer`).
 */
export async function logIn(
  identifier: string,
  password: string,
  address: string | null,
  options: { proof?: LoginProof; userAgent?: string | null; defer?: Defer } = {},
  now = new Date(),
): Promise<Exclude<CredentialsResult, { ok: true }> | { ok: true; accountId: string; sessionId: string }> {
  const session = { id: newSessionId(), userAgent: options.userAgent ?? null };
  const result = await check(identifier, password, address, now, options.proof, session);
  if (!result.ok) return result;
  if (!result.sessionId) throw new Error("session non ouverte pour un compte vérifié");
  if (result.hadFailures) await clearFailures(identifier);
  const accountId = result.account.id;
  const record = () =>
    Promise.all([db.account.updateMany({ where: { id: accountId }, data: { lastLoginAt: now } }), sweepOldSessions(now)]);
  if (options.defer) options.defer(record);
  else await record();
  return { ok: true, accountId, sessionId: result.sessionId };
}
