// B3: the employee list of a company with 5,000 employees in a database of 100,000
// learners. Prints p50 and p95 of the list query (search, sort, page 50).
// Run: npm run bench:employees   (TEST_DATABASE_URL/DATABASE_URL for a real PostgreSQL,
// otherwise an embedded PGlite, much slower to fill).
import pg from "pg";
// @ts-expect-error: plain ESM helper shared with the test runner
import { startDatabase } from "../scripts/stack.mjs";

const TOTAL = Number(process.env.BENCH_LEARNERS ?? 100_000);
const BIG = Number(process.env.BENCH_COMPANY_SIZE ?? 5_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 40);

async function fill(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const t0 = performance.now();
  // 50 companies; the first holds BIG employees, the others share the rest
  await client.query(`
    INSERT INTO "Company" ("id", "kind", "name", "siret", "regions", "referentLastName", "referentFirstName", "referentEmail", "updatedAt")
    SELECT 'bench-co-' || i, 'SUBCONTRACTOR', 'Entreprise banc ' || i, lpad(i::text, 14, '9'), '{}', 'Banc', 'Réf', 'banc' || i || '@example.fr', now()
    FROM generate_series(1, 50) i`);
  await client.query(`
    INSERT INTO "Account" ("id", "uniqueId", "mustSetPassword", "passwordHash", "updatedAt")
    SELECT 'bench-ac-' || i, 'B' || lpad(i::text, 7, '0'), false, 'x', now() FROM generate_series(1, ${TOTAL}) i`);
  await client.query(`
    INSERT INTO "Person" ("id", "accountId", "companyId", "firstName", "lastName", "searchName", "profileId", "blockedAt", "updatedAt")
    SELECT 'bench-pe-' || i, 'bench-ac-' || i,
      CASE WHEN i <= ${BIG} THEN 'bench-co-1' ELSE 'bench-co-' || (2 + i % 49) END,
      (ARRAY['Jean','Marie','Karim','Lucie','Paul','Inès','Hugo','Léa','Marc','Sofia'])[1 + i % 10],
      'Nom' || lpad((i * 7919 % ${TOTAL})::text, 6, '0'),
      lower((ARRAY['Jean','Marie','Karim','Lucie','Paul','Inès','Hugo','Léa','Marc','Sofia'])[1 + i % 10] || ' nom' || lpad((i * 7919 % ${TOTAL})::text, 6, '0')),
      (SELECT "id" FROM "Profile" ORDER BY "position" LIMIT 1 OFFSET i % 3),
      CASE WHEN i % 97 = 0 THEN now() END, now()
    FROM generate_series(1, ${TOTAL}) i`);
  // one passport for two employees out of three
  await client.query(`
    INSERT INTO "Passport" ("id", "number", "personId", "profileId", "companyId", "issuedAt", "expiresAt", "issuedVia")
    SELECT 'bench-pa-' || i, 'PS-BENCH-' || i, 'bench-pe-' || i, p."profileId", p."companyId",
      now() - (i % 900) * interval '1 day', now() + (i % 900) * interval '1 day', 'ONLINE'
    FROM generate_series(1, ${TOTAL}) i JOIN "Person" p ON p."id" = 'bench-pe-' || i WHERE i % 3 <> 0`);
  await client.query(`ANALYZE`);
  await client.end();
  console.log(`${TOTAL} apprenants dont ${BIG} dans une entreprise, insérés en ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const db = await startDatabase();
  try {
    await fill(db.url);
    process.env.DATABASE_URL = db.url;
    const { listEmployees } = await import("../lib/people/list-employees");
    const viewer = {
      accountId: "bench",
      email: null,
      uniqueId: null,
      isAdmin: false,
      mustSetPassword: false,
      person: null,
      company: { id: "bench-co-1", kind: "SUBCONTRACTOR" as const, name: "Entreprise banc 1" },
    };
    const cases = {
      "recherche « marie »": { q: "marie" },
      "tri par expiration ↓": { sort: "expiration" as const, dir: "desc" as const },
      "page 50 (tri par nom)": { page: 50 },
      "recherche + tri + page 3": { q: "nom0", sort: "prenom" as const, dir: "asc" as const, page: 3 },
    };
    for (const [name, query] of Object.entries(cases)) {
      const times: number[] = [];
      for (let i = 0; i < RUNS + 5; i++) {
        const t0 = performance.now();
        const list = await listEmployees(viewer, query);
        if (i >= 5) times.push(performance.now() - t0); // first runs warm the pool and caches
        if (i === 0 && list.rows.length === 0) throw new Error(`aucune ligne pour ${name}`);
      }
      times.sort((a, b) => a - b);
      console.log(`${name.padEnd(28)} p50 ${pct(times, 50).toFixed(1).padStart(6)} ms   p95 ${pct(times, 95).toFixed(1).padStart(6)} ms`);
    }
    const { db: prisma } = await import("../lib/db");
    await prisma.$disconnect();
  } finally {
    await db.stop();
  }
}

main();
