// Item 8 of issue 17: per-address limits of the public look-ups (company search, QR
// verification, forgotten password, registrations) and a per-account limit of the
// controller's check by number, shared by every app instance: one atomic upsert per request
// on a RateLimit row (fixed window). A table of our own rather than rate-limiter-flexible's
// RateLimiterPostgres: the app's pg pool belongs to Prisma's adapter (the library would need
// a second pool per instance), and the library creates its table at run time, which
// `prisma migrate` would report as drift.
import "server-only";
import { db, rawQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { UserFacingError } from "@/lib/errors";

type Limit = { points: number; windowSeconds: number; message: string };

export const LIMITS = {
  /** anonymous company search by name or SIRET (self-registration), per address */
  companySearch: {
    points: 60,
    windowSeconds: 5 * 60,
    message: "Trop de recherches d'entreprise depuis votre adresse. Réessayez dans quelques minutes.",
  },
  /** the controller's check by number, per account */
  passportCheck: {
    points: 120,
    windowSeconds: 10 * 60,
    message: "Trop de contrôles en peu de temps. Réessayez dans quelques minutes.",
  },
  /** issue 18: the access-control API (/api/v1), per API key */
  api: {
    points: 600,
    windowSeconds: 60,
    message: "Trop d'appels avec cette clé d'API (600 par minute au plus). Réessayez dans une minute.",
  },
  /** the public page a passport's QR code opens, per address */
  verification: {
    points: 60,
    windowSeconds: 60,
    message: "Trop de vérifications depuis votre adresse. Réessayez dans une minute.",
  },
  /** "Mot de passe oublié", per address */
  passwordReset: {
    points: 10,
    windowSeconds: 15 * 60,
    message: "Trop de demandes depuis votre adresse. Réessayez dans quelques minutes.",
  },
  /** the three registration forms, per address */
  registration: {
    points: 20,
    windowSeconds: 60 * 60,
    message: "Trop d'inscriptions depuis votre adresse. Réessayez dans une heure.",
  },
  /** the help centre's contact form, per address (anonymous) or per account */
  supportRequest: {
    points: 5,
    windowSeconds: 60 * 60,
    message: "Trop de demandes d'assistance en peu de temps. Réessayez dans une heure.",
  },
} as const satisfies Record<string, Limit>;

export type LimitName = keyof typeof LIMITS;

type Client = Pick<typeof db, "$queryRaw" | "$executeRaw">;

/**
 * The upsert that counts one request of `subject` (an address or an account id; null: unknown
 * address), returning "hits" and "expiresAt": for consumeRateLimit, or as a CTE of a statement
 * that does the request's work in the same round trip (the QR verification page).
 */
export function countRequestSql(name: LimitName, subject: string | null, now: Date) {
  const limit = LIMITS[name];
  const key = `${name}:${subject ?? "inconnue"}`;
  const end = new Date(now.getTime() + limit.windowSeconds * 1000);
  return Prisma.sql`
    INSERT INTO "RateLimit" ("key", "hits", "expiresAt") VALUES (${key}, 1, ${end})
    ON CONFLICT ("key") DO UPDATE SET
      "hits" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN 1 ELSE "RateLimit"."hits" + 1 END,
      "expiresAt" = CASE WHEN "RateLimit"."expiresAt" <= ${now} THEN ${end} ELSE "RateLimit"."expiresAt" END
    RETURNING "hits", "expiresAt"`;
}

/** The verdict of a count: allowed, or how long to wait. */
export function limitVerdict(name: LimitName, row: { hits: number; expiresAt: Date }, now: Date) {
  const allowed = row.hits <= LIMITS[name].points;
  return { allowed, retryAfterSeconds: allowed ? 0 : Math.max(1, Math.ceil((row.expiresAt.getTime() - now.getTime()) / 1000)) };
}

/** About one request in a hundred clears the rows whose window ended an hour ago. */
export async function maybePurgeRateLimits(now: Date, client: Client = db) {
  if (Math.random() < 0.01) await client.$executeRaw`DELETE FROM "RateLimit" WHERE "expiresAt" < ${new Date(now.getTime() - 3600_000)}`;
}

/** Counts one request of `subject` (an address or an account id; null: unknown address). */
export async function consumeRateLimit(name: LimitName, subject: string | null, now = new Date(), client: Client = db) {
  type Count = { hits: number; expiresAt: Date };
  // issue 18: straight through the pool unless inside a transaction (see rawQuery)
  const [row] =
    client === db
      ? await rawQuery<Count>(countRequestSql(name, subject, now))
      : await client.$queryRaw<Count[]>(countRequestSql(name, subject, now));
  await maybePurgeRateLimits(now, client);
  return limitVerdict(name, row, now);
}

export class RateLimitedError extends UserFacingError {}

/** For actions: counts the request, or refuses it with the limit's French message. */
export async function enforceRateLimit(name: LimitName, subject: string | null, now = new Date()) {
  const { allowed } = await consumeRateLimit(name, subject, now);
  if (!allowed) throw new RateLimitedError(LIMITS[name].message);
}
