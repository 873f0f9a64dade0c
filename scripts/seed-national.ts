// Issue 11, item 8: fills the database named by DATABASE_URL (migrated and seeded with the
// demo content: profiles, modules, questions) with a national-scale platform: 5,000 companies,
// 150,000 learners, 300 accredited trainers, 2,000,000 attempts, 1,000,000 gate checks and
// 2,000,000 audit entries, with the passports, paths, sessions, day totals and e-mails that go
// with them. Set-based SQL only (INSERT … SELECT … FROM generate_series), in one transaction.
// NATIONAL_SCALE=0.01 makes everything a hundred times smaller (tests). Generated rows carry
// ids starting with "n" and a letter naming their table, so that they never meet the demo's.
// Every generated login uses the demo password (README).
// Run: DATABASE_URL=… npm run seed:national
import "dotenv/config";
import pg from "pg";
import { nationalSteps, nationalVolumes } from "./seed-national-sql";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL manquant : la base à remplir (migrée, avec le contenu de démonstration).");
  const scale = Number(process.env.NATIONAL_SCALE ?? 1);
  if (!(scale > 0 && scale <= 10)) throw new Error("NATIONAL_SCALE doit être un nombre compris entre 0 (exclu) et 10.");
  const volumes = nationalVolumes(scale);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Person" WHERE "id" LIKE 'npe%'`);
    if (rows[0].n > 0) throw new Error("Cette base contient déjà des données nationales générées : utilisez une base neuve.");
    const { rows: content } = await client.query(`SELECT count(*)::int AS n FROM "ProfileModule"`);
    if (content[0].n === 0) throw new Error("Aucun profil ni module : appliquez d'abord les migrations et le seed de démonstration.");
    console.log(`[national] échelle ${scale} : ${JSON.stringify(volumes)}`);
    // foreign keys are not checked row by row during the load (a superuser's right; the rows
    // are generated consistent and tests/integration/seed-national.test.ts checks them)
    const fast = await client.query("SET session_replication_role = replica").then(
      () => true,
      () => false,
    );
    if (!fast) console.log("[national] clés étrangères vérifiées ligne à ligne (rôle non superutilisateur) : plus lent");
    await client.query("BEGIN");
    for (const step of nationalSteps(volumes)) {
      const t0 = performance.now();
      const result = await client.query(step.sql);
      const count = Array.isArray(result) ? result.at(-1)?.rowCount : result.rowCount;
      console.log(
        `[national] ${step.name.padEnd(34)} ${String(count ?? "").padStart(9)} lignes  ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
    await client.query("COMMIT");
    if (fast) await client.query("SET session_replication_role = DEFAULT");
    const t0 = performance.now();
    // the tables read by index-only scans (counts of people per company, passports by state)
    // are vacuumed as autovacuum would soon do, so that those scans need no visit of the heap
    await client.query(`VACUUM (ANALYZE) "Person", "Passport", "Company"`);
    await client.query("ANALYZE");
    console.log(`[national] VACUUM et ANALYZE ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  console.log(`[national] terminé en ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
