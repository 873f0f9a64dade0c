// Issue 13, item 1: the administrators see the runner's jobs that wait, run, are retried after
// an error or failed for good (graphile-worker deletes a job once it succeeds), with the last
// error, and can start a failed one again.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";

export type JobState = "FAILED" | "RETRYING" | "RUNNING" | "WAITING";

export const JOB_STATE_LABELS: Record<JobState, string> = {
  FAILED: "En échec",
  RETRYING: "Nouvel essai prévu",
  RUNNING: "En cours",
  WAITING: "En attente",
};

/** The tasks' names as administrators read them. */
export const TASK_LABELS: Record<string, string> = {
  "mail.send-pending": "Envoi des e-mails",
  "reminders.hourly": "Rappels d'expiration et récapitulatifs",
  "messages.deliver-due": "Envoi des messages ciblés",
  // issue 14: retention
  "retention.purge-checks": "Conservation\u202f: suppression des contrôles anciens",
  "retention.purge-email-bodies": "Conservation\u202f: effacement du contenu des e-mails envoyés",
  "retention.purge-expired-rows": "Conservation\u202f: liens, compteurs et sessions expirés",
  "retention.anonymize-deleted-people": "Conservation\u202f: anonymisation des personnes supprimées",
};

type Row = {
  id: string;
  task: string;
  runAt: Date;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: Date;
  lockedAt: Date | null;
};

const stateOf = (r: Row): JobState =>
  r.attempts >= r.maxAttempts ? "FAILED" : r.lockedAt ? "RUNNING" : r.attempts > 0 ? "RETRYING" : "WAITING";

async function runnerInstalled() {
  const [row] = await db.$queryRaw<{ ok: boolean }[]>`SELECT to_regclass('graphile_worker.jobs') IS NOT NULL AS "ok"`;
  return row.ok;
}

export async function listJobs(viewer: Viewer, limit = 100) {
  assertAdmin(viewer);
  if (!(await runnerInstalled())) return { installed: false, jobs: [] };
  const rows = await db.$queryRaw<Row[]>`
    SELECT "id"::text AS "id", "task_identifier" AS "task", "run_at" AS "runAt", "attempts"::int AS "attempts",
      "max_attempts"::int AS "maxAttempts", "last_error" AS "lastError", "created_at" AS "createdAt", "locked_at" AS "lockedAt"
    FROM graphile_worker.jobs
    ORDER BY ("attempts" >= "max_attempts") DESC, ("attempts" > 0) DESC, "run_at" ASC
    LIMIT ${limit}`;
  return {
    installed: true,
    jobs: rows.map((r) => ({ ...r, state: stateOf(r), lastError: r.lastError?.slice(0, 500) ?? null })),
  };
}

/** Starts a job that failed for good again, now, with its attempts counted afresh. */
export async function retryJob(viewer: Viewer, jobId: string) {
  assertAdmin(viewer);
  if (!(await runnerInstalled())) throw new UserFacingError("La file de tâches n'est pas installée.");
  return db.$transaction(async (tx) => {
    const found = await tx.$queryRaw<{ id: string }[]>`
      SELECT "id"::text AS "id" FROM graphile_worker.jobs
      WHERE "id" = ${jobId}::bigint AND "attempts" >= "max_attempts" AND "locked_at" IS NULL`;
    if (!found.length) throw new UserFacingError("Cette tâche n'est plus en échec.");
    await tx.$queryRaw`SELECT 1 FROM graphile_worker.reschedule_jobs(ARRAY[${jobId}::bigint], run_at => now(), attempts => 0)`;
    await audit(tx, { actorAccountId: viewer.accountId, action: "jobs.retried", targetType: "Job", targetId: jobId });
    return { id: jobId };
  });
}
