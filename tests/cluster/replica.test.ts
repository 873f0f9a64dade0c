// Issue 16, item 4: with DATABASE_REPLICA_URL, the administrators' statistics read from the
// streaming replica (pg_basebackup -R, started by the harness) while learners write to the
// primary, and the page keeps answering under that load. Proof that the reads went to the
// replica: pg_stat_statements counts the statistics' statements on the replica, not on the primary.
import type pg from "pg";
import { db } from "@/lib/db";
import { LearnerClient, learningActions, profileModules, rightAnswers, seedLearners } from "@/tests/helpers/learner-client";
import { uniq } from "@/tests/helpers/demo";
import { NGINX, adminSession, pgClient, takeModule, type StepLog } from "./cluster";

let primary: pg.Client;
let replica: pg.Client;
beforeAll(async () => {
  primary = await pgClient();
  replica = await pgClient(process.env.CLUSTER_REPLICA_URL);
});
afterAll(async () => {
  await Promise.all([primary.end(), replica.end()]);
  await db.$disconnect();
});

/** Calls of the statistics' day-total statement since the last reset. */
const statisticsCalls = async (client: pg.Client) =>
  Number(
    (
      await client.query<{ calls: string }>(
        `SELECT coalesce(sum("calls"), 0) AS "calls" FROM pg_stat_statements WHERE "query" LIKE '%sum("passports")%' AND "query" LIKE '%PassportDayCount%'`,
      )
    ).rows[0].calls,
  );

it("serves the statistics from the replica while learners load the primary", async () => {
  expect((await replica.query("SELECT pg_is_in_recovery() AS r")).rows[0].r).toBe(true);
  expect((await primary.query("SELECT pg_is_in_recovery() AS r")).rows[0].r).toBe(false);

  // 16 learners take the path through nginx, a short think time between modules, while the administrator reads
  const emails = await seedLearners(primary, { count: 16, prefix: `replique-${uniq()}` });
  const modules = await profileModules(primary, "ADMINISTRATIF");
  const right = await rightAnswers(primary);
  const actions = learningActions();
  const log: StepLog[] = [];
  let running = true;
  const learners = emails.map(async (email) => {
    const learner = new LearnerClient(NGINX);
    if ((await learner.login(email)).status !== 200) throw new Error(`connexion refusée : ${email}`);
    for (const moduleId of modules) {
      if (!running) return;
      await takeModule(learner, moduleId, actions, right, log);
      await new Promise((r) => setTimeout(r, 300));
    }
  });

  const timings: number[] = [];
  let writesDuring = 0;
  try {
    await new Promise((r) => setTimeout(r, 2000)); // the load is under way
    await primary.query("SELECT pg_stat_statements_reset()");
    await replica.query("SELECT pg_stat_statements_reset()");
    const admin = await adminSession();
    // the statistics page from each instance (nginx alternates), a year of figures
    for (let i = 0; i < 2; i++) {
      const t0 = Date.now();
      const page = await admin.get(`/admin/statistiques?du=2026-01-01&au=2026-12-31&essai=${i}`);
      timings.push(Date.now() - t0);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain("Statistiques");
    }
    writesDuring = log.length;
  } finally {
    running = false; // also when something above failed: no learner keeps loading the next tests
    await Promise.allSettled(learners);
  }
  await Promise.all(learners);

  expect(await statisticsCalls(replica)).toBeGreaterThan(0);
  expect(await statisticsCalls(primary)).toBe(0);
  // the learners' answers were written to the primary meanwhile, all acknowledged
  expect(writesDuring).toBeGreaterThan(0);
  expect(log.filter((l) => !l.ok).map((l) => `${l.step} ${l.status} ${l.body.slice(0, 200)}`)).toEqual([]);
  // and reach the replica by streaming
  const [last] = log.slice(-1);
  expect(last).toBeDefined();
  const submitted = Number((await primary.query(`SELECT count(*) FROM "Attempt" WHERE "submittedAt" IS NOT NULL`)).rows[0].count);
  const deadline = Date.now() + 10_000;
  let onReplica = 0;
  while (Date.now() < deadline) {
    onReplica = Number((await replica.query(`SELECT count(*) FROM "Attempt" WHERE "submittedAt" IS NOT NULL`)).rows[0].count);
    if (onReplica >= submitted) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(onReplica).toBeGreaterThanOrEqual(submitted);
  console.log(`statistiques sous charge : ${timings.join(" ms, ")} ms ; ${writesDuring} étapes d'apprenants pendant la lecture`);
});
