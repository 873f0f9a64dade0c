// Issue 14, item 7: 150,000 employees exported as CSV and XLSX, streamed page by page: the
// first rows leave after the first page, the heap stays within a bound, every row comes out.
// The rows live in a scratch database of their own (one INSERT … SELECT generate_series), so
// that the shared test database keeps its size: it holds the tables and the index the export's
// query reads, with the real column names. The app's pool (lib/db) is pointed at it.
import pg from "pg";
import { readSheet } from "read-excel-file/node";
import type { Viewer } from "@/lib/auth/viewer";
import { tableStream, type RowBatches } from "@/lib/export/table-stream";

const N = 150_000;
const main = new URL(process.env.DATABASE_URL!);
const scratchName = `${main.pathname.slice(1)}_export_${Date.now().toString(36)}`.slice(0, 60);
const scratch = new URL(main);
scratch.pathname = `/${scratchName}`;

const admin = () => new pg.Client({ connectionString: main.toString() });
let db: typeof import("@/lib/db").db;
let exportEmployees: typeof import("@/lib/people/export-employees").exportEmployees;
let HEADERS: string[];
const viewer = { accountId: "scratch", company: { id: "company1", kind: "SUBCONTRACTOR", name: "Scratch" } } as unknown as Viewer;

beforeAll(async () => {
  const a = admin();
  await a.connect();
  await a.query(`CREATE DATABASE "${scratchName}"`);
  await a.end();
  const c = new pg.Client({ connectionString: scratch.toString() });
  await c.connect();
  await c.query(`
    CREATE TABLE "Account" ("id" text PRIMARY KEY, "email" text, "uniqueId" text, "passwordHash" text);
    CREATE TABLE "Profile" ("id" text PRIMARY KEY, "name" text NOT NULL);
    CREATE TABLE "Person" ("id" text PRIMARY KEY, "accountId" text NOT NULL, "companyId" text NOT NULL, "profileId" text,
      "firstName" text NOT NULL, "lastName" text NOT NULL, "blockedAt" timestamp(3), "deletedAt" timestamp(3));
    CREATE INDEX "Person_companyId_deletedAt_lastName_idx" ON "Person"("companyId", "deletedAt", "lastName");
    CREATE TABLE "Passport" ("id" text PRIMARY KEY, "personId" text NOT NULL, "number" text NOT NULL, "status" text NOT NULL,
      "issuedAt" timestamp(3) NOT NULL, "expiresAt" timestamp(3) NOT NULL);
    CREATE INDEX "Passport_personId_idx" ON "Passport"("personId");
    INSERT INTO "Profile" VALUES ('profile1', 'Transporteur');
    INSERT INTO "Account" ("id", "uniqueId") SELECT 'a' || g, 'U' || g FROM generate_series(1, ${N}) g;
    INSERT INTO "Person" ("id", "accountId", "companyId", "profileId", "firstName", "lastName")
      SELECT 'p' || g, 'a' || g, 'company1', 'profile1', 'Hélène', 'Nom' || lpad(g::text, 6, '0') FROM generate_series(1, ${N}) g;
    INSERT INTO "Passport" SELECT 'pp' || g, 'p' || g, 'PS-2026-' || g, 'ACTIVE', now(), now() + interval '1 year'
      FROM generate_series(1, ${N}, 3) g;
    ANALYZE;`);
  await c.end();
  process.env.DATABASE_URL = scratch.toString();
  ({ db } = await import("@/lib/db"));
  ({ exportEmployees, EMPLOYEE_EXPORT_HEADERS: HEADERS } = await import("@/lib/people/export-employees"));
}, 120_000);

afterAll(async () => {
  await db?.$disconnect();
  process.env.DATABASE_URL = main.toString();
  const a = admin();
  await a.connect();
  await a.query(`DROP DATABASE IF EXISTS "${scratchName}"`);
  await a.end();
});

it.each(["csv", "xlsx"] as const)(
  "streams 150,000 rows as %s: first rows after one page, heap growth bounded, every row once",
  async (format) => {
    let pagesRead = 0;
    const source = exportEmployees(viewer);
    const counted: RowBatches = (async function* () {
      for await (const batch of source) {
        pagesRead++;
        yield batch;
      }
    })();
    const reader = tableStream(format, HEADERS, counted).getReader();
    const heapBefore = process.memoryUsage().heapUsed;
    let peak = heapBefore;
    let bytes = 0;
    let newlines = 0;
    let pagesAtFirstRows: number | null = null;
    const chunks: Uint8Array[] = [];
    const started = Date.now();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      bytes += value.length;
      if (pagesAtFirstRows === null && pagesRead > 0) pagesAtFirstRows = pagesRead;
      if (format === "csv") {
        for (const b of value) if (b === 10) newlines++;
      } else chunks.push(value);
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    const ms = Date.now() - started;
    // the first rows left before the rest of the query was read: nothing waits for all the rows
    expect(pagesAtFirstRows).toBeLessThanOrEqual(2);
    expect(pagesRead).toBe(N / 1000);
    // the whole file is 11 MB of CSV, 40 MB of XML before compression; strings in the heap take more
    expect(peak - heapBefore).toBeLessThan(100 * 1024 * 1024);
    console.log(
      `${format} : ${N} lignes en ${ms} ms, ${(bytes / 1e6).toFixed(1)} Mo, tas +${((peak - heapBefore) / 1e6).toFixed(1)} Mo au plus`,
    );
    if (format === "csv") expect(newlines).toBe(N + 1);
    else {
      const rows = await readSheet(Buffer.concat(chunks));
      expect(rows).toHaveLength(N + 1);
      expect(rows[1]).toEqual([
        "NOM000001",
        "Hélène",
        null,
        "U1",
        "Transporteur",
        "Non activé",
        "PS-2026-1",
        "Valide",
        expect.stringMatching(/^\d\d\/\d\d\/\d{4}$/),
      ]);
      expect(rows[N][0]).toBe(`NOM${N}`);
    }
  },
  300_000,
);
