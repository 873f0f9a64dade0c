// Issue 17, item 12: every server action, called by every kind of visitor with a fixed corpus
// of hostile values, answers a result (a French error, or a harmless success) and never throws
// nor logs an unexpected failure. The session is a chosen viewer; everything else is real.
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { logger } from "@/lib/logger";
import { loadViewer } from "@/lib/auth/viewer";
import { newSiret, uniq } from "@/tests/helpers/demo";
import { accreditTrainer } from "@/tests/helpers/accredit";
import { HOSTILE_VALUES } from "@/tests/helpers/hostile";

let current: Viewer | null = null;
jest.mock("@/lib/auth/current-user", () => ({
  getCurrentUser: async () => current,
  // the administrators' second-factor steps read the half-open session: there is none here
  getSessionState: async () => ({ status: "NONE", reason: "UNKNOWN" }),
}));
// outside Next.js's request handling, revalidation has nothing to revalidate and there is no
// client address: a documentation address of this test's own stands in (rate limits count it)
jest.mock("next/cache", () => ({ revalidatePath: () => undefined }));
jest.mock("@/lib/http/request-address", () => ({ requestAddress: async () => "192.0.2.250" }));
// work Next.js runs after the answer (the forgotten password's e-mail) is collected and run at the end
const afterwards: (() => Promise<unknown>)[] = [];
jest.mock("next/server", () => ({ ...jest.requireActual("next/server"), after: (job: () => Promise<unknown>) => afterwards.push(job) }));

afterAll(() => db.$disconnect());

// every field name of the app's action schemas, and a few it has never heard of
const FIELDS = (
  "attemptId challenge companyId companyName confirmation decisions email emailConfirmation firstName from hasSnbpe identifier " +
  "isController isHauler isTechnical isTrainer lastName moduleId name newPassword noEmail nonce notifyBeforeExpiry notifyMessages " +
  "notifyBeforeExpiryInApp notifyNewTasksInApp notifyMessagesInApp thresholdDays jobId id title body roles companyKinds profileIds scheduledFor " +
  "notifyNewTasks participantId participants password passwordConfirmation personId profileCode q reason referentEmail " +
  "referentEmailConfirmation referentFirstName referentLastName regions sessionId siret snbpeObtainedAt to token useExistingAccount " +
  "useVat validUntil value vatNumber answers end currentPassword code __proto__ constructor isAdmin role targetId emailId " +
  "subject message answer keywords question themeId title direction status id file mode"
).split(" ");

function inputs(): unknown[] {
  const out: unknown[] = [...HOSTILE_VALUES];
  for (const value of HOSTILE_VALUES) {
    out.push(Object.fromEntries(FIELDS.map((f) => [f, value])));
    // nested: lists of rows (participants, decisions, answers…)
    out.push(Object.fromEntries(FIELDS.map((f) => [f, [Object.fromEntries(FIELDS.map((g) => [g, value]))]])));
  }
  return out;
}

type Action = (input: unknown) => Promise<unknown>;

/**
 * One visitor of each kind, made for this test: hostile input that happens to be valid (every
 * yes/no answered "true"…) changes these accounts, never the demo ones other tests rely on.
 */
async function visitors(): Promise<(Viewer | null)[]> {
  const tag = uniq();
  const login = (email: string, extra: { isAdmin?: boolean } = {}) =>
    db.account.create({ data: { email: `${email}-${tag}@example.fr`, mustSetPassword: false, ...extra }, select: { id: true } });
  const company = async (kind: "SUBCONTRACTOR" | "MEMBER") => {
    const account = await login(kind.toLowerCase());
    return db.company.create({
      data: {
        kind,
        status: "ACTIVE",
        name: `Fuzz ${kind} ${tag}`,
        siret: newSiret(),
        regions: ["BRETAGNE"],
        referentFirstName: "Fuzz",
        referentLastName: "Test",
        referentEmail: `${kind.toLowerCase()}-${tag}@example.fr`,
        accountId: account.id,
        ...(kind === "MEMBER" ? { memberNumber: `F${tag.slice(-6).toUpperCase()}` } : {}),
      },
      select: { id: true, accountId: true },
    });
  };
  const sub = await company("SUBCONTRACTOR");
  const member = await company("MEMBER");
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "TECHNIQUE" }, select: { id: true } });
  const person = async (name: string, companyId: string, roles: "CONTROLLER"[] = []) => {
    const account = await login(name);
    const p = await db.person.create({
      data: { accountId: account.id, companyId, firstName: "Fuzz", lastName: name, profileId: profile.id, roles },
      select: { id: true },
    });
    return { accountId: account.id, personId: p.id };
  };
  const learner = await person("apprenant", sub.id);
  const trainer = await person("formateur", member.id);
  await accreditTrainer(trainer.personId);
  const controller = await person("controleur", member.id, ["CONTROLLER"]);
  const admin = await login("admin", { isAdmin: true });
  const ids = [admin.id, sub.accountId!, member.accountId!, learner.accountId, trainer.accountId, controller.accountId];
  return [null, ...(await Promise.all(ids.map(async (id) => (await loadViewer(id))!)))];
}

async function allActions() {
  const modules = await Promise.all(
    [
      "admin",
      "antibot",
      "auth",
      "companies",
      "content",
      "jobs",
      "learning",
      "messages",
      "notifications",
      "passports",
      "people",
      "reminders",
      "sessions",
    ].map(async (d) => [d, await import(`@/lib/${d}/actions`)] as const),
  );
  return modules.flatMap(([domain, mod]) =>
    Object.entries(mod as Record<string, unknown>)
      .filter(([name, fn]) => name.endsWith("Action") && typeof fn === "function")
      .map(([name, fn]) => ({ name: `${domain}.${name}`, action: fn as Action })),
  );
}

it("every server action answers hostile input without a crash or an unexpected failure", async () => {
  const actions = await allActions();
  expect(actions.length).toBeGreaterThan(30);
  const viewers = await visitors();
  expect(viewers.every((v, i) => i === 0 || v)).toBe(true);
  const unexpected = jest.spyOn(logger, "error");
  const corpus = inputs();
  const crashes: string[] = [];
  let calls = 0;
  for (const { name, action } of actions) {
    for (const viewer of viewers) {
      current = viewer;
      for (const [i, input] of corpus.entries()) {
        calls++;
        try {
          const result = (await action(input)) as { ok?: unknown };
          if (typeof result !== "object" || result === null || typeof result.ok !== "boolean")
            crashes.push(`${name} #${i} : réponse ${String(result)}`);
        } catch (error) {
          crashes.push(`${name} (${viewer?.email ?? viewer?.uniqueId ?? "anonyme"}) #${i} : ${(error as Error).message.slice(0, 160)}`);
        }
      }
    }
  }
  for (const job of afterwards.splice(0)) await job().catch((error: Error) => crashes.push(`après la réponse : ${error.message}`));
  const logged = unexpected.mock.calls.map((c) => {
    const { action, err } = c[0] as { action?: string; err?: Error };
    return `${action} : ${err?.message?.slice(0, 200) ?? JSON.stringify(c[0]).slice(0, 200)}`;
  });
  console.log(
    `fuzz des actions : ${calls} appels, ${actions.length} actions, ${crashes.length} plantages, ${logged.length} échecs inattendus`,
  );
  expect(crashes).toEqual([]);
  expect(logged).toEqual([]);
}, 600_000);
