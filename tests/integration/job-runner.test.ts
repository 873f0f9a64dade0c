// Issue 13, item 1: the job runner (graphile-worker) as the app starts it: several instances
// run each job once, the outbox wakes the sender in the transaction that writes a message,
// and a failing job is retried with back-off and shown to administrators.
import { db } from "@/lib/db";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { listJobs, retryJob } from "@/lib/jobs/list-jobs";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { AccessDeniedError } from "@/lib/auth/access";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";
import type { TaskList } from "graphile-worker";

const runners: JobRunner[] = [];
afterAll(async () => {
  for (const r of runners) await r.stop();
  await db.$disconnect();
});

async function until(check: () => Promise<boolean>, timeoutMs = 20_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("délai dépassé");
}

async function start(taskList: TaskList) {
  const r = await startJobRunner({ taskList, cron: [], concurrency: 2 });
  runners.push(r);
  return r;
}

describe("job runner (graphile-worker)", () => {
  it("runs each job once with three instances racing", async () => {
    const tag = uniq();
    const runs: string[] = [];
    const task: TaskList = {
      [`test.count-${tag}`]: async (payload) => {
        runs.push((payload as { n: string }).n);
        await new Promise((r) => setTimeout(r, 5));
      },
    };
    const three = [await start(task), await start(task), await start(task)];
    const expected = Array.from({ length: 30 }, (_, i) => String(i));
    for (const n of expected) await three[Number(n) % 3].runner.addJob(`test.count-${tag}`, { n });
    await until(async () => runs.length >= 30);
    await new Promise((r) => setTimeout(r, 500));
    expect([...runs].sort()).toEqual([...expected].sort());
    for (const r of three.splice(0)) await r.stop();
  });

  it("wakes the outbox sender in the transaction that writes a message", async () => {
    const to = `reveil-${uniq()}@example.fr`;
    // A runner of our own, so that the job has one even when no app server runs. When the
    // browser tests' app server runs on the same database, its runner may take the job first:
    // either way the job must be done (deleted on success) in seconds, not at the next minute.
    await start({ "mail.send-pending": async () => {} });
    // the job is written by the very transaction that writes the message (xmin), and only then
    const jobOfThisTransaction = (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0]) =>
      tx.$queryRaw<{ id: string }[]>`
        SELECT j."id"::text AS "id" FROM graphile_worker._private_jobs j
        JOIN graphile_worker._private_tasks t ON t."id" = j."task_id"
        WHERE t."identifier" = 'mail.send-pending' AND j.xmin::text = (txid_current() % 4294967296)::text`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, { to, template: "test", subject: "Perdu", paragraphs: ["x"] });
        await enqueueEmail(tx, { to, template: "test", subject: "Perdu aussi", paragraphs: ["x"] });
        // one job for the transaction, however many messages it writes
        expect(await jobOfThisTransaction(tx)).toHaveLength(1);
        throw new Error("échec métier");
      }),
    ).rejects.toThrow("échec métier");
    const [job] = await db.$transaction(async (tx) => {
      await enqueueEmail(tx, { to, template: "test", subject: "Réveil", paragraphs: ["x"] });
      return jobOfThisTransaction(tx);
    });
    // run at once by the runner (a job is deleted when it succeeds)
    await until(
      async () => (await db.$queryRaw<unknown[]>`SELECT 1 FROM graphile_worker._private_jobs WHERE "id" = ${job.id}::bigint`).length === 0,
      10_000,
    );
  });

  it("retries a failing job with back-off, then shows it failed to administrators, who can start it again", async () => {
    const task = `test.panne-${uniq()}`;
    let calls = 0;
    const r = await start({
      [task]: async () => {
        calls++;
        throw new Error("service indisponible");
      },
    });
    const job = await r.runner.addJob(task, {}, { maxAttempts: 2 });
    await until(async () => calls >= 1);
    const admin = await viewerOf(DEMO.admin);
    const afterFirst = (await listJobs(admin)).jobs.find((j) => j.id === String(job.id));
    expect(afterFirst).toMatchObject({ state: "RETRYING", attempts: 1, lastError: expect.stringContaining("service indisponible") });
    // graphile-worker waits exp(attempts) seconds before the next try
    expect(afterFirst!.runAt.getTime()).toBeGreaterThan(Date.now());
    await until(async () => calls >= 2, 15_000);
    await until(async () => (await listJobs(admin)).jobs.find((j) => j.id === String(job.id))?.state === "FAILED");
    await expect(listJobs(await viewerOf(DEMO.referent))).rejects.toThrow(AccessDeniedError);
    await expect(retryJob(await viewerOf(DEMO.learnerWithEmail), String(job.id))).rejects.toThrow(AccessDeniedError);
    await retryJob(admin, String(job.id));
    await until(async () => calls >= 3);
  });
});
