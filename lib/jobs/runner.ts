// Issue 13, item 1: one job runner on PostgreSQL, graphile-worker, started by every instance
// (lib/server-start.ts). Jobs live in the database (schema graphile_worker): a job is locked
// by one worker (FOR UPDATE SKIP LOCKED), survives restarts, and a failure is retried with
// exponential back-off until max attempts, then stays in the table, listed on the admin page
// "Tâches planifiées". Cron lines are scheduled once per tick across instances (the runner's
// known_crontabs row). New jobs are announced by LISTEN/NOTIFY; every worker also polls
// (POLL_MS), which is all that works on the embedded PGlite server: there a connection's
// LISTEN never hears another's NOTIFY, and jobs start within POLL_MS instead of at once.
import "server-only";
import pg from "pg";
import { Logger, parseCronItems, run, runMigrations, type CronItem, type Runner, type TaskList } from "graphile-worker";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { CRON, TASKS } from "@/lib/jobs/tasks";

export const POLL_MS = 2000;

const workerLogger = new Logger((scope) => (level, message, meta) => {
  const entry = { job: scope.taskIdentifier ?? "runner", jobId: scope.jobId, err: (meta as { error?: unknown } | undefined)?.error };
  if (level === "error") logger.error(entry, message);
  else if (level === "warning") logger.warn(entry, message);
  else if (level === "info") logger.info(entry, message);
  else logger.debug(entry, message);
});

// Every transaction that writes to the outbox adds a "send" job, in that transaction. Installed
// here, after the runner's own migrations created graphile_worker.add_job (Prisma's migration
// runner splits statements on ";" and cannot create a PL/pgSQL function). The advisory lock
// keeps instances starting together from replacing the function at the same time.
const WAKE_TRIGGER = [
  "SELECT pg_advisory_xact_lock(hashtext('passeport:outbox-wake-trigger'))",
  // one job per transaction, however many messages it writes (a row this transaction wrote has
  // its xid as xmin); no shared key, so that concurrent writers never wait on each other
  `CREATE OR REPLACE FUNCTION "wake_mail_sender"() RETURNS trigger LANGUAGE plpgsql AS $$
   BEGIN
     IF NOT EXISTS (
       SELECT 1 FROM graphile_worker._private_jobs j
       JOIN graphile_worker._private_tasks t ON t.id = j.task_id
       WHERE t.identifier = 'mail.send-pending' AND j.xmin::text = (txid_current() % 4294967296)::text
     ) THEN
       PERFORM graphile_worker.add_job('mail.send-pending', max_attempts => 3);
     END IF;
     RETURN NULL;
   END $$`,
  `DROP TRIGGER IF EXISTS "EmailOutbox_wake_sender" ON "EmailOutbox"`,
  `CREATE TRIGGER "EmailOutbox_wake_sender" AFTER INSERT ON "EmailOutbox" FOR EACH STATEMENT EXECUTE FUNCTION "wake_mail_sender"()`,
];

/**
 * True when the pool's connections share one database session: the embedded PGlite server
 * serves every connection from its single backend. Named prepared statements would then
 * collide ("prepared statement … already exists"), so the runner goes without them there.
 */
async function sharedSession(pool: pg.Pool) {
  const [a, b] = [await pool.connect(), await pool.connect()];
  try {
    const pid = async (c: pg.PoolClient) => (await c.query<{ pid: number }>("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    return (await pid(a)) === (await pid(b));
  } finally {
    a.release();
    b.release();
  }
}

async function prepare(pool: pg.Pool) {
  await runMigrations({ pgPool: pool, logger: workerLogger });
  const client = await pool.connect();
  try {
    await client.query("BEGIN");
    for (const sql of WAKE_TRIGGER) await client.query(sql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

export type JobRunner = { runner: Runner; stop: () => Promise<void> };

/** Starts a runner (tests give their own tasks and schedule); `stop` ends it and its pool. */
export async function startJobRunner({
  connectionString = env().DATABASE_URL,
  taskList = TASKS,
  cron = CRON,
  concurrency = 2,
}: { connectionString?: string; taskList?: TaskList; cron?: CronItem[]; concurrency?: number } = {}): Promise<JobRunner> {
  if (!connectionString) throw new Error("DATABASE_URL n'est pas défini : pas de file de tâches.");
  // the runner's own small pool: its jobs, the LISTEN connection and the cron
  const pool = new pg.Pool({ connectionString, max: concurrency + 2 });
  const lost = (err: Error) => logger.warn({ job: "runner", err }, "connexion de la file de tâches perdue");
  pool.on("error", lost);
  pool.on("connect", (client) => client.on("error", lost));
  try {
    await prepare(pool);
    const embedded = await sharedSession(pool);
    if (embedded) logger.info({ job: "runner" }, "base embarquée : tâches trouvées par interrogation toutes les 2 s");
    const runner = await run({
      noPreparedStatements: embedded,
      pgPool: pool,
      taskList,
      parsedCronItems: parseCronItems(cron),
      concurrency,
      pollInterval: POLL_MS,
      noHandleSignals: true,
      logger: workerLogger,
    });
    let stopped: Promise<void> | null = null;
    const stop = () =>
      (stopped ??= runner
        .stop()
        .catch((err) => logger.warn({ job: "runner", err }, "arrêt de la file de tâches"))
        .then(() => pool.end()));
    return { runner, stop };
  } catch (error) {
    await pool.end().catch(() => {});
    throw error;
  }
}

const holder = globalThis as unknown as { jobRunner?: Promise<JobRunner | null> };

/** Once per server process (instrumentation.ts): the app keeps serving while the runner cannot start. */
export function startAppJobRunner() {
  holder.jobRunner ??= startJobRunner()
    .then((jobRunner) => {
      logger.info({ job: "runner" }, "file de tâches démarrée");
      for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void jobRunner.stop());
      return jobRunner;
    })
    .catch((err) => {
      // the database may still be starting: try again in 30 s (messages wait in the outbox)
      logger.error({ job: "runner", err }, "la file de tâches n'a pas démarré : nouvel essai dans 30 s");
      holder.jobRunner = undefined;
      setTimeout(() => void startAppJobRunner(), 30_000).unref();
      return null;
    });
  return holder.jobRunner;
}
