import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";
import { markMediaSeen, startAttempt, submitAttempt, MAX_FAILURES, LearningError } from "@/lib/learning/quiz";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { unblockEmployee } from "@/lib/people/unblock-employee";
import { verifyPassport } from "@/lib/passports/verify-passport";
import { DEMO, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const day = 24 * 3600_000;

/** A new learner of the demo subcontractor, so each test starts from a blank path. */
async function newLearner(profileCode: string, extra: { snbpeExpiresAt?: Date } = {}) {
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const profile = await db.profile.findUniqueOrThrow({ where: { code: profileCode } });
  const account = await db.account.create({ data: { email: `apprenant-${uniq()}@example.fr`, mustSetPassword: false } });
  const person = await db.person.create({
    data: {
      accountId: account.id,
      companyId: company.id,
      firstName: "Test",
      lastName: `Apprenant${uniq()}`,
      profileId: profile.id,
      ...(extra.snbpeExpiresAt
        ? {
            snbpePassport: {
              create: { obtainedAt: new Date(extra.snbpeExpiresAt.getTime() - 365 * day), expiresAt: extra.snbpeExpiresAt },
            },
          }
        : {}),
    },
  });
  return { person, viewer: async () => (await loadViewer(account.id))! };
}

async function modulesOf(profileCode: string) {
  const profile = await db.profile.findUniqueOrThrow({
    where: { code: profileCode },
    include: { modules: { orderBy: { position: "asc" }, include: { module: true } } },
  });
  return profile.modules.map((pm) => pm.module);
}

/** Answers an attempt: right (from the database, as the server knows it) or all wrong. */
async function answer(attemptId: string, right: boolean) {
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: attemptId } });
  const drawn = attempt.drawnOrder as { questionId: string; choiceIds: string[] }[];
  const answers: Record<string, string[]> = {};
  for (const d of drawn) {
    const choices = await db.choice.findMany({ where: { id: { in: d.choiceIds } } });
    answers[d.questionId] = right ? choices.filter((c) => c.isCorrect).map((c) => c.id) : [choices.find((c) => !c.isCorrect)!.id];
  }
  return answers;
}

describe("the online path (D3/D4/D5)", () => {
  it("takes modules in order, grades on the server and issues the passport with the last one", async () => {
    const { person, viewer } = await newLearner("TRANSPORTEUR");
    const modules = await modulesOf("TRANSPORTEUR");
    const now = new Date();

    await expect(startAttempt(await viewer(), modules[1].id, now)).rejects.toMatchObject({ code: "LOCKED_MODULE" });
    await expect(startAttempt(await viewer(), modules[0].id, now)).rejects.toMatchObject({ code: "MEDIA_NOT_SEEN" });

    let last = null;
    for (const module of modules) {
      await markMediaSeen(await viewer(), module.id, now);
      const drawn = await startAttempt(await viewer(), module.id, now);
      expect(JSON.stringify(drawn)).not.toMatch(/isCorrect|correct|explanation/);
      expect(drawn.questions.length).toBeGreaterThanOrEqual(5);
      last = await submitAttempt(await viewer(), drawn.attemptId, await answer(drawn.attemptId, true), now);
      expect(last).toMatchObject({ score: 100, passed: true, blocked: false });
    }
    expect(last!.passport).not.toBeNull();
    const passport = await db.passport.findUniqueOrThrow({ where: { id: last!.passport!.id }, include: { profile: true } });
    expect(passport.personId).toBe(person.id);
    expect(passport.number).toMatch(/^PS-\d{4}-[A-Z2-9]{6}$/);
    const expected = new Date(now);
    expected.setUTCMonth(expected.getUTCMonth() + passport.profile.validityMonths);
    expect(passport.expiresAt.toISOString()).toBe(expected.toISOString());
    expect((await verifyPassport({ number: passport.number }, { channel: "CONTROL", now })).result).toBe("VALID");
    expect(
      (await verifyPassport({ number: passport.number }, { channel: "CONTROL", now: new Date(passport.expiresAt.getTime() + day) })).result,
    ).toBe("EXPIRED");
  });

  it("draws questions and answers in a new order per attempt", async () => {
    const { viewer } = await newLearner("ADMINISTRATIF");
    const [first] = await modulesOf("ADMINISTRATIF");
    await markMediaSeen(await viewer(), first.id);
    const orders = new Set<string>();
    for (let i = 0; i < 4; i++) {
      const drawn = await startAttempt(await viewer(), first.id);
      orders.add(JSON.stringify(drawn.questions.map((q) => [q.id, q.choices.map((c) => c.id)])));
    }
    expect(orders.size).toBeGreaterThan(1);
  });

  it("blocks after more than 3 failures, tells the referent, and lets the learner retry once unblocked", async () => {
    const { person, viewer } = await newLearner("ADMINISTRATIF");
    const [first] = await modulesOf("ADMINISTRATIF");
    await markMediaSeen(await viewer(), first.id);
    for (let i = 1; i <= MAX_FAILURES + 1; i++) {
      const drawn = await startAttempt(await viewer(), first.id);
      const outcome = await submitAttempt(await viewer(), drawn.attemptId, await answer(drawn.attemptId, false));
      expect(outcome.passed).toBe(false);
      expect(outcome.blocked).toBe(i === MAX_FAILURES + 1);
    }
    await expect(startAttempt(await viewer(), first.id)).rejects.toMatchObject({ code: "BLOCKED" });
    const mail = await db.emailOutbox.findFirst({
      where: { to: "referent@cst-demo.fr", template: "learner-blocked", text: { contains: person.lastName.toUpperCase() } },
    });
    expect(mail).not.toBeNull();
    // and in the company login's notification centre (issue 13)
    const referentLogin = await db.company.findUniqueOrThrow({ where: { id: person.companyId }, select: { accountId: true } });
    const note = await db.notification.findFirst({
      where: { accountId: referentLogin.accountId!, kind: "employee.blocked", title: { contains: person.lastName.toUpperCase() } },
    });
    expect(note).toMatchObject({ category: "TASK", readAt: null, href: `/entreprise/salaries?q=${person.lastName}` });

    // another company cannot unblock them
    await expect(unblockEmployee(await viewerOf(DEMO.member), person.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await unblockEmployee(await viewerOf(DEMO.referent), person.id)).unblocked).toBe(true);
    const drawn = await startAttempt(await viewer(), first.id);
    expect((await submitAttempt(await viewer(), drawn.attemptId, await answer(drawn.attemptId, true))).passed).toBe(true);
  });

  it("refuses another learner's attempt and a second submission", async () => {
    const a = await newLearner("ADMINISTRATIF");
    const b = await newLearner("ADMINISTRATIF");
    const [first] = await modulesOf("ADMINISTRATIF");
    await markMediaSeen(await a.viewer(), first.id);
    const drawn = await startAttempt(await a.viewer(), first.id);
    const answers = await answer(drawn.attemptId, true);
    await expect(submitAttempt(await b.viewer(), drawn.attemptId, answers)).rejects.toBeInstanceOf(AccessDeniedError);
    await submitAttempt(await a.viewer(), drawn.attemptId, answers);
    await expect(submitAttempt(await a.viewer(), drawn.attemptId, answers)).rejects.toBeInstanceOf(LearningError);
  });
});

describe("SNBPE reciprocity and renewal", () => {
  it("passes the modules common with SNBPE while the SNBPE passport is valid, and only then", async () => {
    const now = new Date();
    const valid = await newLearner("TECHNIQUE", { snbpeExpiresAt: new Date(now.getTime() + 100 * day) });
    const expired = await newLearner("TECHNIQUE", { snbpeExpiresAt: new Date(now.getTime() - day) });
    const common = (await modulesOf("TECHNIQUE")).filter((m) => m.snbpeCommon).map((m) => m.id);
    expect(common.length).toBeGreaterThan(0);
    for (const [learner, expectSnbpe] of [
      [valid, true],
      [expired, false],
    ] as const) {
      const pathId = await db.$transaction((tx) => ensureCurrentPath(tx, learner.person.id, now));
      const rows = await db.moduleProgress.findMany({ where: { pathId: pathId!, moduleId: { in: common } } });
      expect(rows.every((r) => (r.passedVia === "SNBPE") === expectSnbpe)).toBe(true);
    }
  });

  it("starts a new path once the passport has expired", async () => {
    const { person, viewer } = await newLearner("TRANSPORTEUR");
    const modules = await modulesOf("TRANSPORTEUR");
    const now = new Date();
    let passportId = "";
    for (const module of modules) {
      await markMediaSeen(await viewer(), module.id, now);
      const drawn = await startAttempt(await viewer(), module.id, now);
      passportId =
        (await submitAttempt(await viewer(), drawn.attemptId, await answer(drawn.attemptId, true), now)).passport?.id ?? passportId;
    }
    const passport = await db.passport.findUniqueOrThrow({ where: { id: passportId } });
    const completed = await db.$transaction((tx) => ensureCurrentPath(tx, person.id, now));
    const renewed = await db.$transaction((tx) => ensureCurrentPath(tx, person.id, new Date(passport.expiresAt.getTime() + day)));
    expect(renewed).not.toBe(completed);
    expect(await db.moduleProgress.count({ where: { pathId: renewed!, passedAt: null } })).toBe(modules.length);
  });
});
