// Issue 11, item 8: `npm run seed:national` at a small scale, into a database of its own on the
// test server: the volumes asked for, and data that keep the app's invariants (every row's
// owner exists, passports match their holder and dates, day totals match the attempts).
// Needs a PostgreSQL server (PGlite serves one database only): skipped on the embedded one.
import pg from "pg";
import { randomBytes } from "node:crypto";
import { isValidSiret } from "@/lib/companies/identifiers";
import { nationalVolumes } from "@/scripts/seed-national-sql";
// @ts-expect-error: plain ESM helpers shared with the test runner
import { migrateDeploy, run, seed } from "@/scripts/run.mjs";

const server = process.env.DATABASE_URL ?? "";
// scripts/test.mjs says when the tests run on the embedded PGlite
const onServer = /^postgres(ql)?:/.test(server) && process.env.EMBEDDED_DATABASE !== "1";
const SCALE = 0.002;
const name = `stats_national_test_${randomBytes(4).toString("hex")}`;
let client: pg.Client;
let admin: pg.Client;

async function count(sql: string) {
  const { rows } = await client.query(sql);
  return Number(rows[0].n);
}

const maybe = onServer ? describe : describe.skip;

maybe("seed:national at a small scale", () => {
  beforeAll(async () => {
    admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    await migrateDeploy(url.toString());
    await seed(url.toString());
    await run(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/seed-national.ts"], {
      env: { ...process.env, DATABASE_URL: url.toString(), NATIONAL_SCALE: String(SCALE) },
      quiet: true,
    });
    client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
  }, 180_000);

  afterAll(async () => {
    await client?.end();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end();
  });

  it("creates the volumes asked for, scaled", async () => {
    const v = nationalVolumes(SCALE);
    expect(await count(`SELECT count(*) AS n FROM "Company" WHERE "id" LIKE 'nco%'`)).toBe(v.companies);
    expect(await count(`SELECT count(*) AS n FROM "Person" WHERE "id" LIKE 'npe%'`)).toBe(v.learners);
    expect(await count(`SELECT count(*) AS n FROM "Person" WHERE "id" LIKE 'ntr%'`)).toBe(v.trainers);
    expect(await count(`SELECT count(*) AS n FROM "Attempt" WHERE "id" LIKE 'nte%'`)).toBe(v.attempts);
    expect(await count(`SELECT count(*) AS n FROM "PassportCheck" WHERE "id" LIKE 'nch%'`)).toBe(v.checks);
    expect(await count(`SELECT count(*) AS n FROM "AuditLog" WHERE "id" LIKE 'nau%'`)).toBe(v.audit);
    // three learners in four hold a passport; every trainer is accredited until next year
    expect(await count(`SELECT count(*) AS n FROM "Passport" WHERE "id" LIKE 'npa%'`)).toBe(v.learners - Math.floor(v.learners / 4));
    expect(
      await count(
        `SELECT count(*) AS n FROM "TrainerAccreditation" WHERE "status" = 'APPROVED' AND "validUntil" > now() AND "personId" LIKE 'ntr%'`,
      ),
    ).toBe(v.trainers);
    expect(await count(`SELECT count(*) AS n FROM "AwarenessSession" WHERE "id" LIKE 'nse%'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM "EmailOutbox" WHERE "id" LIKE 'nem%'`)).toBeGreaterThan(0);
  });

  it("keeps every reference pointing at an existing row", async () => {
    const orphans = [
      `SELECT count(*) AS n FROM "Person" p LEFT JOIN "Account" a ON a."id" = p."accountId" LEFT JOIN "Company" c ON c."id" = p."companyId" WHERE a."id" IS NULL OR c."id" IS NULL`,
      `SELECT count(*) AS n FROM "Company" c LEFT JOIN "Account" a ON a."id" = c."accountId" WHERE c."accountId" IS NOT NULL AND a."id" IS NULL`,
      `SELECT count(*) AS n FROM "Passport" x LEFT JOIN "Person" p ON p."id" = x."personId" LEFT JOIN "Company" c ON c."id" = x."companyId" WHERE p."id" IS NULL OR c."id" IS NULL`,
      `SELECT count(*) AS n FROM "Passport" x LEFT JOIN "AwarenessSession" s ON s."id" = x."sessionId" LEFT JOIN "Person" t ON t."id" = x."trainerId" WHERE (x."sessionId" IS NOT NULL AND s."id" IS NULL) OR (x."trainerId" IS NOT NULL AND t."id" IS NULL)`,
      `SELECT count(*) AS n FROM "Attempt" x LEFT JOIN "LearningPath" l ON l."id" = x."pathId" LEFT JOIN "Module" m ON m."id" = x."moduleId" WHERE l."id" IS NULL OR m."id" IS NULL OR l."personId" <> x."personId"`,
      `SELECT count(*) AS n FROM "LearningPath" l LEFT JOIN "Person" p ON p."id" = l."personId" LEFT JOIN "Passport" x ON x."id" = l."passportId" WHERE p."id" IS NULL OR (l."passportId" IS NOT NULL AND x."id" IS NULL)`,
      `SELECT count(*) AS n FROM "ModuleProgress" mp LEFT JOIN "LearningPath" l ON l."id" = mp."pathId" WHERE l."id" IS NULL`,
      `SELECT count(*) AS n FROM "PassportCheck" c LEFT JOIN "Passport" x ON x."id" = c."passportId" LEFT JOIN "Person" p ON p."id" = c."checkedById" WHERE (c."passportId" IS NOT NULL AND x."id" IS NULL) OR (c."checkedById" IS NOT NULL AND p."id" IS NULL)`,
      `SELECT count(*) AS n FROM "SessionParticipant" sp LEFT JOIN "AwarenessSession" s ON s."id" = sp."sessionId" LEFT JOIN "Person" p ON p."id" = sp."personId" LEFT JOIN "Passport" x ON x."id" = sp."passportId" WHERE s."id" IS NULL OR p."id" IS NULL OR (sp."passportId" IS NOT NULL AND x."id" IS NULL)`,
      `SELECT count(*) AS n FROM "AwarenessSession" s LEFT JOIN "Person" t ON t."id" = s."trainerId" WHERE t."id" IS NULL`,
      `SELECT count(*) AS n FROM "AuditLog" a LEFT JOIN "Account" ac ON ac."id" = a."actorAccountId" WHERE a."actorAccountId" IS NOT NULL AND ac."id" IS NULL`,
      `SELECT count(*) AS n FROM "TrainerAccreditation" t LEFT JOIN "Person" p ON p."id" = t."personId" WHERE p."id" IS NULL`,
    ];
    for (const sql of orphans) expect([sql, await count(sql)]).toEqual([sql, 0]);
  });

  it("keeps the app's rules: profiles, passports, participants, attempts and day totals", async () => {
    const broken = [
      // a passport belongs to its holder's company and profile, and lasts the profile's validity
      `SELECT count(*) AS n FROM "Passport" x JOIN "Person" p ON p."id" = x."personId" JOIN "Profile" pr ON pr."id" = x."profileId"
       WHERE x."id" LIKE 'npa%' AND (x."companyId" <> p."companyId" OR x."profileId" <> p."profileId" OR x."expiresAt" <> x."issuedAt" + pr."validityMonths" * interval '1 month')`,
      // a group-session passport names its session's trainer and profile, and its participant row
      `SELECT count(*) AS n FROM "Passport" x JOIN "AwarenessSession" s ON s."id" = x."sessionId" LEFT JOIN "SessionParticipant" sp ON sp."passportId" = x."id"
       WHERE x."issuedVia" = 'SESSION' AND (x."trainerId" <> s."trainerId" OR x."profileId" <> s."profileId" OR sp."id" IS NULL)`,
      `SELECT count(*) AS n FROM "Passport" WHERE "issuedVia" = 'SESSION' AND "sessionId" IS NULL AND "id" LIKE 'npa%'`,
      `SELECT count(*) AS n FROM "AwarenessSession" s WHERE s."id" LIKE 'nse%' AND s."participantCount" <> (SELECT count(*) FROM "SessionParticipant" sp WHERE sp."sessionId" = s."id")`,
      // the profile follows the two questions (lib/people/profile-rule.ts)
      `SELECT count(*) AS n FROM "Person" p JOIN "Profile" pr ON pr."id" = p."profileId"
       WHERE p."id" LIKE 'npe%' AND pr."code" <> CASE WHEN p."isHauler" THEN 'TRANSPORTEUR' WHEN p."isTechnical" THEN 'TECHNIQUE' ELSE 'ADMINISTRATIF' END`,
      // an attempt is on a module of its path's profile, graded by the pass mark of the version taken
      `SELECT count(*) AS n FROM "Attempt" a JOIN "LearningPath" l ON l."id" = a."pathId" JOIN "ModuleVersion" v ON v."id" = a."versionId"
       LEFT JOIN "ProfileModule" pm ON pm."profileId" = l."profileId" AND pm."moduleId" = a."moduleId"
       WHERE pm."moduleId" IS NULL OR v."moduleId" <> a."moduleId" OR a."passed" <> (a."score" >= v."passMark") OR a."submittedAt" IS NULL`,
      // a check's result is what the gate would have said at that moment
      `SELECT count(*) AS n FROM "PassportCheck" c JOIN "Passport" x ON x."id" = c."passportId"
       WHERE c."result"::text <> CASE WHEN x."status" = 'REVOKED' AND c."checkedAt" > x."revokedAt" THEN 'REVOKED' WHEN c."checkedAt" > x."expiresAt" THEN 'EXPIRED' ELSE 'VALID' END`,
      `SELECT count(*) AS n FROM "Person" WHERE "blockedAt" IS NOT NULL AND "blockedModuleId" IS NULL`,
    ];
    for (const sql of broken) expect([sql, await count(sql)]).toEqual([sql, 0]);

    // the day totals are the attempts' own, answer by answer
    const totals = await client.query(`
      SELECT (SELECT sum("attempts") FROM "AttemptDayCount")::int AS attempts, (SELECT sum("passed") FROM "AttemptDayCount")::int AS passed,
             (SELECT count(*) FROM "Attempt" WHERE "submittedAt" IS NOT NULL)::int AS real_attempts,
             (SELECT count(*) FILTER (WHERE "passed") FROM "Attempt")::int AS real_passed,
             (SELECT sum("answers") FROM "AnswerDayCount")::int AS answers,
             (SELECT count(*) FROM "Attempt" a, jsonb_object_keys(a."answers") k WHERE a."submittedAt" IS NOT NULL)::int AS real_answers`);
    const t = totals.rows[0];
    expect([t.attempts, t.passed, t.answers]).toEqual([t.real_attempts, t.real_passed, t.real_answers]);
    const byChoice = await count(`
      WITH real AS (
        -- answers are lists of choices (issue 12); an empty list counts as "" (no answer)
        SELECT ("submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS day, e.key AS q, COALESCE(c.value, '') AS c, count(*)::int AS n
        FROM "Attempt", jsonb_each("answers") e
        LEFT JOIN LATERAL jsonb_array_elements_text(e.value) c ON TRUE
        WHERE "submittedAt" IS NOT NULL GROUP BY 1, 2, 3)
      SELECT count(*) AS n FROM real FULL JOIN "AnswerDayCount" d ON d."day" = real.day AND d."questionId" = real.q AND d."choiceId" = real.c
      WHERE real.n IS DISTINCT FROM d."answers"`);
    expect(byChoice).toBe(0);

    // passports and gate checks: day totals equal to the rows
    for (const [table, total] of [
      [
        "PassportDayCount",
        `SELECT ("issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS day, "profileId" AS k1, "issuedVia"::text AS k2, count(*)::int AS n FROM "Passport" GROUP BY 1, 2, 3`,
      ],
      [
        "CheckDayCount",
        `SELECT ("checkedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS day, "result"::text AS k1, '' AS k2, count(*)::int AS n FROM "PassportCheck" GROUP BY 1, 2`,
      ],
    ]) {
      const keys =
        table === "PassportDayCount"
          ? `d."profileId" AS k1, d."issuedVia"::text AS k2, d."passports" AS n`
          : `d."result"::text AS k1, '' AS k2, d."checks" AS n`;
      const differ = await count(`
        WITH real AS (${total}), counted AS (SELECT d."day", ${keys} FROM "${table}" d)
        SELECT count(*) AS n FROM real FULL JOIN counted c ON c."day" = real.day AND c.k1 = real.k1 AND c.k2 = real.k2 WHERE real.n IS DISTINCT FROM c.n`);
      expect([table, differ]).toEqual([table, 0]);
    }

    const sirets = await client.query(`SELECT "siret" FROM "Company" WHERE "id" LIKE 'nco%'`);
    expect(sirets.rows.filter((r) => !isValidSiret(r.siret))).toEqual([]);
  });
});
