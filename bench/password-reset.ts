// Item 9 of issue 17: "Mot de passe oublié" answers in the same time whatever the
// identifier. Sends the real server action over HTTP (as the page's form does), one after
// the other, an identifier that has an account (a fresh one each time, so that the whole
// link-and-mail job runs) and one that has none, and prints p50/p95 of both.
// Run: npm run bench:reset   (TEST_DATABASE_URL/DATABASE_URL for a real PostgreSQL;
// SKIP_BUILD=1 reuses the last build; BENCH_RUNS to tune).
import { readFileSync } from "node:fs";
import pg from "pg";
// @ts-expect-error: plain ESM helper shared with the test runner
import { baseEnv, startApp, startDatabase } from "../scripts/stack.mjs";

const RUNS = Number(process.env.BENCH_RUNS ?? 400);
const WARMUP = 20;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const row = (name: string, times: number[]) => {
  const sorted = [...times].sort((a, b) => a - b);
  return `${name.padEnd(32)} p50 ${pct(sorted, 50).toFixed(1).padStart(6)} ms   p95 ${pct(sorted, 95).toFixed(1).padStart(6)} ms`;
};

// the form allows 10 requests per address every 15 minutes: the app trusts one proxy hop
// here and each request comes "from" another address
let n = 0;
const nextAddress = () => `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n++ & 255}`;

function actionId(name: string) {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === name)?.[0];
  if (!id) throw new Error(`action ${name} introuvable dans le manifeste de la build`);
  return id;
}

async function main() {
  const env = baseEnv();
  env.TRUSTED_PROXY_HOPS = "1";
  const db = await startDatabase();
  env.DATABASE_URL = db.url;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  const total = RUNS + WARMUP;
  await client.query(`
    INSERT INTO "Account" ("id", "email", "mustSetPassword", "passwordHash", "updatedAt")
    SELECT 'bench-reset-' || i, 'oubli-' || i || '@example.fr', false, 'x', now() FROM generate_series(1, ${total}) i`);
  const app = await startApp(env);
  try {
    const id = actionId("requestPasswordResetAction");
    const ask = async (identifier: string) => {
      const t0 = performance.now();
      const response = await fetch(`${app.url}/mot-de-passe-oublie`, {
        method: "POST",
        headers: {
          "Next-Action": id,
          "Content-Type": "text/plain;charset=UTF-8",
          Accept: "text/x-component",
          "X-Forwarded-For": nextAddress(),
        },
        body: JSON.stringify([{ identifier }]),
      });
      const body = await response.text();
      const ms = performance.now() - t0;
      if (!response.ok || !body.includes('"ok":true')) throw new Error(`réponse inattendue (${response.status}) : ${body.slice(0, 200)}`);
      return ms;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    // which kind goes first is drawn each time: here the first request of a pair was a few
    // milliseconds slower than the second, whatever its identifier
    for (let i = 1; i <= total; i++) {
      let k: number, u: number;
      if (Math.random() < 0.5) {
        k = await ask(`oubli-${i}@example.fr`);
        u = await ask(`personne-${i}-${Date.now()}@example.fr`);
      } else {
        u = await ask(`personne-${i}-${Date.now()}@example.fr`);
        k = await ask(`oubli-${i}@example.fr`);
      }
      if (i > WARMUP) {
        known.push(k);
        unknown.push(u);
      }
    }
    await new Promise((r) => setTimeout(r, 1000)); // the queued jobs finish
    const { rows } = await client.query(
      `SELECT count(*)::int AS n FROM "EmailOutbox" WHERE "template" = 'password-reset' AND "to" LIKE 'oubli-%'`,
    );
    console.log(`\n${RUNS} demandes de chaque sorte, alternées, base ${db.embedded ? "PGlite embarquée" : "PostgreSQL"}`);
    console.log(row("identifiant avec un compte", known));
    console.log(row("identifiant inconnu", unknown));
    const ratio = (p: number) =>
      pct(
        [...known].sort((a, b) => a - b),
        p,
      ) /
      pct(
        [...unknown].sort((a, b) => a - b),
        p,
      );
    console.log(`rapport connu / inconnu : p50 ${ratio(50).toFixed(2)}   p95 ${ratio(95).toFixed(2)}`);
    console.log(`liens envoyés après la réponse : ${rows[0].n} sur ${total}`);
  } finally {
    await client.end();
    await app.stop();
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
