// Item 15 of issue 17: login stays fast. Logs in through the real next-auth endpoint (CSRF
// token, then POST /api/auth/callback/credentials, timed) and, in the same run, times one
// argon2id verification of the same password with the app's parameters; prints p50/p95 of
// both and their ratio, beside a trivial route (GET /api/sante) and next-auth's CSRF route
// timed in the same loop, and the ratio of the login's cost beyond the trivial route. A login includes the throttling read, the account look-up, argon2id,
// the new AuthSession row and the signed token.
// Run: npm run bench:login   (TEST_DATABASE_URL/DATABASE_URL for a real PostgreSQL;
// SKIP_BUILD=1 reuses the last build; BENCH_RUNS to tune).
import pg from "pg";
import { verify } from "@node-rs/argon2";
// @ts-expect-error: plain ESM helper shared with the test runner
import { baseEnv, startApp, startDatabase } from "../scripts/stack.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARMUP = 20;
const IDENTIFIER = "lucie.martin@cst-demo.fr";
const PASSWORD = "Passeport-Demo-2026";

const csrfTimes: number[] = [];
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const sortedOf = (times: number[]) => [...times].sort((a, b) => a - b);
const row = (name: string, times: number[]) => {
  const sorted = sortedOf(times);
  return `${name.padEnd(40)} p50 ${pct(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${pct(sorted, 95).toFixed(1).padStart(6)} ms`;
};

async function timed(url: string) {
  const t0 = performance.now();
  const response = await fetch(url);
  await response.arrayBuffer();
  return performance.now() - t0;
}

async function login(url: string) {
  const c0 = performance.now();
  const csrf = await fetch(`${url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  csrfTimes.push(performance.now() - c0);
  const t0 = performance.now();
  const response = await fetch(`${url}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", cookie },
    body: new URLSearchParams({ csrfToken, identifier: IDENTIFIER, password: PASSWORD, json: "true" }),
    redirect: "manual",
  });
  const body = (await response.json()) as { url?: string };
  const ms = performance.now() - t0;
  const session = response.headers.getSetCookie().some((c) => c.includes("next-auth.session-token="));
  if (!session || body.url?.includes("error=")) throw new Error(`connexion refusée : ${JSON.stringify(body)}`);
  return ms;
}

async function main() {
  const env = baseEnv();
  const db = await startDatabase();
  env.DATABASE_URL = db.url;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query(`SELECT "passwordHash" FROM "Account" WHERE "email" = $1`, [IDENTIFIER]);
  await client.end();
  const hash = rows[0].passwordHash as string;
  const app = await startApp(env);
  try {
    const logins: number[] = [];
    const argon: number[] = [];
    const trivial: number[] = [];
    for (let i = 0; i < RUNS + WARMUP; i++) {
      const l = await login(app.url);
      const t0 = performance.now();
      if (!(await verify(hash, PASSWORD))) throw new Error("argon2id : le mot de passe de démonstration ne correspond pas");
      const a = performance.now() - t0;
      const s = await timed(`${app.url}/api/sante`);
      if (i >= WARMUP) {
        trivial.push(s);
        logins.push(l);
        argon.push(a);
      }
    }
    console.log(`\n${RUNS} connexions l'une après l'autre, base ${db.embedded ? "PGlite embarquée" : "PostgreSQL"}`);
    console.log(row("connexion (POST /api/auth/callback)", logins));
    console.log(row("une vérification argon2id", argon));
    console.log(row("GET /api/sante (route triviale)", trivial));
    console.log(row("GET /api/auth/csrf (next-auth, sans base)", csrfTimes.slice(WARMUP)));
    const at = (times: number[], p: number) => pct(sortedOf(times), p);
    const ratio = (p: number) => at(logins, p) / at(argon, p);
    // what any request costs this server (routing, proxy, HTTP) is the trivial route's time;
    // the login's own work is what it costs beyond that
    const net = (p: number) => (at(logins, p) - at(trivial, p)) / at(argon, p);
    console.log(`rapport connexion / argon2id : p50 ${ratio(50).toFixed(2)}   p95 ${ratio(95).toFixed(2)}`);
    console.log(`rapport (connexion − route triviale) / argon2id : p50 ${net(50).toFixed(2)}   p95 ${net(95).toFixed(2)}`);
  } finally {
    await app.stop();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
