// Issue 16, item 5: brings the three append-only tables (PassportCheck, AuditLog, EmailOutbox)
// of a database filled by `npm run seed:national` to APPEND_ONLY_ROWS rows each (default
// 10,000,000), with rows drawn over the last three years from its people, companies, passports
// and controllers (SQL in seed-append-only-sql.ts). One transaction per table: its secondary
// indexes are set aside, the rows inserted by batches of a million, the indexes rebuilt by
// sorting (far cheaper than filling a B-tree in random order), then VACUUM ANALYZE.
// APPEND_ONLY_TRIM=1 also deletes generated rows (ids "n…") of a table that has more, chosen
// at random, so that a copy of the national database can be made a 1,000,000-row baseline.
// Run: DATABASE_URL=… APPEND_ONLY_ROWS=10000000 npm run seed:append-only
import "dotenv/config";
import pg from "pg";
import { APPEND_ONLY_TABLES, ID_PREFIX, INSERT, NATIONAL_CHECKS_SITES, PREPARE, SITES } from "./seed-append-only-sql";

const BATCH = 1_000_000;

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[append-only] ${message}`);

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL manquant : la base à remplir (remplie par npm run seed:national).");
  const target = Number(process.env.APPEND_ONLY_ROWS ?? 10_000_000);
  if (!(Number.isInteger(target) && target > 0 && target <= 100_000_000))
    throw new Error("APPEND_ONLY_ROWS doit être un entier entre 1 et 100 000 000.");
  const trim = process.env.APPEND_ONLY_TRIM === "1";
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  try {
    const { rows } = await client.query(`SELECT count(*)::int AS n FROM "Passport" WHERE "id" LIKE 'npa%'`);
    if (rows[0].n === 0) throw new Error("Aucune donnée nationale : lancez d'abord npm run seed:national sur cette base.");
    // foreign keys are not checked row by row (a superuser's right): the rows point to existing ones by construction
    await client.query("SET session_replication_role = replica").catch(() => log("clés étrangères vérifiées ligne à ligne : plus lent"));

    await client.query("BEGIN");
    const sites = await client.query(SITES);
    await client.query(PREPARE);
    const completed = await client.query(NATIONAL_CHECKS_SITES);
    await client.query("COMMIT");
    log(`sites créés : ${sites.rowCount} ; contrôles nationaux rattachés à un site : ${completed.rowCount}`);
    // the rows updated above were rewritten elsewhere in the table: compact it as it was
    if (completed.rowCount) await client.query(`VACUUM (FULL, ANALYZE) "PassportCheck"`);

    for (const table of APPEND_ONLY_TABLES) {
      const t0 = performance.now();
      const quoted = `"${table}"`;
      const { rows: counted } = await client.query(`SELECT count(*)::bigint AS n FROM ${quoted}`);
      const present = Number(counted[0].n);
      if (present > target && trim) {
        const surplus = present - target;
        await client.query(
          `DELETE FROM ${quoted} WHERE "id" IN (SELECT "id" FROM ${quoted} WHERE "id" LIKE 'n%' ORDER BY md5("id") LIMIT ${surplus})`,
        );
        if (table === "PassportCheck") log("attention : CheckDayCount n'est pas diminué des contrôles supprimés");
        await client.query(`VACUUM (FULL, ANALYZE) ${quoted}`);
        log(`${table} : ${surplus} lignes supprimées (${seconds(t0)})`);
        continue;
      }
      if (present >= target) {
        log(`${table} : ${present} lignes, rien à ajouter`);
        continue;
      }
      const missing = target - present;
      const { rows: numbered } = await client.query(`SELECT count(*)::bigint AS n FROM ${quoted} WHERE "id" LIKE '${ID_PREFIX[table]}%'`);
      const first = Number(numbered[0].n) + 1;
      await client.query("BEGIN");
      await client.query(PREPARE);
      await client.query("SET LOCAL maintenance_work_mem = '1GB'");
      // the secondary indexes (unique ones included: rebuilding checks them) are set aside
      const { rows: indexes } = await client.query<{ name: string; def: string }>(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
         FROM pg_index i WHERE i.indrelid = '${quoted}'::regclass AND NOT i.indisprimary`,
      );
      for (const index of indexes) await client.query(`DROP INDEX ${index.name}`);
      for (let lo = first; lo < first + missing; lo += BATCH) {
        const hi = Math.min(lo + BATCH - 1, first + missing - 1);
        const t1 = performance.now();
        await client.query(INSERT[table](lo, hi));
        log(`${table} : ${hi - first + 1} / ${missing} (${seconds(t1)})`);
      }
      const t2 = performance.now();
      for (const index of indexes) await client.query(index.def);
      log(`${table} : ${indexes.length} index reconstruits (${seconds(t2)})`);
      await client.query("COMMIT");
      const t3 = performance.now();
      await client.query(`VACUUM (ANALYZE) ${quoted}`);
      log(`${table} : ${missing} lignes ajoutées en ${seconds(t0)} (VACUUM ANALYZE ${seconds(t3)})`);
    }
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
  log(`terminé en ${seconds(started)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
