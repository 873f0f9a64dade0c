// Issue 16: a learner of the quiz over plain HTTP, for the cluster tests and the load benchmark
// (bench/load.mjs): next-auth's credentials login through its real endpoints, the path page,
// and the module's three server actions posted as the browser posts them (Next-Action header,
// ids read from the build's manifest). No database access here: the benchmark imports it too.
// Learners are made in bulk by SQL (seedLearners), with one password hash for all of them.
import { readFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import type pg from "pg";

export const LEARNER_PASSWORD = "Passeport-Charge-2026";

/** The id of a server action in the build (Next.js posts it in the Next-Action header). */
export function actionId(file: string, name: string, manifestPath = ".next/server/server-reference-manifest.json") {
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as {
    node: Record<string, { exportedName?: string; filename?: string }>;
  };
  for (const [id, entry] of Object.entries(manifest.node)) {
    if (entry.exportedName === name && (entry.filename ?? "").includes(file)) return id;
  }
  throw new Error(`action ${name} introuvable dans le manifeste`);
}

export type LearningActions = { markMediaSeen: string; startAttempt: string; submitAttempt: string };

export function learningActions(): LearningActions {
  return {
    markMediaSeen: actionId("lib/learning/actions.ts", "markMediaSeenAction"),
    startAttempt: actionId("lib/learning/actions.ts", "startAttemptAction"),
    submitAttempt: actionId("lib/learning/actions.ts", "submitAttemptAction"),
  };
}

/** The action's result, from the RSC stream Next.js answers with (its line "1:{…}"). */
export function actionResult<T = unknown>(body: string): { ok: true; data: T } | { ok: false; error: string } | null {
  for (const line of body.split("\n")) {
    const m = /^1:(\{.*\})$/.exec(line);
    if (m) return JSON.parse(m[1]);
  }
  return null;
}

export type Timed = { status: number; ms: number; body: string; upstream: string | null };

/** One learner's cookies; `base` may change between requests (the tests alternate instances). */
export class LearnerClient {
  private jar = new Map<string, string>();
  constructor(
    public base: string,
    private address = `10.${randomBytes(1)[0]}.${randomBytes(1)[0]}.${randomBytes(1)[0]}`,
    private timeoutMs = 30_000,
  ) {}

  get cookie() {
    return [...this.jar].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const i = pair.indexOf("=");
      this.jar.set(pair.slice(0, i), pair.slice(i + 1));
    }
  }

  async request(path: string, init: RequestInit = {}, base = this.base): Promise<Timed> {
    const t0 = performance.now();
    const response = await fetch(`${base}${path}`, {
      redirect: "manual",
      ...init,
      signal: AbortSignal.timeout(this.timeoutMs),
      // each learner "comes from" an address of its own, as phones do (the app trusts one proxy hop)
      headers: { cookie: this.cookie, "x-forwarded-for": this.address, ...(init.headers as Record<string, string>) },
    });
    this.keep(response);
    const body = await response.text();
    return { status: response.status, ms: performance.now() - t0, body, upstream: response.headers.get("x-upstream") };
  }

  /** Logs in; the time covers both requests (the CSRF token, then the credentials). */
  async login(identifier: string, password = LEARNER_PASSWORD, base = this.base): Promise<Timed> {
    const t0 = performance.now();
    const csrf = await this.request("/api/auth/csrf", {}, base);
    if (csrf.status !== 200) return csrf;
    const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
    const res = await this.request(
      "/api/auth/callback/credentials",
      {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, identifier, password, json: "true" }).toString(),
      },
      base,
    );
    const ok = [...this.jar.keys()].some((k) => k.endsWith("next-auth.session-token"));
    return { ...res, status: ok ? 200 : res.status === 200 ? 401 : res.status, ms: performance.now() - t0 };
  }

  /** Posts a server action as the module page does. */
  action(path: string, id: string, args: unknown, base = this.base): Promise<Timed> {
    return this.request(
      path,
      {
        method: "POST",
        headers: { "next-action": id, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component" },
        body: JSON.stringify([args]),
      },
      base,
    );
  }
}

export type Quiz = { attemptId: string; questions: { id: string; choices: { id: string }[] }[] };

/** The right choices of every question, by question id (what a learner who knows would tick; issue 12: one or several). */
export async function rightAnswers(client: pg.Client | pg.Pool) {
  const { rows } = await client.query<{ questionId: string; ids: string[] }>(
    `SELECT "questionId", array_agg("id") AS "ids" FROM "Choice" WHERE "isCorrect" GROUP BY "questionId"`,
  );
  return new Map(rows.map((r) => [r.questionId, r.ids]));
}

/** The modules of a profile in path order. */
export async function profileModules(client: pg.Client | pg.Pool, profileCode: string) {
  const { rows } = await client.query<{ id: string }>(
    `SELECT m."id" FROM "ProfileModule" pm JOIN "Module" m ON m."id" = pm."moduleId" JOIN "Profile" p ON p."id" = pm."profileId"
     WHERE p."code" = $1 ORDER BY pm."position"`,
    [profileCode],
  );
  return rows.map((r) => r.id);
}

/**
 * `count` learners of the demo subcontractor with the given profile, e-mails
 * `<prefix>-<n>@charge.example`, all with LEARNER_PASSWORD (hashed once), in one statement each.
 */
export async function seedLearners(
  client: pg.Client | pg.Pool,
  { count, prefix, profileCode = "ADMINISTRATIF" }: { count: number; prefix: string; profileCode?: string },
) {
  const { hashPassword } = await import("@/lib/auth/password");
  const hash = await hashPassword(LEARNER_PASSWORD);
  const emails = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}@charge.example`);
  await client.query(
    `INSERT INTO "Account" ("id", "email", "passwordHash", "mustSetPassword", "updatedAt")
     SELECT 'acc' || md5(e), e, $2, false, now() FROM unnest($1::text[]) AS e`,
    [emails, hash],
  );
  await client.query(
    `INSERT INTO "Person" ("id", "accountId", "companyId", "firstName", "lastName", "searchName", "profileId", "updatedAt")
     SELECT 'per' || md5(e), 'acc' || md5(e), (SELECT "id" FROM "Company" WHERE "siret" = '73282932000074'), 'Apprenant', split_part(e, '@', 1),
            'apprenant ' || split_part(e, '@', 1), (SELECT "id" FROM "Profile" WHERE "code" = $2), now()
     FROM unnest($1::text[]) AS e`,
    [emails, profileCode],
  );
  return emails;
}
