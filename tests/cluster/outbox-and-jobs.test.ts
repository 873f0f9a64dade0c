// Issue 16, item 1: with both instances' job runners up, 200 e-mails written to the outbox are
// each handed to the provider exactly once, and a scheduled (cron) job runs once per tick, not
// once per instance. The provider is the harness's stand-in for Resend's API (RESEND_BASE_URL).
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { uniq } from "@/tests/helpers/demo";
import { INSTANCES, control, instanceLog } from "./cluster";

afterAll(() => db.$disconnect());

type Sent = { id: string; ref: string | null; to: string };

it("sends each of 200 queued e-mails exactly once with both senders running", async () => {
  const tag = uniq();
  // 20 transactions of 10 messages, written at once: each transaction wakes a sender
  await Promise.all(
    Array.from({ length: 20 }, (_, t) =>
      db.$transaction(async (tx) => {
        for (let i = 0; i < 10; i++) {
          await enqueueEmail(tx, {
            to: `grappe-${tag}-${t * 10 + i}@example.fr`,
            template: "cluster-test",
            subject: `Essai de la grappe ${t * 10 + i}`,
            paragraphs: ["Un message de l'essai à deux instances."],
          });
        }
      }),
    ),
  );
  const ours = { to: { startsWith: `grappe-${tag}-` } };
  const deadline = Date.now() + 90_000;
  while ((await db.emailOutbox.count({ where: { ...ours, status: "SENT" } })) < 200 && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
  }
  const rows = await db.emailOutbox.findMany({ where: ours, select: { id: true, status: true, providerId: true } });
  expect(rows).toHaveLength(200);
  expect(rows.filter((r) => r.status !== "SENT")).toEqual([]);
  const sent = (await control<Sent[]>("/__sent")).filter((s) => s.to.startsWith(`grappe-${tag}-`) || rows.some((r) => r.id === s.ref));
  // exactly once each: 200 deliveries, 200 distinct outbox ids, the provider's id stored on each row
  expect(sent).toHaveLength(200);
  expect(new Set(sent.map((s) => s.ref))).toEqual(new Set(rows.map((r) => r.id)));
  const providerIds = new Map(sent.map((s) => [s.ref, s.id]));
  expect(rows.every((r) => r.providerId === providerIds.get(r.id))).toBe(true);
  // both instances ran the sender during the run (each logs the jobs it completed)
  for (const instance of INSTANCES) expect(instanceLog(instance.name)).toMatch(/mail\.send-pending, [\d.]+ms\) with success/);
});

const cronRuns = () =>
  INSTANCES.reduce((sum, i) => sum + (instanceLog(i.name).match(/\(messages\.deliver-due, [\d.]+ms\) with success/g)?.length ?? 0), 0);

it("runs a scheduled job once per tick, not once per instance", async () => {
  // the every-minute line "messages.deliver-due": count from ten seconds before a tick to ten after
  const wait = async (untilSecond: number) => {
    const now = new Date();
    const ms = ((60 + untilSecond - now.getUTCSeconds()) % 60) * 1000 - now.getUTCMilliseconds();
    await new Promise((r) => setTimeout(r, ms > 0 ? ms : ms + 60_000));
  };
  await wait(50);
  const before = cronRuns();
  await wait(10); // one tick (at second 0) in between
  const after = cronRuns();
  expect(after - before).toBe(1);
  // the tick is recorded once, shared by both runners
  const [known] = await db.$queryRaw<{ last: Date }[]>`
    SELECT "last_execution" AS "last" FROM graphile_worker._private_known_crontabs WHERE "identifier" = 'messages.deliver-due'`;
  expect(Date.now() - known.last.getTime()).toBeLessThan(60_000);
}, 150_000);
