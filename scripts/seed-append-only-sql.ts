// The SQL of `npm run seed:append-only` (scripts/seed-append-only.ts). Each function gives one
// set-based statement (INSERT … SELECT … FROM generate_series) for the rows numbered lo to hi
// of one table, drawn over the last three years from the people, companies, passports and
// controllers of the national data (`npm run seed:national`). Ids: "n" + three letters naming
// the table ("ncx", "nax", "nex": never the national generator's "nch", "nau", "nem") + twelve
// digits, the shape of the app's ids.

export const APPEND_ONLY_TABLES = ["PassportCheck", "AuditLog", "EmailOutbox"] as const;
export type AppendOnlyTable = (typeof APPEND_ONLY_TABLES)[number];

export const ID_PREFIX: Record<AppendOnlyTable, string> = { PassportCheck: "ncx", AuditLog: "nax", EmailOutbox: "nex" };

const id = (prefix: string) => `'${prefix}' || lpad(g::text, 12, '0')`;

/** Temporary tables (dropped at commit) numbering what the rows point to, so that a random pick is a join on a number. */
export const PREPARE = `
  SET LOCAL synchronous_commit = off;
  SET LOCAL work_mem = '256MB';
  SET LOCAL TIME ZONE 'UTC';
  CREATE TEMP TABLE a_const ON COMMIT DROP AS
    SELECT now()::timestamp AS now,
           (SELECT "id" FROM "Account" WHERE "isAdmin" ORDER BY "createdAt" LIMIT 1) AS admin_id;
  CREATE TEMP TABLE a_passport ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY p."id") AS k, p."id", p."number", p."issuedAt", p."expiresAt", p."revokedAt", p."personId", p."companyId"
    FROM "Passport" p WHERE p."id" LIKE 'npa%';
  CREATE UNIQUE INDEX ON a_passport (k); ANALYZE a_passport;
  CREATE TEMP TABLE a_controller ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY p."id") AS c, p."id", p."companyId",
           (SELECT min(s."id") FROM "Site" s WHERE s."companyId" = p."companyId") AS site1,
           (SELECT max(s."id") FROM "Site" s WHERE s."companyId" = p."companyId") AS site2
    FROM "Person" p WHERE 'CONTROLLER' = ANY(p."roles") AND p."deletedAt" IS NULL;
  CREATE UNIQUE INDEX ON a_controller (c); ANALYZE a_controller;
  CREATE TEMP TABLE a_learner ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY p."id") AS i, p."id", p."accountId", p."companyId", co."accountId" AS company_account,
           a."email", co."referentEmail"
    FROM "Person" p JOIN "Account" a ON a."id" = p."accountId" JOIN "Company" co ON co."id" = p."companyId"
    WHERE p."id" LIKE 'npe%';
  CREATE UNIQUE INDEX ON a_learner (i); ANALYZE a_learner;`;

/**
 * Two quarry sites for each member company that has controllers and no site yet, so that the
 * checks made at the gate have a site and a company ("Contrôles sur mes sites"), and the
 * national data's own checks made by a controller get them too.
 */
export const SITES = `
  INSERT INTO "Site" ("id", "companyId", "name", "commune", "createdAt")
  SELECT 'nsi' || lpad((row_number() OVER (ORDER BY c."id", n))::text, 8, '0') || n, c."id",
         (ARRAY['Carrière des Roches', 'Carrière du Moulin', 'Sablière du Val', 'Site de la Combe'])[1 + (n + abs(hashtext(c."id"))) % 4],
         (ARRAY['Saint-Laurent', 'Montbrison', 'Villefranche', 'Chaumont', 'Beaulieu', 'Pontarlier'])[1 + abs(hashtext(c."id" || n)) % 6],
         now() - interval '3 years'
  FROM (SELECT DISTINCT "companyId" AS "id" FROM "Person" WHERE 'CONTROLLER' = ANY("roles")) c
  CROSS JOIN generate_series(1, 2) n
  WHERE NOT EXISTS (SELECT 1 FROM "Site" s WHERE s."companyId" = c."id");`;

export const NATIONAL_CHECKS_SITES = `
  UPDATE "PassportCheck" ch SET "companyId" = ctl."companyId",
         "siteId" = CASE WHEN hashtext(ch."id") % 2 = 0 THEN ctl.site1 ELSE ctl.site2 END
  FROM a_controller ctl
  WHERE ch."checkedById" = ctl."id" AND ch."channel" = 'CONTROL' AND ch."companyId" IS NULL AND ch."id" LIKE 'nch%';`;

/**
 * Gate checks: 1 % unknown numbers, 0.1 % forged codes (public link, an address kept), the
 * rest a real passport checked between its issue and now (its result from its dates), 85 % by
 * a controller at one of their company's sites, in working hours. The day totals of the
 * statistics (CheckDayCount) grow in the same statement.
 */
export const checks = (lo: number, hi: number) => `
  WITH ins AS (
    INSERT INTO "PassportCheck" ("id", "passportId", "queriedNumber", "checkedById", "channel", "result", "checkedAt", "address", "siteId", "companyId")
    SELECT ${id("ncx")},
           CASE WHEN x.kind = 'P' THEN p."id" END,
           CASE WHEN x.kind = 'P' THEN p."number" WHEN x.kind = 'U' THEN 'PS-1999-' || upper(left(md5(x.g::text), 6))
                ELSE 'eyJ' || left(md5(x.g::text), 20) END,
           CASE WHEN x.control THEN ctl."id" END,
           CASE WHEN x.control THEN 'CONTROL' ELSE 'PUBLIC_LINK' END::"CheckChannel",
           CASE WHEN x.kind = 'U' THEN 'UNKNOWN' WHEN x.kind = 'F' THEN 'FORGED'
                WHEN p."revokedAt" IS NOT NULL AND x.at > p."revokedAt" THEN 'REVOKED'
                WHEN x.at > p."expiresAt" THEN 'EXPIRED' ELSE 'VALID' END::"CheckResult",
           x.at,
           CASE WHEN x.kind <> 'P' THEN '203.0.113.' || (x.g % 250 + 1) END,
           CASE WHEN x.control THEN CASE WHEN x.g % 2 = 0 THEN ctl.site1 ELSE ctl.site2 END END,
           CASE WHEN x.control THEN ctl."companyId" END
    FROM (
      SELECT y.*, LEAST(k.now - interval '1 minute',
               date_trunc('day', y.start + y.r * (k.now - y.start)) + (5 + y.r3 * 13) * interval '1 hour') AS at
      FROM (
        SELECT z.*, CASE WHEN z.kind = 'P' THEN GREATEST(pp."issuedAt", c.now - interval '1095 days') ELSE c.now - interval '1095 days' END AS start
        FROM (
          SELECT g, CASE WHEN g % 100 = 0 THEN 'U' WHEN g % 1000 = 1 THEN 'F' ELSE 'P' END AS kind, random() < 0.85 AS control,
                 1 + floor(random() * (SELECT count(*) FROM a_passport))::bigint AS pk,
                 1 + floor(random() * (SELECT count(*) FROM a_controller))::bigint AS ck,
                 random() AS r, random() AS r3
          FROM generate_series(${lo}, ${hi}) g) z
        CROSS JOIN a_const c JOIN a_passport pp ON pp.k = z.pk) y
      CROSS JOIN a_const k) x
    JOIN a_passport p ON p.k = x.pk JOIN a_controller ctl ON ctl.c = x.ck
    RETURNING "checkedAt", "result")
  INSERT INTO "CheckDayCount" ("day", "result", "checks")
  SELECT ("checkedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "result", count(*)::int FROM ins GROUP BY 1, 2
  ON CONFLICT ("day", "result") DO UPDATE SET "checks" = "CheckDayCount"."checks" + EXCLUDED."checks";`;

/**
 * Audit entries, spread evenly over three years: what referents, learners and administrators
 * do most (employee changes, password changes, passports, blocks and unblocks, exports).
 */
export const audit = (lo: number, hi: number) => `
  INSERT INTO "AuditLog" ("id", "at", "actorAccountId", "action", "targetType", "targetId", "companyId", "data")
  SELECT ${id("nax")}, c.now - x.r * interval '1095 days',
         CASE WHEN x.a IN (0, 1, 2, 3, 4, 5, 6, 7, 13, 15, 16, 17) THEN l.company_account
              WHEN x.a IN (18, 19) THEN c.admin_id ELSE l."accountId" END,
         (ARRAY['employee.updated', 'employee.updated', 'employee.updated', 'employee.updated', 'employee.updated', 'employee.updated',
                'employee.updated', 'employee.updated', 'account.password-changed', 'account.password-changed', 'account.password-changed',
                'person.self-update', 'person.self-update', 'learner.unblocked', 'learner.blocked', 'passport.issued', 'passport.issued',
                'employee.created', 'admin.password_link_sent', 'admin.profile_changed'])[1 + x.a],
         CASE WHEN x.a IN (8, 9, 10) THEN 'Account' WHEN x.a IN (15, 16) THEN 'Passport' ELSE 'Person' END,
         CASE WHEN x.a IN (8, 9, 10) THEN l."accountId" WHEN x.a IN (15, 16) THEN p."id" ELSE l."id" END,
         l."companyId",
         CASE WHEN x.a IN (15, 16) THEN jsonb_build_object('number', p."number") END
  FROM (SELECT g, (g % 20)::int AS a, random() AS r,
               1 + floor(random() * (SELECT count(*) FROM a_learner))::bigint AS li,
               1 + floor(random() * (SELECT count(*) FROM a_passport))::bigint AS pk
        FROM generate_series(${lo}, ${hi}) g) x
  CROSS JOIN a_const c JOIN a_learner l ON l.i = x.li JOIN a_passport p ON p.k = x.pk;`;

const TEMPLATES = [
  ["employee-created", "Votre accès à Passeport Sécurité"],
  ["password-reset", "Réinitialisation de votre mot de passe"],
  ["passport-issued", "Votre passeport sécurité est délivré"],
  ["passport-expiring", "Votre passeport sécurité expire bientôt"],
  ["learner-blocked", "Compte bloqué"],
  ["session-passports-referent", "Passeports délivrés en session"],
];

/**
 * E-mails spread evenly over three years, two thirds to learners and a third to their company's
 * referent; 0.5 % failed; pending only those of the last five minutes (the sender keeps up);
 * the text and HTML of those delivered more than 30 days ago emptied as the retention job does.
 */
export const emails = (lo: number, hi: number) => `
  INSERT INTO "EmailOutbox" ("id", "to", "subject", "text", "html", "template", "status", "attempts", "nextAttemptAt", "lastError",
                             "createdAt", "sentAt", "bodyPurgedAt")
  SELECT ${id("nex")}, y."to", y.subject,
         CASE WHEN y.purged THEN '' ELSE y.body END,
         CASE WHEN y.purged THEN '' ELSE '<!doctype html><html lang="fr"><body><p>' || y.body || '</p><p>L''équipe Passeport Sécurité</p></body></html>' END,
         y.template, y.status::"EmailStatus", CASE WHEN y.status = 'FAILED' THEN 8 ELSE 1 END, y.at,
         CASE WHEN y.status = 'FAILED' THEN 'Adresse introuvable (550)' END,
         y.at, CASE WHEN y.status = 'SENT' THEN y.at + interval '4 seconds' END,
         CASE WHEN y.purged THEN y.at + interval '31 days' END
  FROM (
    SELECT x.*, CASE WHEN x.at > c.now - interval '5 minutes' THEN 'PENDING' WHEN x.g % 200 = 7 THEN 'FAILED' ELSE 'SENT' END AS status,
           x.g % 200 <> 7 AND x.at < c.now - interval '30 days' AS purged,
           COALESCE(CASE WHEN x.g % 3 <> 0 THEN l."email" END, l."referentEmail") AS "to",
           (ARRAY[${TEMPLATES.map(([t]) => `'${t}'`).join(", ")}])[1 + x.t] AS template,
           (ARRAY[${TEMPLATES.map(([, s]) => `'${s.replace(/'/g, "''")}'`).join(", ")}])[1 + x.t] AS subject,
           'Bonjour, ceci est un message de Passeport Sécurité (n° ' || x.g || '). Connectez-vous à votre espace pour le détail : '
             || 'https://passeport.example.fr/connexion?ref=' || md5(x.g::text) AS body
    FROM (SELECT g, c.now - random() * interval '1095 days' AS at, (g % ${TEMPLATES.length})::int AS t,
                 1 + floor(random() * (SELECT count(*) FROM a_learner))::bigint AS li
          FROM generate_series(${lo}, ${hi}) g CROSS JOIN a_const c) x
    CROSS JOIN a_const c JOIN a_learner l ON l.i = x.li) y;`;

export const INSERT: Record<AppendOnlyTable, (lo: number, hi: number) => string> = {
  PassportCheck: checks,
  AuditLog: audit,
  EmailOutbox: emails,
};
