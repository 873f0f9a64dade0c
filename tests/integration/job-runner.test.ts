// Issue 13, item 1: the job runner (graphile-worker) as the app starts it: several instances
// run each job once, the outbox wakes the sender in the transaction that writes a message,
// and a failing job is retried with back-off and shown to administrators.
import { db } from "@/lib/db";
import { startJobRunner, type JobRunner } from "@/lib/jobs/runner";
import { listJobs, retryJob } from "@/lib/jobs/list-jobs";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { sendPending, type Transport } from "@/lib/mail/send-pending";
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
    const delivered: string[] = [];
    const transport: Transport = async (e) => {
      if (e.to !== to) throw new Error("message d'un autre fichier de test");
      delivered.push(e.to);
      return { providerId: "essai" };
    };
    await start({ "mail.send-pending": async () => void (await sendPending(transport)) });
    await db.$transaction((tx) => enqueueEmail(tx, { to, template: "test", subject: "Réveil", paragraphs: ["x"] }));
    await until(async () => delivered.length > 0, 10_000);
    const row = await db.emailOutbox.findFirstOrThrow({ where: { to } });
    expect(row.status).toBe("SENT");
    expect(delivered).toEqual([to]);
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
