// Issue 14, item 1: "IMPORTER DES SALARIÉS" with 5,000 rows (4,000 with an e-mail, 1,000
// without, 500 with a SNBPE passport, 20 asking for the trainer role): the preview and the
// import (one transaction: accounts, people, links, e-mails in the outbox, audit), timed as
// the server action runs them, beside a trivial route (GET /api/sante) of the built app on the
// same database in the same run. Fails when the import takes 30 s or more.
// Run: npm run bench:import   (TEST_DATABASE_URL/DATABASE_URL for a real PostgreSQL;
// SKIP_BUILD=1 reuses the last build)
import pg from "pg";
// @ts-expect-error: plain ESM helper shared with the test runner
import { baseEnv, startApp, startDatabase } from "../scripts/stack.mjs";

const ROWS = Number(process.env.BENCH_ROWS ?? 5_000);
const LIMIT_S = 30;

function file() {
  const header =
    "Prénom;Nom;Adresse e-mail;Transporteur (oui/non);Intervient techniquement (oui/non);Mène des sensibilisations (oui/non);Mène des contrôles (oui/non);Passeport SNBPE obtenu le (JJ/MM/AAAA)";
  const lines = Array.from({ length: ROWS }, (_, i) =>
    [
      ["Hélène", "Jérôme", "Zoé", "François"][i % 4],
      `Banc${String(i).padStart(5, "0")}`,
      i % 5 === 4 ? "" : `banc${i}@example.fr`,
      i % 3 === 0 ? "oui" : "non",
      i % 2 === 0 ? "oui" : "non",
      i % 250 === 1 ? "oui" : "non",
      i % 7 === 0 ? "oui" : "non",
      i % 10 === 3 ? "15/03/2025" : "",
    ].join(";"),
  );
  return new TextEncoder().encode([header, ...lines].join("\r\n"));
}

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main() {
  const database = await startDatabase();
  const env = baseEnv();
  env.DATABASE_URL = database.url;
  const app = await startApp(env);
  try {
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query(
      `INSERT INTO "Account" ("id", "email", "mustSetPassword", "updatedAt") VALUES ('bench-ac', 'banc@example.fr', false, now())`,
    );
    await client.query(`
      INSERT INTO "Company" ("id", "kind", "name", "siret", "regions", "referentLastName", "referentFirstName", "referentEmail", "accountId", "updatedAt")
      VALUES ('bench-co', 'SUBCONTRACTOR', 'Entreprise banc', '99999999999999', '{}', 'Banc', 'Réf', 'banc@example.fr', 'bench-ac', now())`);

    process.env.DATABASE_URL = database.url;
    const { importEmployees, previewEmployeeImport } = await import("../lib/people/import-employees");
    const viewer = {
      accountId: "bench-ac",
      email: "banc@example.fr",
      uniqueId: null,
      isAdmin: false,
      mustSetPassword: false,
      person: null,
      company: { id: "bench-co", kind: "SUBCONTRACTOR" as const, name: "Entreprise banc" },
    };
    const bytes = file();

    const trivial: number[] = [];
    for (let i = 0; i < 35; i++) {
      const t0 = performance.now();
      await (await fetch(`${app.url}/api/sante`)).arrayBuffer();
      if (i >= 5) trivial.push(performance.now() - t0);
    }
    trivial.sort((a, b) => a - b);

    let t0 = performance.now();
    const preview = await previewEmployeeImport(viewer, bytes);
    const previewMs = performance.now() - t0;
    if (preview.errorCount) throw new Error(`${preview.errorCount} lignes en erreur dans le fichier du banc`);
    t0 = performance.now();
    const result = await importEmployees(viewer, bytes, "tout");
    const importMs = performance.now() - t0;

    const { rows } = await client.query(`SELECT
      (SELECT COUNT(*) FROM "Person" WHERE "companyId" = 'bench-co')::int AS people,
      (SELECT COUNT(*) FROM "EmailOutbox")::int AS emails,
      (SELECT COUNT(*) FROM "PasswordToken")::int AS links`);
    await client.end();
    const { db } = await import("../lib/db");
    await db.$disconnect();

    console.log(`\nGET /api/sante (route triviale)     p50 ${pct(trivial, 50).toFixed(1)} ms   p95 ${pct(trivial, 95).toFixed(1)} ms`);
    console.log(`aperçu de ${ROWS} lignes             ${(previewMs / 1000).toFixed(2)} s`);
    console.log(
      `import de ${ROWS} lignes              ${(importMs / 1000).toFixed(2)} s (${result.imported} salariés ; en base : ${rows[0].people} personnes, ${rows[0].links} liens, ${rows[0].emails} e-mails en file)`,
    );
    console.log(`aperçu + import                     ${((previewMs + importMs) / 1000).toFixed(2)} s (limite : ${LIMIT_S} s)`);
    if ((previewMs + importMs) / 1000 >= LIMIT_S || rows[0].people !== ROWS) process.exitCode = 1;
  } finally {
    await app.stop();
    await database.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
