// Issue 16, item 2: a group induction morning. BENCH_LEARNERS simulated learners (200) for
// BENCH_SECONDS (60) through nginx and BENCH_INSTANCES app instances (2), on one PostgreSQL
// cluster of our own (initdb in a temporary folder, fsync on as in production): each logs in,
// opens the path, then for each module marks the media seen, starts the quiz and sends its
// answers, with a think time between steps (BENCH_THINK_MS, "5000-15000"), the learners arriving
// over the first BENCH_RAMP_MS (30 s: logins are argon2 hashes, see the README); a learner who
// completes the path (passport issued) starts again as a new learner. Beside them, in the same
// run, the trivial route GET /api/sante (the baseline of bench/verification.mjs) is sampled a
// few times a second. Printed: per step p50/p95/p99/max and errors, throughput, the ratio of
// each step's p95 to the trivial route's, and PostgreSQL's connections (pg_stat_activity).
//
//   npm run bench:load                 SKIP_BUILD=1 to reuse .next; DATABASE_POOL_MAX per instance
//   npm run bench:load -- --fault      PostgreSQL restarted (pg_ctl restart -m fast) after 20 s:
//                                      slowest request, failures (French?), recovery time, and
//                                      every acknowledged answer looked up in the database
import pg from "pg";
import { baseEnv, freePort, log } from "../scripts/stack.mjs";
import { migrateDeploy, seed } from "../scripts/run.mjs";
import { buildOnce, ensureNginx, startInstances, startNginx, startPostgres, stopAll, withDatabase } from "../scripts/cluster.mjs";
import {
  LearnerClient,
  actionResult,
  learningActions,
  profileModules,
  rightAnswers,
  seedLearners,
} from "../tests/helpers/learner-client.ts";

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const INSTANCES = Number(process.env.BENCH_INSTANCES ?? 2);
const POOL_MAX = process.env.DATABASE_POOL_MAX ?? "10";
const [THINK_MIN, THINK_MAX] = (process.env.BENCH_THINK_MS ?? "5000-15000").split("-").map(Number);
const RAMP_MS = Number(process.env.BENCH_RAMP_MS ?? 30_000);
const FAULT = process.argv.includes("--fault");
const FAULT_AT_MS = 20_000;
const FRENCH_ERROR = "Une erreur inattendue est survenue";

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const think = () => sleep(THINK_MIN + Math.random() * (THINK_MAX - THINK_MIN));
const percentile = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);

/** Every request: step, start, duration, success, and whether a failure spoke French. */
const samples = [];
const record = (step, start, ms, ok, body = "") =>
  samples.push({
    step,
    start,
    ms,
    ok,
    french: !ok && (body.includes(FRENCH_ERROR) || body.includes("Réessayez")),
    error: ok ? null : body.slice(0, 100),
  });

async function main() {
  const started = Date.now();
  let pool;
  try {
    ensureNginx();
    const primary = await startPostgres({ durable: true, maxConnections: 400 });
    const databaseUrl = withDatabase(primary.url, "passeport");
    const admin = new pg.Client({ connectionString: primary.url });
    await admin.connect();
    await admin.query("CREATE DATABASE passeport");
    await admin.end();
    await migrateDeploy(databaseUrl);
    await seed(databaseUrl);
    pool = new pg.Pool({ connectionString: databaseUrl, max: 3 });
    pool.on("error", () => {}); // idle connections cut by the --fault restart: the pool opens new ones
    const t0 = Date.now();
    const identities = await seedLearners(pool, { count: LEARNERS * 4, prefix: "charge" });
    log(`${identities.length} apprenants créés en ${Date.now() - t0} ms (SQL, un seul hachage)`);
    const modules = await profileModules(pool, "ADMINISTRATIF");
    const right = await rightAnswers(pool);

    const env = baseEnv();
    const nginxPort = await freePort();
    Object.assign(env, {
      NODE_ENV: "production",
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_MAX: POOL_MAX,
      NEXTAUTH_URL: `http://127.0.0.1:${nginxPort}`,
      TRUSTED_PROXY_HOPS: "1",
      LOG_LEVEL: "warn",
    });
    await buildOnce(env);
    const instances = await startInstances(env, INSTANCES);
    const nginx = await startNginx(instances, nginxPort);
    const actions = learningActions();

    // warm-up: each route once on each instance (the first render of a route compiles caches)
    for (let i = 0; i < INSTANCES * 2; i++) {
      const warm = new LearnerClient(nginx.url);
      await warm.login(identities.at(-1 - i));
      await warm.request("/espace/parcours");
    }

    // PostgreSQL's connections to the platform's database, sampled every half second
    const connections = [];
    const sampler = setInterval(async () => {
      const { rows } = await pool
        .query(
          `SELECT count(*)::int AS "total", count(*) FILTER (WHERE "state" = 'active')::int AS "active"
           FROM pg_stat_activity WHERE "datname" = 'passeport' AND "backend_type" = 'client backend'`,
        )
        .catch(() => ({ rows: [] }));
      if (rows[0]) connections.push(rows[0]);
    }, 500);

    let next = 0; // the next unused identity
    const acknowledged = []; // { attemptId, score }
    const seenAcks = []; // { email, moduleId }
    const benchStart = Date.now();
    const deadline = benchStart + SECONDS * 1000;
    let fault = null;
    if (FAULT) {
      fault = sleep(FAULT_AT_MS).then(async () => {
        const restartAt = Date.now();
        log("pg_ctl restart -m fast…");
        await primary.restart();
        return { restartAt, backAt: Date.now() };
      });
    }

    // the trivial route, sampled in the same run
    const trivial = (async () => {
      while (Date.now() < deadline) {
        const t = Date.now();
        const t1 = performance.now();
        const ok = await fetch(`${nginx.url}/api/sante`)
          .then((r) => r.text().then(() => r.ok))
          .catch(() => false);
        record("trivial", t, performance.now() - t1, ok);
        await sleep(200);
      }
    })();

    const timed = async (step, run) => {
      const start = Date.now();
      const res = await run().catch((e) => ({ status: 0, ms: Date.now() - start, body: String(e.message) }));
      let ok = res.status === 200;
      let data = null;
      if (ok && step !== "login" && step !== "path") {
        const result = actionResult(res.body);
        ok = Boolean(result?.ok);
        data = result?.ok ? result.data : null;
        if (!ok && result) res.body = result.error ?? res.body;
      }
      record(step, start, res.ms, ok, res.body);
      return { ok, data };
    };

    const learner = async (index) => {
      await sleep((index / LEARNERS) * RAMP_MS);
      while (Date.now() < deadline) {
        const email = identities[next++];
        const client = new LearnerClient(nginx.url);
        if (!(await timed("login", () => client.login(email))).ok) {
          await think();
          continue;
        }
        await think();
        if (Date.now() >= deadline) return;
        await timed("path", () => client.request("/espace/parcours"));
        for (const moduleId of modules) {
          const path = `/espace/parcours/${moduleId}`;
          // each step is tried again after a think time until it succeeds (as a learner would)
          const until = async (step, run) => {
            for (;;) {
              await think();
              if (Date.now() >= deadline) return null;
              const r = await timed(step, run);
              if (r.ok) return r;
            }
          };
          if (!(await until("media", () => client.action(path, actions.markMediaSeen, { moduleId })))) return;
          seenAcks.push({ email, moduleId });
          const start = await until("start", () => client.action(path, actions.startAttempt, { moduleId }));
          if (!start) return;
          const answers = Object.fromEntries(start.data.questions.map((q) => [q.id, right.get(q.id)]));
          const sent = await until("submit", () =>
            client.action(path, actions.submitAttempt, { attemptId: start.data.attemptId, answers }),
          );
          if (!sent) return;
          acknowledged.push({ attemptId: start.data.attemptId, score: sent.data.score });
        }
        await think();
      }
    };
    log(
      `${LEARNERS} apprenants pendant ${SECONDS} s (montée en ${RAMP_MS / 1000} s, réflexion ${THINK_MIN}–${THINK_MAX} ms)${FAULT ? ", PostgreSQL redémarré à 20 s" : ""}…`,
    );
    await Promise.all([...Array.from({ length: LEARNERS }, (_, i) => learner(i)), trivial]);
    const elapsed = (Date.now() - benchStart) / 1000;
    clearInterval(sampler);

    // ---- report
    const steps = ["trivial", "login", "path", "media", "start", "submit"];
    const labels = {
      trivial: "GET /api/sante (trivial)",
      login: "connexion (csrf + identifiants)",
      path: "GET /espace/parcours",
      media: "média vu (action)",
      start: "questionnaire commencé (action)",
      submit: "réponses envoyées (action)",
    };
    const trivialP95 = percentile(
      samples
        .filter((s) => s.step === "trivial" && s.ok)
        .map((s) => s.ms)
        .sort((a, b) => a - b),
      95,
    );
    console.log(
      `\n${LEARNERS} apprenants, ${SECONDS} s, ${INSTANCES} instances derrière nginx, DATABASE_POOL_MAX=${POOL_MAX}, ${(await import("node:os")).cpus().length} cœurs (partagés : chiffres indicatifs)`,
    );
    console.log(
      `${"étape".padEnd(34)} ${"req".padStart(6)} ${"err".padStart(5)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"max".padStart(7)}  p95/trivial`,
    );
    let goal = true;
    for (const step of steps) {
      const all = samples.filter((s) => s.step === step);
      const ms = all.map((s) => s.ms).sort((a, b) => a - b);
      const errors = all.filter((s) => !s.ok).length;
      const p95 = percentile(ms, 95);
      const ratio = p95 / trivialP95;
      if (step !== "trivial" && (ratio > 10 || (!FAULT && errors > 0))) goal = false;
      const f = (v) => `${Number.isFinite(v) ? v.toFixed(0) : "-"} ms`.padStart(7);
      console.log(
        `${labels[step].padEnd(34)} ${String(all.length).padStart(6)} ${String(errors).padStart(5)} ${f(percentile(ms, 50))} ${f(p95)} ${f(percentile(ms, 99))} ${f(ms.at(-1))}  ${step === "trivial" ? "" : ratio.toFixed(1)}`,
      );
    }
    const kinds = new Map();
    for (const s of samples.filter((x) => !x.ok)) {
      const key = `${s.step} : ${s.error?.replace(/\s+/g, " ")}`;
      kinds.set(key, (kinds.get(key) ?? 0) + 1);
    }
    for (const [kind, count] of kinds) console.log(`  erreur × ${count}  ${kind}`);
    const learnerRequests = samples.filter((s) => s.step !== "trivial").length;
    const submits = samples.filter((s) => s.step === "submit" && s.ok).length;
    const passports = (
      await pool.query(
        `SELECT count(*)::int AS n FROM "Passport" p JOIN "Person" pe ON pe."id" = p."personId" JOIN "Account" a ON a."id" = pe."accountId" WHERE a."email" LIKE 'charge-%'`,
      )
    ).rows[0].n;
    console.log(
      `débit : ${(learnerRequests / elapsed).toFixed(1)} requêtes d'apprenants/s, ${(submits / elapsed).toFixed(2)} questionnaires validés/s, ${passports} passeports délivrés (${(passports / elapsed).toFixed(2)}/s)`,
    );
    const maxTotal = Math.max(...connections.map((c) => c.total));
    const maxActive = Math.max(...connections.map((c) => c.active));
    const avgActive = connections.reduce((s, c) => s + c.active, 0) / Math.max(connections.length, 1);
    console.log(
      `PostgreSQL : ${maxTotal} connexions au plus (pools de l'application ${INSTANCES} × ${POOL_MAX}, files de tâches ${INSTANCES} × 4, ce script 3), ${maxActive} actives au plus, ${avgActive.toFixed(1)} en moyenne`,
    );

    if (fault) {
      const { restartAt, backAt } = await fault;
      const failures = samples.filter((s) => !s.ok && s.step !== "trivial");
      const slowest = Math.max(...samples.filter((s) => s.start >= restartAt - 5000 && s.start <= backAt + 5000).map((s) => s.ms));
      const notFrench = failures.filter((s) => !s.french).length;
      const recovered = steps.map((step) => {
        const first = samples.find((s) => s.step === step && s.ok && s.start >= backAt);
        return `${step} ${first ? `${first.start + first.ms - backAt} ms` : "jamais"}`;
      });
      const { rows } = await pool.query(`SELECT "id", "score" FROM "Attempt" WHERE "id" = ANY($1) AND "submittedAt" IS NOT NULL`, [
        acknowledged.map((a) => a.attemptId),
      ]);
      const stored = new Map(rows.map((r) => [r.id, r.score]));
      const missing = acknowledged.filter((a) => stored.get(a.attemptId) !== a.score).length;
      const { rows: media } = await pool.query(
        `SELECT a."email" || ' ' || mp."moduleId" AS "key" FROM "ModuleProgress" mp JOIN "LearningPath" lp ON lp."id" = mp."pathId"
         JOIN "Person" p ON p."id" = lp."personId" JOIN "Account" a ON a."id" = p."accountId" WHERE a."email" LIKE 'charge-%' AND mp."mediaSeenAt" IS NOT NULL`,
      );
      const mediaStored = new Set(media.map((r) => r.key));
      const mediaMissing = seenAcks.filter((s) => !mediaStored.has(`${s.email} ${s.moduleId}`)).length;
      console.log(`\npanne : PostgreSQL indisponible ${backAt - restartAt} ms (pg_ctl restart -m fast)`);
      console.log(
        `  requêtes en échec : ${failures.length}, dont ${notFrench} sans message français ; la plus lente autour de la panne : ${slowest.toFixed(0)} ms`,
      );
      console.log(`  première réussite après le retour de PostgreSQL : ${recovered.join(", ")}`);
      console.log(
        `  réponses acquittées : ${acknowledged.length}, absentes de la base : ${missing} ; médias vus acquittés : ${seenAcks.length}, absents : ${mediaMissing}`,
      );
      if (notFrench || missing || mediaMissing || slowest >= 5000) goal = false;
    }
    console.log(
      `\nobjectif (0 erreur${FAULT ? " hors panne" : ""}, p95 de chaque étape ≤ 10 × celui du trivial) : ${goal ? "atteint" : "NON atteint"}`,
    );
    console.log(`durée totale : ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    console.error(`[bench:load] ${error.stack ?? error.message}`);
    process.exitCode = 1;
  } finally {
    await pool?.end().catch(() => {});
    await stopAll();
    process.exit(process.exitCode ?? 0);
  }
}

main();
