// Issue 16, item 5: the append-only tables (PassportCheck, AuditLog, EmailOutbox) at 1 and 10
// million rows. Times every listing and statistics query that reads them — through the data
// functions the pages call, with a viewer of the right role — on two databases that differ
// only by those tables (`npm run seed:append-only`, README), beside a trivial query (SELECT 1)
// through the same client. Each database is measured in a child process of its own (lib/db
// reads DATABASE_URL once); the children alternate, ROUNDS times, so that both meet the same
// load of the machine. Prints p50/p95 per query and database and the ratio 10M p95 / 1M p95
// (goal: 5× or less).
// Run: BENCH_1M_URL=… BENCH_10M_URL=… npm run bench:append-only   (BENCH_RUNS per round, default 15; BENCH_ROUNDS, default 2)
import { spawnSync } from "node:child_process";
import pg from "pg";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const WARMUP = 2;
const GOAL = 5;

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const cursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");
const parisDay = (d: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Paris" }).format(d);

/** The rows the cases aim at: the same in both databases (they share people, companies and passports). */
async function targets(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const one = async <T>(sql: string) => (await client.query(sql)).rows[0] as T;
  try {
    const controller = await one<{ id: string; companyId: string; accountId: string }>(`
      SELECT p."id", p."companyId", co."accountId" FROM "Person" p JOIN "Company" co ON co."id" = p."companyId"
      WHERE 'CONTROLLER' = ANY(p."roles") AND p."id" LIKE 'npe%' AND co."kind" = 'MEMBER' ORDER BY p."id" LIMIT 1`);
    if (!controller) throw new Error("Aucun contrôleur national : lancez npm run seed:national puis npm run seed:append-only.");
    const company = await one<{ id: string; name: string; accountId: string }>(
      `SELECT "id", "name", "accountId" FROM "Company" WHERE "id" = '${controller.companyId}'`,
    );
    const site = await one<{ id: string }>(`SELECT min("id") AS id FROM "Site" WHERE "companyId" = '${company.id}'`);
    const holder = await one<{ personId: string; accountId: string; companyId: string; email: string }>(`
      SELECT pa."personId", p."accountId", p."companyId", a."email" FROM "Passport" pa JOIN "Person" p ON p."id" = pa."personId"
      JOIN "Account" a ON a."id" = p."accountId" WHERE pa."id" LIKE 'npa%' AND a."email" IS NOT NULL ORDER BY pa."id" LIMIT 1`);
    const admin = await one<{ id: string }>(`SELECT "id" FROM "Account" WHERE "isAdmin" ORDER BY "createdAt" LIMIT 1`);
    return { controller, company, site, holder, admin };
  } finally {
    await client.end();
  }
}

type Sample = Record<string, number[]>;

async function child() {
  const url = process.env.DATABASE_URL!;
  const t = await targets(url);
  const [{ db }, audit, outbox, sites, suspicious, overview, person, personal, claim, record] = await Promise.all([
    import("../lib/db"),
    import("../lib/audit/audit-log-list"),
    import("../lib/mail/list-outbox"),
    import("../lib/sites/site-checks"),
    import("../lib/passports/suspicious-checks"),
    import("../lib/admin/overview"),
    import("../lib/people/admin-person"),
    import("../lib/people/personal-data"),
    import("../lib/mail/send-pending"),
    import("../lib/companies/company-record"),
  ]);
  const admin = { accountId: t.admin.id, email: null, uniqueId: null, isAdmin: true, mustSetPassword: false, person: null, company: null };
  const member = {
    ...admin,
    accountId: t.company.accountId,
    isAdmin: false,
    company: { id: t.company.id, kind: "MEMBER" as const, name: t.company.name },
  };
  const holder = {
    ...admin,
    accountId: t.holder.accountId,
    isAdmin: false,
    person: {
      id: t.holder.personId,
      companyId: t.holder.companyId,
      firstName: "A",
      lastName: "B",
      roles: [],
      blocked: false,
      profileName: null,
      language: "fr",
    },
  };
  const now = new Date();
  const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
  const month = { from: parisDay(daysAgo(430)), to: parisDay(daysAgo(400)) };
  const deep = cursor(daysAgo(500), "n");
  const cases: Record<string, () => Promise<unknown>> = {
    "trivial: SELECT 1": () => db.$queryRaw`SELECT 1`,
    "journal: 1re page": () => audit.listAuditLog(admin, {}),
    "journal: page profonde (il y a 500 j)": () => audit.listAuditLog(admin, {}, deep),
    "journal: par entreprise": () => audit.listAuditLog(admin, { company: t.company.id }),
    "journal: par entreprise, page profonde": () => audit.listAuditLog(admin, { company: t.company.id }, deep),
    "journal: par acteur": () => audit.listAuditLog(admin, { actor: t.company.accountId }),
    "journal: par cible": () => audit.listAuditLog(admin, { target: t.holder.personId }),
    "journal: par action": () => audit.listAuditLog(admin, { action: "learner.blocked" }),
    "journal: action + un mois": () => audit.listAuditLog(admin, { action: "learner.blocked", ...month }),
    "journal: un mois": () => audit.listAuditLog(admin, month),
    "journal: entreprise + un mois": () => audit.listAuditLog(admin, { company: t.company.id, ...month }),
    "e-mails: 1re page": () => outbox.listOutbox(admin, {}),
    "e-mails: page profonde": () => outbox.listOutbox(admin, { avant: { createdAt: daysAgo(500), id: "n" } }),
    "e-mails: en échec": () => outbox.listOutbox(admin, { statut: "FAILED" }),
    "e-mails: en attente": () => outbox.listOutbox(admin, { statut: "PENDING" }),
    "e-mails: recherche destinataire": () => outbox.listOutbox(admin, { q: t.holder.email }),
    "e-mails: recherche objet « bloqué »": () => outbox.listOutbox(admin, { q: "bloqué" }),
    "contrôles sur mes sites: 1re page": () => sites.listSiteChecks(member, {}),
    "contrôles sur mes sites: page profonde": () => sites.listSiteChecks(member, {}, deep),
    "contrôles sur mes sites: un site": () => sites.listSiteChecks(member, { site: t.site.id }),
    "contrôles sur mes sites: expirés": () => sites.listSiteChecks(member, { result: "EXPIRED" }),
    "contrôles sur mes sites: un mois": () => sites.listSiteChecks(member, month),
    "contrôles sur mes sites: CSV (≤ 20 000)": () => sites.siteChecksCsv(member, month),
    "contrôles suspects (admin)": () => suspicious.listSuspiciousChecks(admin),
    "mes passeports: où contrôlés": () => sites.listOwnPassportChecks(holder),
    "tableau de bord (comptes du jour)": () => overview.getAdminOverview(admin),
    "fiche d'une personne (contrôles, e-mails, journal)": () => person.getPersonForAdmin(admin, t.holder.personId),
    "fiche d'une entreprise": () => record.getCompanyRecord(admin, t.company.id),
    "mes données (RGPD) d'un contrôleur": () => personal.collectPersonalData(admin, t.controller.id),
    // the sender's claim, in a transaction rolled back: nothing is claimed for real
    "envoi: lot à envoyer": () =>
      db
        .$transaction(async (tx) => {
          void tx;
          await claim.claimBatch(20, now);
          throw new Error("rollback");
        })
        .catch(() => null),
    "statistiques: contrôles par jour (1 an)": async () => {
      const { checksPerDay } = await import("../lib/admin/statistics/queries");
      return checksPerDay(admin, { from: parisDay(daysAgo(365)), to: parisDay(now) });
    },
    "rétention: lot de contrôles anciens": () =>
      db.$queryRaw`SELECT "id" FROM "PassportCheck" WHERE "checkedAt" < ${daysAgo(365)} LIMIT 1000`,
    "rétention: lot de contenus d'e-mails": () =>
      db.$queryRaw`SELECT "id" FROM "EmailOutbox" WHERE "bodyPurgedAt" IS NULL AND "sentAt" < ${daysAgo(30)} AND "status" = 'SENT' LIMIT 1000`,
  };
  const samples: Sample = {};
  for (const name of Object.keys(cases)) samples[name] = [];
  for (let i = 0; i < RUNS + WARMUP; i++) {
    // interleaved: every query meets the same moments of the machine
    for (const [name, run] of Object.entries(cases)) {
      const t0 = performance.now();
      await run();
      if (i >= WARMUP) samples[name].push(performance.now() - t0);
    }
  }
  process.stdout.write(`\n@@RESULT ${JSON.stringify(samples)}\n`);
  await db.$disconnect();
}

function measure(url: string): Sample {
  const run = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/append-only.ts"], {
    env: { ...process.env, DATABASE_URL: url, BENCH_CHILD: "1", LOG_LEVEL: "silent" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout.split("\n").find((l) => l.startsWith("@@RESULT "));
  if (run.status !== 0 || !line) throw new Error(`mesure impossible sur ${url} :\n${run.stderr || run.stdout}`);
  return JSON.parse(line.slice("@@RESULT ".length)) as Sample;
}

async function counts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query(`
    SELECT (SELECT reltuples::bigint FROM pg_class WHERE oid = '"PassportCheck"'::regclass) AS checks,
           (SELECT reltuples::bigint FROM pg_class WHERE oid = '"AuditLog"'::regclass) AS audit,
           (SELECT reltuples::bigint FROM pg_class WHERE oid = '"EmailOutbox"'::regclass) AS emails`);
  await client.end();
  return rows[0] as { checks: string; audit: string; emails: string };
}

async function main() {
  const small = process.env.BENCH_1M_URL;
  const large = process.env.BENCH_10M_URL;
  if (!small || !large) throw new Error("BENCH_1M_URL et BENCH_10M_URL : les deux bases à comparer (README, issue 16).");
  for (const [label, url] of [
    ["1M", small],
    ["10M", large],
  ]) {
    const c = await counts(url);
    console.log(`${label}: ~${c.checks} contrôles, ~${c.audit} entrées du journal, ~${c.emails} e-mails`);
  }
  const merged: Record<"small" | "large", Sample> = { small: {}, large: {} };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [key, url] of [
      ["small", small],
      ["large", large],
    ] as const) {
      const sample = measure(url);
      for (const [name, times] of Object.entries(sample)) (merged[key][name] ??= []).push(...times);
    }
  }
  const stat = (times: number[]) => {
    const sorted = [...times].sort((a, b) => a - b);
    return { p50: pct(sorted, 50), p95: pct(sorted, 95) };
  };
  const f = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(`\n${RUNS * ROUNDS} mesures par requête et par base, ${ROUNDS} tours alternés`);
  console.log("| requête | 1M p50 | 1M p95 | 10M p50 | 10M p95 | 10M p95 / 1M p95 |");
  console.log("|---|---|---|---|---|---|");
  let over = 0;
  for (const name of Object.keys(merged.small)) {
    const a = stat(merged.small[name]);
    const b = stat(merged.large[name]);
    const ratio = b.p95 / a.p95;
    if (ratio > GOAL && !name.startsWith("trivial")) over++;
    console.log(
      `| ${name} | ${f(a.p50)} | ${f(a.p95)} | ${f(b.p50)} | ${f(b.p95)} | ${ratio.toFixed(2)}×${ratio > GOAL ? " (au-delà de 5×)" : ""} |`,
    );
  }
  console.log(over === 0 ? `\nToutes les requêtes dans l'objectif (${GOAL}×).` : `\n${over} requête(s) au-delà de ${GOAL}×.`);
}

if (process.env.BENCH_CHILD === "1") {
  child().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
