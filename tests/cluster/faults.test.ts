// Issue 16, item 3: faults under load. PostgreSQL restarted (`pg_ctl restart -m fast`) while
// learners answer: requests in flight fail within 5 s with a French message or the French
// error page, the instances serve again within 5 s of PostgreSQL being back (no restart of
// theirs), and every answer acknowledged to a learner is in the database. Chromium killed while
// a batch of passports prints: that download fails with a French message, the next one works.
// (The e-mail provider failing loses nothing: tests/integration/outbox.test.ts.)
import { execFileSync } from "node:child_process";
import type pg from "pg";
import { db } from "@/lib/db";
import { LearnerClient, learningActions, profileModules, rightAnswers, seedLearners } from "@/tests/helpers/learner-client";
import { DEMO, DEMO_PASSWORD, uniq } from "@/tests/helpers/demo";
import { httpLogin } from "@/tests/helpers/http-session";
import { INSTANCES, NGINX, control, pgClient, takeModule, type StepLog } from "./cluster";

let client: pg.Client;
beforeAll(async () => {
  client = await pgClient();
  client.on("error", () => {}); // cut by the restart: reopened below
});
afterAll(async () => {
  await client.end();
  await db.$disconnect();
});

const FRENCH_ERROR = "Une erreur inattendue est survenue";

/**
 * A failure the learner sees in French: an action's message, or a page's 500 that is either the
 * French error page itself or Next.js's error shell carrying the error's digest, which the root
 * error boundary (app/error.tsx, French) renders in the browser.
 */
const inFrench = (body: string) => body.includes(FRENCH_ERROR) || (body.includes('id="__next_error__"') && /E\{\\*"digest/.test(body));

it("fails fast in French while PostgreSQL restarts, serves again at once, and loses no acknowledged answer", async () => {
  const emails = await seedLearners(client, { count: 8, prefix: `panne-${uniq()}` });
  const modules = await profileModules(client, "ADMINISTRATIF");
  const right = await rightAnswers(client);
  const actions = learningActions();
  const log: StepLog[] = [];
  const acknowledged: { attemptId: string; score: number }[] = [];
  const seen: { email: string; moduleId: string }[] = [];
  let running = true;

  // everyone logs in first; the restart falls on the quiz's steps
  const clients = await Promise.all(
    emails.map(async (email) => {
      const learner = new LearnerClient(NGINX);
      const login = await learner.login(email);
      if (login.status !== 200) throw new Error(`connexion refusée : ${email} (${login.status}) ${login.body.slice(0, 300)}`);
      return learner;
    }),
  );
  const learners = emails.map(async (email, i) => {
    const learner = clients[i];
    let m = 0;
    // a learner who passed every module keeps opening their path until the end, so that steps
    // are still asked for 5 s after PostgreSQL is back however fast the others went
    while (running) {
      const start = Date.now();
      const page = await learner.request("/espace/parcours").catch((e: Error) => ({ status: 0, body: e.message, upstream: null }));
      log.push({
        step: "path",
        start,
        end: Date.now(),
        status: page.status,
        ok: page.status === 200,
        body: page.body,
        upstream: page.upstream,
      });
      if (m >= modules.length) {
        await new Promise((r) => setTimeout(r, 300));
        continue;
      }
      const result = await takeModule(learner, modules[m], actions, right, log);
      if (result.seen) seen.push({ email, moduleId: modules[m] });
      if (result.outcome && result.attemptId) acknowledged.push({ attemptId: result.attemptId, score: result.outcome.score });
      if (result.outcome?.passed) m++;
      await new Promise((r) => setTimeout(r, 300)); // a short think time; a failed step is tried again
    }
  });

  let restartAt = 0;
  let backAt = 0;
  try {
    await new Promise((r) => setTimeout(r, 3000));
    restartAt = Date.now();
    ({ backAt } = await control<{ backAt: number }>("/__restart-postgres", { method: "POST" }));
    await new Promise((r) => setTimeout(r, 8000));
  } finally {
    running = false; // also when something above failed: no learner keeps loading the next tests
    await Promise.allSettled(learners);
  }
  await Promise.all(learners);

  // nothing hung: every request in flight when PostgreSQL went down ended within 5 s of that, and
  // every failure came within 5 s of its start or of the restart, whichever was later (a request
  // that was merely slow on this shared machine and then succeeded is not a hang)
  const inFlight = log.filter((l) => l.start <= restartAt && l.end >= restartAt);
  const show = (l: StepLog) =>
    `${l.step} à ${l.start - restartAt} ms du redémarrage : ${l.end - l.start} ms, ${l.status} ${l.body.slice(0, 120)}`;
  expect(inFlight.filter((l) => l.end - restartAt >= 5000).map(show)).toEqual([]);
  expect(log.filter((l) => !l.ok && l.end - Math.max(l.start, restartAt) >= 5000).map(show)).toEqual([]);
  const slowest = Math.max(...log.filter((l) => l.end >= restartAt && l.start <= backAt).map((l) => l.end - Math.max(l.start, restartAt)));
  // the failures were during the outage, each a French message or the French error page
  const failures = log.filter((l) => !l.ok);
  expect(failures.length).toBeGreaterThan(0); // the restart was felt
  for (const f of failures) {
    expect(f.end).toBeGreaterThanOrEqual(restartAt);
    expect(f.start).toBeLessThanOrEqual(backAt + 5000);
    expect(inFrench(f.body) ? "français" : f.body.slice(0, 300)).toBe("français");
  }
  // every step works again within 5 s of PostgreSQL being back
  const after = log.filter((l) => l.start >= backAt + 5000);
  expect(after.length).toBeGreaterThan(0);
  expect(after.filter((l) => !l.ok)).toEqual([]);
  // the instances were not restarted
  for (const instance of INSTANCES) expect(() => process.kill(instance.pid, 0)).not.toThrow();

  // every acknowledged answer is in the database, with the score the learner was shown
  expect(acknowledged.length).toBeGreaterThan(0);
  await client.end().catch(() => {});
  client = await pgClient();
  const { rows } = await client.query<{ id: string; score: number }>(
    `SELECT "id", "score" FROM "Attempt" WHERE "id" = ANY($1) AND "submittedAt" IS NOT NULL`,
    [acknowledged.map((a) => a.attemptId)],
  );
  const stored = new Map(rows.map((r) => [r.id, r.score]));
  expect(acknowledged.filter((a) => stored.get(a.attemptId) !== a.score)).toEqual([]);
  const { rows: media } = await client.query<{ email: string; moduleId: string }>(
    `SELECT a."email", mp."moduleId" FROM "ModuleProgress" mp JOIN "LearningPath" lp ON lp."id" = mp."pathId"
     JOIN "Person" p ON p."id" = lp."personId" JOIN "Account" a ON a."id" = p."accountId"
     WHERE a."email" = ANY($1) AND mp."mediaSeenAt" IS NOT NULL`,
    [emails],
  );
  const mediaStored = new Set(media.map((r) => `${r.email} ${r.moduleId}`));
  expect(seen.filter((s) => !mediaStored.has(`${s.email} ${s.moduleId}`))).toEqual([]);
  console.log(
    `redémarrage : ${backAt - restartAt} ms ; ${log.length} requêtes, ${failures.length} en échec (toutes en français) ; au plus ${slowest} ms après le redémarrage ; ${acknowledged.length} réponses acquittées, toutes en base`,
  );
});

/** The Chromium processes (the browser and its helpers) started by an instance, by pid. */
function chromiumOf(pid: number): number[] {
  const table = execFileSync("ps", ["-eo", "pid=,ppid=,comm="], { encoding: "utf8" })
    .trim()
    .split("\n")
    .map((l) => l.trim().split(/\s+/))
    .map(([p, pp, comm]) => ({ pid: Number(p), ppid: Number(pp), comm }));
  const descendants = new Set([pid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of table) {
      if (descendants.has(row.ppid) && !descendants.has(row.pid)) {
        descendants.add(row.pid);
        grew = true;
      }
    }
  }
  // the browser itself: a chromium whose parent is not a chromium
  const byPid = new Map(table.map((r) => [r.pid, r]));
  return table
    .filter((r) => descendants.has(r.pid) && r.comm.startsWith("chrom") && !byPid.get(r.ppid)?.comm.startsWith("chrom"))
    .map((r) => r.pid);
}

it("fails a batch PDF in French when Chromium dies during it, and prints the next one", async () => {
  // 120 passports of the demo subcontractor: a batch of several seconds
  const holder = await db.person.findFirstOrThrow({
    where: { account: { email: DEMO.holder } },
    select: { id: true, companyId: true, profileId: true },
  });
  const tag = uniq().slice(-5).toUpperCase();
  await db.passport.createMany({
    data: Array.from({ length: 120 }, (_, i) => ({
      number: `PS-2026-Z${tag}${String(i).padStart(3, "0")}`,
      personId: holder.id,
      profileId: holder.profileId!,
      companyId: holder.companyId,
      issuedAt: new Date(),
      expiresAt: new Date(Date.now() + 365 * 86400_000),
      issuedVia: "ONLINE" as const,
    })),
  });
  const ids = (await db.passport.findMany({ where: { number: { startsWith: `PS-2026-Z${tag}` } }, select: { id: true } })).map((p) => p.id);
  const [instance] = INSTANCES;
  const referent = await httpLogin(DEMO.referent, DEMO_PASSWORD, {}, instance.url);
  const url = `${instance.url}/api/passeports/lot?ids=${ids.join(",")}`;
  // warm the browser so that the kill falls in the middle of a render, not of a launch
  expect((await fetch(`${instance.url}/api/passeports/lot?ids=${ids[0]}`, { headers: { cookie: referent.cookie } })).status).toBe(200);
  const [browser] = chromiumOf(instance.pid);
  expect(browser).toBeDefined();

  const pending = fetch(url, { headers: { cookie: referent.cookie } });
  await new Promise((r) => setTimeout(r, 1500));
  process.kill(browser, "SIGKILL");
  const broken = await pending;
  const message = await broken.text();
  expect(broken.status).toBe(503);
  expect(message).toContain("L'impression a été interrompue");

  const again = await fetch(url, { headers: { cookie: referent.cookie } });
  expect(again.status).toBe(200);
  expect(again.headers.get("content-type")).toBe("application/pdf");
  expect(
    Buffer.from(await again.arrayBuffer())
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
  // a new browser was launched for it
  expect(chromiumOf(instance.pid).filter((p) => p !== browser)).not.toHaveLength(0);
});
