// What scripts/test-cluster.mjs started, as the cluster tests see it: the two instances, nginx
// (APP_URL), the harness's controls (restart PostgreSQL, the e-mails the provider's stand-in
// received) and the instances' logs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { db } from "@/lib/db";
import { DEMO, DEMO_PASSWORD } from "@/tests/helpers/demo";
import { httpLogin } from "@/tests/helpers/http-session";
import { type LearnerClient, type LearningActions, type Quiz, actionResult } from "@/tests/helpers/learner-client";
import type { AttemptOutcome } from "@/lib/learning/quiz";

export const NGINX = process.env.APP_URL!;
export const INSTANCES = JSON.parse(process.env.CLUSTER_INSTANCES ?? "[]") as { name: string; url: string; pid: number }[];
const CONTROL = process.env.CLUSTER_CONTROL_URL!;

export async function control<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${CONTROL}${path}`, init);
  if (!res.ok) throw new Error(`contrôle ${path} : ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

export const instanceLog = (name: string) => readFileSync(join(process.env.CLUSTER_LOG_DIR!, `${name}.log`), "utf8");

/** A pg client on the primary (DATABASE_URL) or the replica, for what Prisma does not show. */
export async function pgClient(url = process.env.DATABASE_URL!) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
}

/** The administrator logged in through nginx, the second factor marked given as the code step does. */
export async function adminSession() {
  const before = new Date(Date.now() - 1000);
  const admin = await httpLogin(DEMO.admin, DEMO_PASSWORD, {}, NGINX);
  const account = await db.account.findUniqueOrThrow({ where: { email: DEMO.admin }, select: { id: true } });
  await db.authSession.updateMany({
    where: { accountId: account.id, secondFactorAt: null, revokedAt: null, createdAt: { gte: before } },
    data: { secondFactorAt: new Date() },
  });
  return admin;
}

export type StepLog = { step: string; start: number; end: number; status: number; ok: boolean; body: string; upstream: string | null };

/**
 * One module of the path: media seen, attempt started, answers sent (all right). `bases` gives
 * the base URL of each of the three steps (the tests alternate instances). Every request is
 * recorded in `log`; acknowledged answers are returned for the comparison with the database.
 */
export async function takeModule(
  learner: LearnerClient,
  moduleId: string,
  actions: LearningActions,
  right: Map<string, string[]>,
  log: StepLog[],
  bases: [string, string, string] = [learner.base, learner.base, learner.base],
) {
  const path = `/espace/parcours/${moduleId}`;
  const record = async (step: string, run: () => ReturnType<LearnerClient["request"]>) => {
    const start = Date.now();
    const res = await run().catch((e: Error) => ({ status: 0, ms: Date.now() - start, body: e.message, upstream: null }));
    const result = res.status === 200 ? actionResult(res.body) : null;
    log.push({ step, start, end: Date.now(), status: res.status, ok: Boolean(result?.ok), body: res.body, upstream: res.upstream });
    return result;
  };
  const seen = await record("media", () => learner.action(path, actions.markMediaSeen, { moduleId }, bases[0]));
  if (!seen?.ok) return { seen: false as const };
  const started = await record("start", () => learner.action(path, actions.startAttempt, { moduleId }, bases[1]));
  if (!started?.ok) return { seen: true as const };
  const quiz = started.data as Quiz;
  const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, right.get(q.id)!]));
  const submitted = await record("submit", () =>
    learner.action(path, actions.submitAttempt, { attemptId: quiz.attemptId, answers }, bases[2]),
  );
  if (!submitted?.ok) return { seen: true as const, attemptId: quiz.attemptId };
  return { seen: true as const, attemptId: quiz.attemptId, outcome: submitted.data as AttemptOutcome };
}

/** The visible text of a page's main content (nonces and React's markers differ per response). */
export const mainText = (html: string) =>
  (/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? "")
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
