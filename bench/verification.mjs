// Throughput of the public verification page (what a passport's QR code opens) against a
// trivial route handler of the same app, in the same run, with concurrent connections.
// Run: npm run bench:verification   (DATABASE_URL/TEST_DATABASE_URL for a real PostgreSQL;
// SKIP_BUILD=1 to reuse the last build; BENCH_SECONDS, BENCH_CONNECTIONS to tune).
import autocannon from "autocannon";
import pg from "pg";
import { baseEnv, startApp, startDatabase } from "../scripts/stack.mjs";

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);

// The verification page allows 60 requests a minute per client address (issue 17, item 8):
// the app trusts one proxy hop here and each request comes "from" another address, as real
// phones at many gates would; the limit's bookkeeping is part of what is measured.
let n = 0;
const nextAddress = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;

function load(url) {
  const requests = [{ setupRequest: (req) => ({ ...req, headers: { ...req.headers, "x-forwarded-for": nextAddress() } }) }];
  return new Promise((resolve, reject) =>
    autocannon({ url, connections, duration: seconds, requests }, (err, result) => (err ? reject(err) : resolve(result))),
  );
}

const env = baseEnv();
env.TRUSTED_PROXY_HOPS = "1";
const db = await startDatabase();
env.DATABASE_URL = db.url;
process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
const app = await startApp(env);
try {
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const { rows } = await client.query(`SELECT "id" FROM "Passport" WHERE "number" = 'PS-2026-7K4M9Q'`);
  await client.end();
  const { signPassportToken } = await import("../lib/passports/verification-token.ts");
  const verification = `${app.url}/verification/${signPassportToken(rows[0].id)}`;
  const check = await (await fetch(verification)).text();
  if (!check.includes("Valide")) throw new Error("la page de vérification ne répond pas « Valide »");

  const trivial = `${app.url}/api/sante`;
  await load(trivial); // warm-up of both routes (compilation caches, pools)
  await load(verification);
  const base = await load(trivial);
  const page = await load(verification);
  const row = (name, r) =>
    `${name.padEnd(28)} ${r.requests.average.toFixed(0).padStart(7)} req/s   p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   erreurs ${r.errors + r.non2xx}`;
  console.log(`\n${connections} connexions, ${seconds} s par mesure, base ${db.embedded ? "PGlite embarquée" : "PostgreSQL"}`);
  console.log(row("GET /api/sante (trivial)", base));
  console.log(row("GET /verification/<jeton>", page));
  console.log(`ratio vérification / trivial : ${(page.requests.average / base.requests.average).toFixed(2)}`);
} finally {
  await app.stop();
  await db.stop();
}
