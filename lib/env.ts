// The environment, read once and validated with zod. In production a missing or weak secret
// stops the server at start-up (instrumentation.ts) with a message naming the variable; in
// development and tests, a fixed development secret stands in and a warning says so.
// `next build` needs none of it (route modules are imported, not run).
import { z } from "zod";

const DEV_SECRET = "dev-only-secret-never-used-in-production";

const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url({ message: "doit être une URL (https://…)" }).optional());
const optionalText = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalText,
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(500).default(10),
  /** issue 16: a streaming replica for the administrators' heavy reads (statistics, exports, lists); unset: the primary */
  DATABASE_REPLICA_URL: optionalText,
  /** issue 16: how long a request waits for a pool connection (or a new one) before failing with the error page */
  DATABASE_CONNECT_TIMEOUT_MS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(100).max(60_000).default(3000)),
  /** issue 16: PostgreSQL's statement_timeout for the app's connections (0: none) */
  DATABASE_STATEMENT_TIMEOUT_MS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(600_000).default(30_000),
  ),
  NEXTAUTH_SECRET: optionalText,
  PASSPORT_TOKEN_SECRET: optionalText,
  /** issue 18: Ed25519 private key (PKCS#8 PEM or JWK) signing the passports' QR credentials */
  PASSPORT_SIGNING_KEY: optionalText,
  /** its key id (kid), printed in each QR code; defaults to the JWK's "kid" */
  PASSPORT_SIGNING_KEY_ID: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .regex(/^[A-Z0-9]{1,12}$/, { message: "de 1 à 12 lettres majuscules ou chiffres" })
      .optional(),
  ),
  /** earlier public keys still accepted (JWKS JSON, each with its kid): rotation */
  PASSPORT_VERIFICATION_KEYS: optionalText,
  NEXTAUTH_URL: optionalUrl,
  PUBLIC_URL: optionalUrl,
  RESEND_API_KEY: optionalText,
  MAIL_FROM: z.string().min(3).default("Passeport Sécurité <no-reply@passeport-securite.fr>"),
  CHROMIUM_PATH: optionalText,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  NEXT_PHASE: optionalText,
  /** proxies in front of the app whose X-Forwarded-For entry is trusted (0: the socket's address) */
  /** key of the administrators' TOTP secrets at rest; derived from NEXTAUTH_SECRET when absent */
  TOTP_ENCRYPTION_KEY: optionalText,
  TRUSTED_PROXY_HOPS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(10).default(0)),
  /** issue 12: the folder of uploaded media (videos, captions, slides, PDFs); shared by every instance */
  MEDIA_DIR: z.preprocess((v) => (v === "" ? undefined : v), z.string().default(".data/media")),
  /** issue 12: the largest video or PDF accepted, in megabytes (images and captions have smaller limits) */
  MEDIA_MAX_MB: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(4096).default(300)),
  /** issue 14: retention (lib/retention/retention-policy.ts), read by the jobs and the Confidentialité page alike */
  RETENTION_CHECK_MONTHS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(120).default(12)),
  RETENTION_EMAIL_BODY_DAYS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(3650).default(30)),
  RETENTION_EXPIRED_ROWS_DAYS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(0).max(365).default(1)),
  RETENTION_ANONYMIZE_YEARS: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).max(50).default(5)),
});

export type Env = z.infer<typeof schema> & { NEXTAUTH_SECRET: string; PASSPORT_TOKEN_SECRET: string };

export class EnvError extends Error {}

function problems(parsed: z.infer<typeof schema>): string[] {
  // `next build` imports the route modules with NODE_ENV=production but serves nothing
  if (parsed.NODE_ENV !== "production" || parsed.NEXT_PHASE === "phase-production-build") return [];
  const out: string[] = [];
  if (!parsed.DATABASE_URL) out.push("DATABASE_URL manque : l'adresse de la base PostgreSQL.");
  if (!parsed.NEXTAUTH_SECRET)
    out.push("NEXTAUTH_SECRET manque : une valeur aléatoire d'au moins 32 caractères, la même sur chaque instance.");
  else if (parsed.NEXTAUTH_SECRET.length < 32) out.push("NEXTAUTH_SECRET est trop court : au moins 32 caractères.");
  if (parsed.PASSPORT_TOKEN_SECRET && parsed.PASSPORT_TOKEN_SECRET.length < 32)
    out.push("PASSPORT_TOKEN_SECRET est trop court : au moins 32 caractères.");
  if (!parsed.PASSPORT_SIGNING_KEY)
    out.push(
      "PASSPORT_SIGNING_KEY manque : la clé privée Ed25519 (PEM PKCS#8 ou JWK) qui signe les QR codes des passeports (voir le README, « Clés des QR codes »).",
    );
  if (!parsed.PUBLIC_URL && !parsed.NEXTAUTH_URL)
    out.push("NEXTAUTH_URL (ou PUBLIC_URL) manque : l'adresse publique de la plateforme, utilisée dans les e-mails et les QR codes.");
  return out;
}

/** Validates an environment; throws EnvError listing every problem. */
export function readEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join(".")} : ${i.message}`);
    throw new EnvError(`Configuration invalide :\n- ${lines.join("\n- ")}`);
  }
  const list = problems(result.data);
  if (list.length) throw new EnvError(`Configuration incomplète pour la production :\n- ${list.join("\n- ")}`);
  const secret = result.data.NEXTAUTH_SECRET ?? DEV_SECRET;
  return { ...result.data, NEXTAUTH_SECRET: secret, PASSPORT_TOKEN_SECRET: result.data.PASSPORT_TOKEN_SECRET ?? secret };
}

/**
 * The validated environment of this process. Read afresh on each call (a few microseconds):
 * scripts and tests that set a variable at run time are honoured.
 */
export function env(): Env {
  return readEnv(process.env);
}

/** Public base URL of the platform, without trailing slash: e-mail links, QR codes. */
export function publicUrl(): string {
  const e = env();
  return (e.PUBLIC_URL ?? e.NEXTAUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");
}
