// The SQL of `npm run seed:national` (scripts/seed-national.ts), one step per table. Each step
// is set-based: temporary tables g_* describe the generated rows (index → id and dates), then
// one INSERT … SELECT per table. Ids: "n" + three letters naming the table + a number, so that
// they have the shape of the app's ids (lower-case letters and digits) and never meet others.

export type Volumes = { companies: number; learners: number; trainers: number; attempts: number; checks: number; audit: number };

export function nationalVolumes(scale: number): Volumes {
  const r = (n: number, min: number) => Math.max(min, Math.round(n * scale));
  return {
    companies: r(5000, 20),
    learners: r(150_000, 200),
    trainers: r(300, 3),
    attempts: r(2_000_000, 200),
    checks: r(1_000_000, 100),
    audit: r(2_000_000, 1000),
  };
}

const FIRST = [
  "Lucas",
  "Emma",
  "Hugo",
  "Léa",
  "Louis",
  "Chloé",
  "Gabriel",
  "Manon",
  "Jules",
  "Camille",
  "Arthur",
  "Inès",
  "Nathan",
  "Sarah",
  "Thomas",
  "Julie",
  "Antoine",
  "Pauline",
  "Maxime",
  "Océane",
  "Nicolas",
  "Laura",
  "Julien",
  "Marie",
  "Romain",
  "Élodie",
  "Kévin",
  "Audrey",
  "Mehdi",
  "Fatima",
  "Yanis",
  "Aïcha",
  "Pierre",
  "Hélène",
  "Paul",
  "Claire",
  "Théo",
  "Anaïs",
  "Rémi",
  "Zoé",
];
const LAST = [
  "Martin",
  "Bernard",
  "Dubois",
  "Thomas",
  "Robert",
  "Richard",
  "Petit",
  "Durand",
  "Leroy",
  "Moreau",
  "Simon",
  "Laurent",
  "Lefèvre",
  "Michel",
  "Garcia",
  "David",
  "Bertrand",
  "Roux",
  "Vincent",
  "Fournier",
  "Morel",
  "Girard",
  "André",
  "Mercier",
  "Dupont",
  "Lambert",
  "Bonnet",
  "François",
  "Martinez",
  "Legrand",
  "Garnier",
  "Faure",
  "Rousseau",
  "Blanc",
  "Guérin",
  "Muller",
  "Henry",
  "Roussel",
  "Nicolas",
  "Perrin",
  "Morin",
  "Mathieu",
  "Clément",
  "Gauthier",
  "Dumont",
  "Lopez",
  "Fontaine",
  "Chevalier",
  "Robin",
  "Masson",
];
const TRADES = [
  "Carrières",
  "Transports",
  "Granulats",
  "Travaux publics",
  "Services",
  "Maintenance",
  "Terrassements",
  "Levage",
  "Location d'engins",
  "Électricité",
];
const CITIES = [
  "du Val de Loire",
  "de l'Ouest",
  "d'Auvergne",
  "du Rhône",
  "de Bourgogne",
  "des Alpes",
  "de Provence",
  "du Nord",
  "de Normandie",
  "de Bretagne",
  "d'Alsace",
  "de Champagne",
  "du Languedoc",
  "de Gascogne",
  "du Limousin",
  "de Picardie",
  "du Berry",
  "de Savoie",
  "du Jura",
  "de Lorraine",
];
const REGIONS = [
  "AUVERGNE_RHONE_ALPES",
  "BOURGOGNE_FRANCHE_COMTE",
  "BRETAGNE",
  "CENTRE_VAL_DE_LOIRE",
  "GRAND_EST",
  "HAUTS_DE_FRANCE",
  "ILE_DE_FRANCE",
  "NORMANDIE",
  "NOUVELLE_AQUITAINE",
  "OCCITANIE",
  "PAYS_DE_LA_LOIRE",
  "PROVENCE_ALPES_COTE_D_AZUR",
];

const arr = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")}]`;
/** i-th element of a literal array, i any integer expression */
const pick = (values: string[], i: string) => `(${arr(values)})[1 + ((${i}) % ${values.length})]`;
const ascii = (e: string) => `translate(lower(${e}), 'éèêëàâäîïôöûüç''', 'eeeeaaaiioouuc')`;
const id = (prefix: string, i: string, width = 9) => `'${prefix}' || lpad((${i})::text, ${width}, '0')`;

/** n written with `length` characters of the passports' readable alphabet (a bijection for n < 31^length): an
 * expression without a subquery, evaluated per row at full speed */
const readable = (n: string, length: number) =>
  Array.from(
    { length },
    (_, k) => `substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', ((${n})::bigint / ${31 ** (length - 1 - k)} % 31)::int + 1, 1)`,
  ).join(" || ");

/** the tables this generator fills (their secondary indexes are rebuilt after the load) */
const FILLED = [
  "Account",
  "Company",
  "Person",
  "TrainerAccreditation",
  "AwarenessSession",
  "Passport",
  "SessionParticipant",
  "LearningPath",
  "ModuleProgress",
  "Attempt",
  "PassportCheck",
  "AuditLog",
  "EmailOutbox",
];

export function nationalSteps(v: Volumes): { name: string; sql: string }[] {
  const C = v.companies;
  const M = Math.max(1, Math.floor(C / 10)); // member companies: every tenth
  const L = v.learners;
  const T = v.trainers;
  return [
    {
      name: "préparation",
      sql: `
        SET LOCAL synchronous_commit = off;
        SET LOCAL work_mem = '256MB';
        SET LOCAL TIME ZONE 'UTC';
        SELECT setseed(0.42);
        CREATE FUNCTION pg_temp.siret(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
          SELECT s || ((10 - (SELECT sum(CASE WHEN j % 2 = 1 THEN (CASE WHEN 2 * d > 9 THEN 2 * d - 9 ELSE 2 * d END) ELSE d END)
                               FROM (SELECT j, substr(s, j, 1)::int AS d FROM generate_series(1, 13) j) x) % 10) % 10)::text
          FROM (SELECT '9' || lpad(n::text, 12, '0') AS s) b $$;
        CREATE TEMP TABLE g_const ON COMMIT DROP AS
          SELECT (SELECT "passwordHash" FROM "Account" WHERE "isAdmin" AND "passwordHash" IS NOT NULL ORDER BY "createdAt" LIMIT 1) AS hash,
                 (SELECT "id" FROM "Account" WHERE "isAdmin" ORDER BY "createdAt" LIMIT 1) AS admin_id,
                 now()::timestamp AS now; ANALYZE g_const;
        CREATE TEMP TABLE g_profile ON COMMIT DROP AS
          SELECT p."id", p."code", p."validityMonths" AS validity, (SELECT count(*) FROM "ProfileModule" pm WHERE pm."profileId" = p."id")::int AS nmod
          FROM "Profile" p WHERE p."code" IN ('ADMINISTRATIF', 'TECHNIQUE', 'TRANSPORTEUR'); ANALYZE g_profile;`,
    },
    {
      // a B-tree filled in random order by millions of rows costs far more than one built
      // afterwards by sorting: the secondary indexes of the tables filled here (whatever
      // migrations made them, unique ones included: rebuilding checks them) are set aside and
      // rebuilt at the end, in this transaction; primary keys stay
      name: "index secondaires mis de côté",
      sql: `
        CREATE TEMP TABLE g_index ON COMMIT DROP AS
          SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def
          FROM pg_index i
          WHERE i.indrelid IN (${FILLED.map((t) => `'"${t}"'::regclass`).join(", ")})
            AND NOT i.indisprimary;
        DO $$ DECLARE r record; BEGIN FOR r IN SELECT name FROM g_index LOOP EXECUTE 'DROP INDEX ' || r.name; END LOOP; END $$;`,
    },
    {
      name: "entreprises (comptes)",
      sql: `
        CREATE TEMP TABLE g_company ON COMMIT DROP AS
          SELECT i, ${id("nco", "i")} AS id, ${id("nac", "i")} AS account_id,
                 CASE WHEN i % 10 = 0 THEN 'MEMBER' ELSE 'SUBCONTRACTOR' END AS kind,
                 CASE WHEN i % 97 = 0 THEN 'PENDING' ELSE 'ACTIVE' END AS status,
                 ${pick(TRADES, "i")} || ' ' || ${pick(CITIES, "i / 10")} || ' ' || i AS name,
                 ${pick(FIRST, "i * 7")} AS first_name, ${pick(LAST, "i * 3")} AS last_name,
                 'referent.' || i || '@entreprise' || i || '.example.fr' AS email,
                 (SELECT now FROM g_const) - random() * interval '2000 days' AS created_at
          FROM generate_series(1, ${C}) i; ANALYZE g_company;
        INSERT INTO "Account" ("id", "email", "passwordHash", "mustSetPassword", "createdAt", "updatedAt")
        SELECT account_id, email, (SELECT hash FROM g_const), false, created_at, created_at FROM g_company;`,
    },
    {
      name: "entreprises",
      sql: `
        INSERT INTO "Company" ("id", "kind", "status", "name", "siret", "memberNumber", "regions", "referentLastName", "referentFirstName",
                               "referentEmail", "accountId", "approvedAt", "approvedById", "createdAt", "updatedAt")
        SELECT id, kind::"CompanyKind", status::"CompanyStatus", name, pg_temp.siret(i),
               CASE WHEN kind = 'MEMBER' AND status = 'ACTIVE' THEN 'B' || lpad(i::text, 5, '0') END,
               ARRAY[${pick(REGIONS, "i")}]::"Region"[], last_name, first_name, email, account_id,
               CASE WHEN kind = 'MEMBER' AND status = 'ACTIVE' THEN created_at + interval '2 days' END,
               CASE WHEN kind = 'MEMBER' AND status = 'ACTIVE' THEN (SELECT admin_id FROM g_const) END,
               created_at, created_at
        FROM g_company;`,
    },
    {
      name: "salariés (plan)",
      sql: `
        CREATE TEMP TABLE g_learner ON COMMIT DROP AS
          SELECT x.*, pr.id AS profile_id, pr.validity, pr.nmod,
                 (x.has_passport AND NOT x.via_session) AS online_passport,
                 x.created_at + random() * ((SELECT now FROM g_const) - x.created_at) AS issued_at,
                 CASE WHEN x.has_passport THEN pr.nmod ELSE 1 + (x.i / 64) % pr.nmod END AS cur
          FROM (
            SELECT i, ${id("npe", "i")} AS id, ${id("nap", "i")} AS account_id,
                   1 + (i::bigint * 7919) % ${C} AS company_i,
                   CASE WHEN i % 20 < 6 THEN 'ADMINISTRATIF' WHEN i % 20 < 15 THEN 'TECHNIQUE' ELSE 'TRANSPORTEUR' END AS profile_code,
                   i % 4 <> 0 AS has_passport,
                   i % 4 <> 0 AND (i / 4) % 10 < 3 AS via_session,
                   i % 4 = 0 AND (i / 4) % 16 = 0 AS blocked,
                   i % 10 < 7 AS has_email,
                   ${pick(FIRST, "i")} AS first_name, ${pick(LAST, "i / 40")} AS last_name,
                   (SELECT now FROM g_const) - (30 + random() * 1430) * interval '1 day' AS created_at
            FROM generate_series(1, ${L}) i
          ) x JOIN g_profile pr ON pr.code = x.profile_code; ANALYZE g_learner;
        ALTER TABLE g_learner ADD PRIMARY KEY (i);`,
    },
    {
      name: "sessions (plan)",
      sql: `
        CREATE TEMP TABLE g_seat ON COMMIT DROP AS
          SELECT i, profile_id, (row_number() OVER (PARTITION BY profile_id ORDER BY i) - 1) AS r FROM g_learner WHERE via_session; ANALYZE g_seat;
        CREATE TEMP TABLE g_session ON COMMIT DROP AS
          SELECT row_number() OVER (ORDER BY profile_id, k) AS s, profile_id, k, n,
                 (SELECT now FROM g_const) - (1 + random() * 1400) * interval '1 day' AS held_on
          FROM (SELECT profile_id, r / 8 AS k, count(*) AS n FROM g_seat GROUP BY 1, 2) x; ANALYZE g_session;
        UPDATE g_learner l SET issued_at = se.held_on + interval '3 hours', created_at = LEAST(l.created_at, se.held_on - interval '10 days')
        FROM g_seat st JOIN g_session se ON se.profile_id = st.profile_id AND se.k = st.r / 8
        WHERE st.i = l.i;`,
    },
    {
      name: "salariés (comptes)",
      sql: `
        INSERT INTO "Account" ("id", "email", "uniqueId", "passwordHash", "mustSetPassword", "createdAt", "updatedAt", "lastLoginAt")
        SELECT account_id,
               CASE WHEN has_email THEN ${ascii("first_name")} || '.' || ${ascii("last_name")} || '.' || i || '@entreprise' || company_i || '.example.fr' END,
               CASE WHEN has_email THEN NULL ELSE 'Z' || ${readable("i", 7)} END,
               (SELECT hash FROM g_const), false, created_at, created_at, issued_at
        FROM g_learner;`,
    },
    {
      name: "salariés",
      sql: `
        INSERT INTO "Person" ("id", "accountId", "companyId", "firstName", "lastName", "searchName", "profileId", "isHauler", "isTechnical",
                              "roles", "origin", "blockedAt", "blockedModuleId", "createdAt", "updatedAt")
        SELECT l.id, l.account_id, ${id("nco", "l.company_i")}, l.first_name, l.last_name, lower(l.first_name || ' ' || l.last_name), l.profile_id,
               l.profile_code = 'TRANSPORTEUR', l.profile_code = 'TECHNIQUE',
               CASE WHEN l.company_i % 10 = 0 AND l.i % 7 = 0 THEN ARRAY['CONTROLLER']::"PersonRole"[] ELSE '{}'::"PersonRole"[] END,
               CASE WHEN l.via_session THEN 'SESSION' ELSE 'COMPANY' END::"PersonOrigin",
               CASE WHEN l.blocked THEN (SELECT now FROM g_const) - random() * interval '300 days' END,
               CASE WHEN l.blocked THEN pm."moduleId" END,
               l.created_at, l.created_at
        FROM g_learner l JOIN "ProfileModule" pm ON pm."profileId" = l.profile_id AND pm.position = l.cur;`,
    },
    {
      name: "formateurs et habilitations",
      sql: `
        CREATE TEMP TABLE g_trainer ON COMMIT DROP AS
          SELECT t, ${id("ntr", "t")} AS id, ${id("nta", "t")} AS account_id, 10 * (1 + (t * 13) % ${M}) AS company_i,
                 ${pick(FIRST, "t * 11")} AS first_name, ${pick(LAST, "t * 17")} AS last_name
          FROM generate_series(1, ${T}) t; ANALYZE g_trainer;
        INSERT INTO "Account" ("id", "email", "passwordHash", "mustSetPassword", "createdAt", "updatedAt")
        SELECT account_id, 'formateur.' || t || '@entreprise' || company_i || '.example.fr', (SELECT hash FROM g_const), false,
               (SELECT now FROM g_const) - interval '1500 days', (SELECT now FROM g_const) - interval '1500 days'
        FROM g_trainer;
        INSERT INTO "Person" ("id", "accountId", "companyId", "firstName", "lastName", "searchName", "profileId", "isTechnical", "roles", "origin", "createdAt", "updatedAt")
        SELECT tr.id, tr.account_id, ${id("nco", "tr.company_i")}, tr.first_name, tr.last_name, lower(tr.first_name || ' ' || tr.last_name),
               (SELECT id FROM g_profile WHERE code = 'TECHNIQUE'), true, '{}', 'COMPANY',
               (SELECT now FROM g_const) - interval '1500 days', (SELECT now FROM g_const) - interval '1500 days'
        FROM g_trainer tr;
        INSERT INTO "TrainerAccreditation" ("id", "personId", "status", "requestedById", "requestedAt", "decidedById", "decidedAt", "validUntil")
        SELECT ${id("nha", "t")}, id, 'APPROVED', ${id("nac", "company_i")}, (SELECT now FROM g_const) - interval '1460 days',
               (SELECT admin_id FROM g_const), (SELECT now FROM g_const) - interval '1455 days', (SELECT now FROM g_const) + interval '365 days'
        FROM g_trainer;`,
    },
    {
      name: "sessions de groupe",
      sql: `
        INSERT INTO "AwarenessSession" ("id", "trainerId", "profileId", "participantCount", "status", "heldOn", "createdAt",
                                        "playbackModulesSeen", "playbackCompletedAt")
        SELECT ${id("nse", "s")}, ${id("ntr", `1 + (s * 31) % ${T}`)}, profile_id, n, 'CLOSED', held_on, held_on - interval '7 days',
               ARRAY(SELECT pm."moduleId" FROM "ProfileModule" pm WHERE pm."profileId" = g_session.profile_id ORDER BY pm.position),
               held_on + interval '2 hours'
        FROM g_session;`,
    },
    {
      name: "passeports",
      sql: `
        CREATE TEMP TABLE g_passport ON COMMIT DROP AS
          SELECT row_number() OVER (ORDER BY issued_at, i) AS k, i, issued_at, issued_at + validity * interval '1 month' AS expires_at, via_session
          FROM g_learner WHERE has_passport; ANALYZE g_passport;
        ALTER TABLE g_passport ADD PRIMARY KEY (k);
        ALTER TABLE g_passport ADD COLUMN revoked_at timestamp;
        UPDATE g_passport SET revoked_at = issued_at + (expires_at - issued_at) / 3 WHERE k % 200 = 0;
        INSERT INTO "Passport" ("id", "number", "personId", "profileId", "companyId", "issuedAt", "expiresAt", "status", "revokedAt",
                                "revokedReason", "issuedVia", "sessionId", "trainerId", "createdAt")
        SELECT ${id("npa", "p.k")}, 'PS-' || extract(year FROM p.issued_at) || '-' || ${readable("p.k", 6)}, l.id, l.profile_id,
               ${id("nco", "l.company_i")}, p.issued_at, p.expires_at,
               CASE WHEN p.revoked_at IS NULL THEN 'ACTIVE' ELSE 'REVOKED' END::"PassportStatus", p.revoked_at,
               CASE WHEN p.revoked_at IS NOT NULL THEN 'Départ de l''entreprise' END,
               CASE WHEN p.via_session THEN 'SESSION' ELSE 'ONLINE' END::"ValidationSource",
               CASE WHEN p.via_session THEN ${id("nse", "se.s")} END,
               CASE WHEN p.via_session THEN ${id("ntr", `1 + (se.s * 31) % ${T}`)} END,
               p.issued_at
        FROM g_passport p JOIN g_learner l ON l.i = p.i
        LEFT JOIN g_seat st ON st.i = p.i LEFT JOIN g_session se ON se.profile_id = st.profile_id AND se.k = st.r / 8;`,
    },
    {
      name: "participants des sessions",
      sql: `
        INSERT INTO "SessionParticipant" ("id", "sessionId", "personId", "companyId", "position", "decision", "decidedAt", "passportId")
        SELECT ${id("nsp", "st.i")}, ${id("nse", "se.s")}, l.id, ${id("nco", "l.company_i")}, st.r % 8 + 1, 'PASSED', l.issued_at, ${id("npa", "p.k")}
        FROM g_seat st JOIN g_session se ON se.profile_id = st.profile_id AND se.k = st.r / 8
        JOIN g_learner l ON l.i = st.i JOIN g_passport p ON p.i = st.i;`,
    },
    {
      name: "parcours",
      sql: `
        INSERT INTO "LearningPath" ("id", "personId", "profileId", "startedAt", "completedAt", "passportId")
        SELECT ${id("nlp", "l.i")}, l.id, l.profile_id, l.created_at,
               CASE WHEN l.online_passport THEN l.issued_at END, CASE WHEN l.online_passport THEN ${id("npa", "p.k")} END
        FROM g_learner l LEFT JOIN g_passport p ON p.i = l.i;`,
    },
    {
      name: "progression par module",
      sql: `
        INSERT INTO "ModuleProgress" ("id", "pathId", "moduleId", "versionId", "mediaSeenAt", "failedAttempts", "passedAt", "passedVia", "updatedAt")
        SELECT 'nmp' || l.i || 'x' || pm.position, ${id("nlp", "l.i")}, pm."moduleId",
               CASE WHEN (NOT l.via_session AND pm.position <= l.cur) OR l.online_passport THEN (SELECT m."currentVersionId" FROM "Module" m WHERE m."id" = pm."moduleId") END,
               CASE WHEN NOT l.via_session AND pm.position <= l.cur THEN l.created_at + pm.position * interval '1 hour' END,
               CASE WHEN l.blocked AND pm.position = l.cur THEN 4 WHEN NOT l.has_passport AND pm.position = l.cur THEN l.i % 3 ELSE 0 END,
               CASE WHEN l.online_passport THEN l.issued_at - (l.nmod - pm.position) * interval '1 hour'
                    WHEN NOT l.has_passport AND pm.position < l.cur THEN l.created_at + pm.position * interval '2 hours' END,
               CASE WHEN l.online_passport OR (NOT l.has_passport AND pm.position < l.cur) THEN 'ONLINE'::"ValidationSource" END,
               l.created_at
        FROM g_learner l JOIN "ProfileModule" pm ON pm."profileId" = l.profile_id;`,
    },
    {
      name: "tentatives (réponses types)",
      sql: `
        CREATE TEMP TABLE g_question ON COMMIT DROP AS
          SELECT q."id", q."moduleId" AS module_id, q.position,
                 (array_agg(c."id" ORDER BY c.position) FILTER (WHERE c."isCorrect"))[1] AS right_id,
                 array_agg(c."id" ORDER BY c.position) FILTER (WHERE NOT c."isCorrect") AS wrong_ids,
                 jsonb_agg(c."id" ORDER BY c.position) AS choice_ids,
                 0.03 + 0.3 * ((abs(hashtext(q."id")) % 1000) / 1000.0) AS difficulty
          FROM "Question" q JOIN "Module" m ON m."currentVersionId" = q."versionId" JOIN "Choice" c ON c."questionId" = q."id"
          GROUP BY q."id"; ANALYZE g_question;
        CREATE TEMP TABLE g_pick ON COMMIT DROP AS
          SELECT q.module_id, p, q."id" AS question_id, x.choice_id, x.choice_id IS NOT DISTINCT FROM q.right_id AS correct
          FROM g_question q CROSS JOIN generate_series(0, 63) p
          CROSS JOIN LATERAL (SELECT CASE WHEN r1 >= q.difficulty THEN q.right_id WHEN r2 < 0.05 THEN NULL
                                          WHEN r2 < 0.75 THEN q.wrong_ids[1]
                                          ELSE q.wrong_ids[1 + floor(random() * cardinality(q.wrong_ids))::int] END AS choice_id
                              FROM (SELECT random() AS r1, random() AS r2, p AS dep) r) x; ANALYZE g_pick;
        CREATE TEMP TABLE g_pattern ON COMMIT DROP AS
          SELECT g.module_id, g.p,
                 jsonb_object_agg(g.question_id, CASE WHEN g.choice_id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(g.choice_id) END) AS answers,
                 round(100.0 * count(*) FILTER (WHERE g.correct) / count(*))::int AS score, v."passMark", v."id" AS version_id
          FROM g_pick g JOIN "Module" m ON m."id" = g.module_id JOIN "ModuleVersion" v ON v."id" = m."currentVersionId"
          GROUP BY g.module_id, g.p, v."passMark", v."id"; ANALYZE g_pattern;
        CREATE TEMP TABLE g_drawn ON COMMIT DROP AS
          SELECT module_id, jsonb_agg(jsonb_build_object('questionId', "id", 'choiceIds', choice_ids) ORDER BY position) AS drawn
          FROM g_question GROUP BY module_id; ANALYZE g_drawn;
        CREATE TEMP TABLE g_online ON COMMIT DROP AS
          SELECT row_number() OVER (ORDER BY i) AS j, i, profile_id, cur, created_at,
                 CASE WHEN online_passport THEN issued_at ELSE (SELECT now FROM g_const) END AS finish
          FROM g_learner WHERE NOT via_session; ANALYZE g_online;
        ALTER TABLE g_online ADD PRIMARY KEY (j);`,
    },
    {
      name: "tentatives (plan)",
      sql: `
        CREATE TEMP TABLE g_attempt ON COMMIT DROP AS
          SELECT t.a, t.i, pm."moduleId" AS module_id, t.p, t.submitted_at
          FROM (SELECT a, o.i, o.profile_id, 1 + (a / (SELECT count(*) FROM g_online)) % o.cur AS pos, floor(random() * 64)::int AS p,
                       o.created_at + random() * (o.finish - o.created_at) AS submitted_at
                FROM generate_series(1, ${v.attempts}) a
                JOIN g_online o ON o.j = 1 + a % (SELECT count(*) FROM g_online)) t
          JOIN "ProfileModule" pm ON pm."profileId" = t.profile_id AND pm.position = t.pos; ANALYZE g_attempt;`,
    },
    {
      name: "tentatives",
      sql: `
        INSERT INTO "Attempt" ("id", "pathId", "personId", "moduleId", "versionId", "drawnOrder", "answers", "score", "passed", "startedAt", "submittedAt")
        SELECT ${id("nte", "a.a", 10)}, ${id("nlp", "a.i")}, ${id("npe", "a.i")}, a.module_id, pt.version_id, d.drawn, pt.answers, pt.score,
               pt.score >= pt."passMark", a.submitted_at - interval '4 minutes', a.submitted_at
        FROM g_attempt a JOIN g_drawn d ON d.module_id = a.module_id JOIN g_pattern pt ON pt.module_id = a.module_id AND pt.p = a.p;`,
    },
    {
      name: "totaux du jour (tentatives, réponses)",
      sql: `
        CREATE TEMP TABLE g_day ON COMMIT DROP AS
          SELECT (submitted_at AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date AS day, module_id, p, count(*)::int AS n
          FROM g_attempt GROUP BY 1, 2, 3; ANALYZE g_day;
        INSERT INTO "AttemptDayCount" ("day", "moduleId", "attempts", "passed")
        SELECT d.day, d.module_id, sum(d.n)::int, COALESCE(sum(d.n) FILTER (WHERE pt.score >= pt."passMark"), 0)::int
        FROM g_day d JOIN g_pattern pt ON pt.module_id = d.module_id AND pt.p = d.p GROUP BY 1, 2
        ON CONFLICT ("day", "moduleId") DO UPDATE
        SET "attempts" = "AttemptDayCount"."attempts" + EXCLUDED."attempts", "passed" = "AttemptDayCount"."passed" + EXCLUDED."passed";
        INSERT INTO "AnswerDayCount" ("day", "questionId", "choiceId", "answers")
        SELECT d.day, g.question_id, COALESCE(g.choice_id, ''), sum(d.n)::int
        FROM g_day d JOIN g_pick g ON g.module_id = d.module_id AND g.p = d.p GROUP BY 1, 2, 3
        ON CONFLICT ("day", "questionId", "choiceId") DO UPDATE SET "answers" = "AnswerDayCount"."answers" + EXCLUDED."answers";`,
    },
    {
      name: "contrôles aux entrées",
      sql: `
        CREATE TEMP TABLE g_controller ON COMMIT DROP AS
          SELECT row_number() OVER (ORDER BY i) AS c, id FROM g_learner WHERE company_i % 10 = 0 AND i % 7 = 0; ANALYZE g_controller;
        INSERT INTO g_controller SELECT 1, (SELECT id FROM g_trainer LIMIT 1) WHERE NOT EXISTS (SELECT 1 FROM g_controller);
        -- passports are numbered in order of issue: those issued in the 3 years before a day are
        -- the numbers kmin + 1 to kmax, and the checks of that day show one of them
        CREATE TEMP TABLE g_cum ON COMMIT DROP AS
          WITH daily AS (SELECT issued_at::date AS day, max(k) AS k FROM g_passport GROUP BY 1)
          SELECT d::date AS day,
                 COALESCE((SELECT max(k) FROM daily WHERE daily.day < d::date), 0) AS kmax,
                 COALESCE((SELECT max(k) FROM daily WHERE daily.day < d::date - 1095), 0) AS kmin
          FROM generate_series((SELECT now FROM g_const)::date - 730, (SELECT now FROM g_const)::date - 1, interval '1 day') d;
        DELETE FROM g_cum WHERE kmax = kmin; ANALYZE g_cum;
        CREATE TEMP TABLE g_cum_n ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY day) AS n, * FROM g_cum; ANALYZE g_cum_n;
        INSERT INTO "PassportCheck" ("id", "passportId", "queriedNumber", "checkedById", "channel", "result", "checkedAt", "address")
        SELECT ${id("nch", "x.g", 10)},
               CASE WHEN x.kind = 'P' THEN ${id("npa", "p.k")} END,
               CASE WHEN x.kind = 'P' THEN 'PS-' || extract(year FROM p.issued_at) || '-' || ${readable("p.k", 6)}
                    WHEN x.kind = 'U' THEN 'PS-1999-' || ${readable("x.g", 6)} ELSE 'eyJ' || left(md5(x.g::text), 20) END,
               CASE WHEN x.control THEN ctl.id END,
               CASE WHEN x.control THEN 'CONTROL' ELSE 'PUBLIC_LINK' END::"CheckChannel",
               CASE WHEN x.kind = 'U' THEN 'UNKNOWN' WHEN x.kind = 'F' THEN 'FORGED'
                    WHEN p.revoked_at IS NOT NULL AND x.at > p.revoked_at THEN 'REVOKED'
                    WHEN x.at > p.expires_at THEN 'EXPIRED' ELSE 'VALID' END::"CheckResult",
               x.at,
               CASE WHEN x.kind <> 'P' THEN '203.0.113.' || (x.g % 250 + 1) END
        FROM (SELECT y.*, cu.day + (5 + y.r * 13) * interval '1 hour' AS at,
                     cu.kmin + 1 + floor(y.r2 * (cu.kmax - cu.kmin))::bigint AS k
              FROM (SELECT g, CASE WHEN g % 100 = 0 THEN 'U' WHEN g % 1000 = 1 THEN 'F' ELSE 'P' END AS kind, random() < 0.85 AS control,
                           1 + floor(random() * (SELECT count(*) FROM g_cum_n))::int AS dn,
                           1 + floor(random() * (SELECT count(*) FROM g_controller))::int AS c, random() AS r, random() AS r2
                    FROM generate_series(1, ${v.checks}) g) y
              JOIN g_cum_n cu ON cu.n = y.dn) x
        JOIN g_passport p ON p.k = x.k JOIN g_controller ctl ON ctl.c = x.c;`,
    },
    {
      name: "totaux du jour (passeports, contrôles)",
      sql: `
        INSERT INTO "PassportDayCount" ("day", "profileId", "issuedVia", "passports")
        SELECT ("issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "profileId", "issuedVia", count(*)::int
        FROM "Passport" WHERE "id" LIKE 'npa%' GROUP BY 1, 2, 3
        ON CONFLICT ("day", "profileId", "issuedVia") DO UPDATE SET "passports" = "PassportDayCount"."passports" + EXCLUDED."passports";
        INSERT INTO "CheckDayCount" ("day", "result", "checks")
        SELECT ("checkedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "result", count(*)::int
        FROM "PassportCheck" WHERE "id" LIKE 'nch%' GROUP BY 1, 2
        ON CONFLICT ("day", "result", "shard") DO UPDATE SET "checks" = "CheckDayCount"."checks" + EXCLUDED."checks";`,
    },
    {
      name: "journal d'audit",
      sql: `
        INSERT INTO "AuditLog" ("id", "at", "actorAccountId", "action", "targetType", "targetId", "companyId", "data")
        SELECT ${id("nau", "row_number() OVER ()", 10)}, at, actor, action, target_type, target_id, company_id, data FROM (
          SELECT l.created_at AS at, ${id("nac", "l.company_i")} AS actor, 'employee.created' AS action, 'Person' AS target_type, l.id AS target_id,
                 ${id("nco", "l.company_i")} AS company_id, NULL::jsonb AS data
          FROM g_learner l
          UNION ALL
          SELECT p.issued_at, CASE WHEN p.via_session THEN ${id("nta", `1 + (se.s * 31) % ${T}`)} ELSE l.account_id END, 'passport.issued', 'Passport',
                 ${id("npa", "p.k")}, ${id("nco", "l.company_i")}, jsonb_build_object('number', 'PS-' || extract(year FROM p.issued_at) || '-' || ${readable("p.k", 6)})
          FROM g_passport p JOIN g_learner l ON l.i = p.i LEFT JOIN g_seat st ON st.i = p.i
          LEFT JOIN g_session se ON se.profile_id = st.profile_id AND se.k = st.r / 8
          UNION ALL
          SELECT held_on - interval '7 days', ${id("nta", `1 + (s * 31) % ${T}`)}, 'session.created', 'AwarenessSession', ${id("nse", "s")}, NULL, NULL
          FROM g_session
          UNION ALL
          SELECT (SELECT now FROM g_const) - interval '1455 days', (SELECT admin_id FROM g_const), 'accreditation.approved', 'TrainerAccreditation',
                 ${id("nha", "t")}, ${id("nco", "company_i")}, NULL
          FROM g_trainer
          UNION ALL
          SELECT p."blockedAt", l.account_id, 'learner.blocked', 'Person', l.id, ${id("nco", "l.company_i")}, jsonb_build_object('moduleId', p."blockedModuleId")
          FROM g_learner l JOIN "Person" p ON p."id" = l.id WHERE l.blocked
          UNION ALL
          SELECT (SELECT now FROM g_const) - random() * interval '730 days',
                 CASE WHEN g % 4 IN (0, 2) THEN ${id("nac", "l.company_i")} ELSE l.account_id END,
                 (ARRAY['employee.updated', 'account.password-changed', 'learner.unblocked', 'person.self-update'])[1 + g % 4],
                 CASE WHEN g % 4 = 1 THEN 'Account' ELSE 'Person' END,
                 CASE WHEN g % 4 = 1 THEN l.account_id ELSE l.id END, ${id("nco", "l.company_i")}, NULL
          FROM generate_series(1, GREATEST(0, ${v.audit} - ((SELECT count(*) FROM g_learner) + (SELECT count(*) FROM g_passport)
                 + (SELECT count(*) FROM g_session) + (SELECT count(*) FROM g_trainer) + (SELECT count(*) FROM g_learner WHERE blocked)))) g
          JOIN g_learner l ON l.i = 1 + (g::bigint * 7) % ${L}
        ) a;`,
    },
    {
      name: "e-mails",
      sql: `
        INSERT INTO "EmailOutbox" ("id", "to", "subject", "text", "html", "template", "status", "attempts", "nextAttemptAt", "lastError", "createdAt", "sentAt")
        SELECT ${id("nem", "row_number() OVER ()", 10)}, "to", subject, body, '<p>' || body || '</p>', template,
               CASE WHEN n % 97 = 0 THEN 'FAILED' WHEN n % 499 = 0 THEN 'PENDING' ELSE 'SENT' END::"EmailStatus",
               CASE WHEN n % 97 = 0 THEN 5 ELSE 1 END, at,
               CASE WHEN n % 97 = 0 THEN 'Adresse introuvable (550)' END, at, CASE WHEN n % 97 <> 0 AND n % 499 <> 0 THEN at + interval '5 seconds' END
        FROM (
          SELECT l.i AS n, a."email" AS "to", 'Votre accès à Passeport Sécurité' AS subject, 'employee-created' AS template, l.created_at AS at,
                 'Bonjour ' || l.first_name || ', votre entreprise vous a inscrit sur Passeport Sécurité.' AS body
          FROM g_learner l JOIN "Account" a ON a."id" = l.account_id WHERE l.has_email
          UNION ALL
          SELECT l.i + 7, 'referent.' || l.company_i || '@entreprise' || l.company_i || '.example.fr',
                 'Compte bloqué : ' || l.first_name || ' ' || upper(l.last_name), 'learner-blocked', p."blockedAt",
                 'Le compte de ' || l.first_name || ' ' || upper(l.last_name) || ' est bloqué.'
          FROM g_learner l JOIN "Person" p ON p."id" = l.id WHERE l.blocked
          UNION ALL
          SELECT se.s, 'referent.' || l.company_i || '@entreprise' || l.company_i || '.example.fr', 'Passeports délivrés en session',
                 'session-passports-referent', l.issued_at, 'Des passeports ont été délivrés à vos salariés.'
          FROM g_session se JOIN g_seat st ON st.profile_id = se.profile_id AND st.r = se.k * 8 JOIN g_learner l ON l.i = st.i
        ) m;`,
    },
    {
      name: "index secondaires reconstruits",
      sql: `
        SET LOCAL maintenance_work_mem = '512MB';
        DO $$ DECLARE r record; BEGIN FOR r IN SELECT def FROM g_index LOOP EXECUTE r.def; END LOOP; END $$;`,
    },
  ];
}
