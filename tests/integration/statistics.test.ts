// Issue 11, item 6: the statistics on known data. Everything is placed in a year of its own, far
// in the future, where no other test writes, so that every figure can be expected exactly; and
// every query is refused to everyone but administrators.
import { db } from "@/lib/db";
import { AccessDeniedError } from "@/lib/auth/access";
import * as q from "@/lib/admin/statistics/queries";
import { allDatasets, oneDataset } from "@/lib/admin/statistics/datasets";
import { STATISTICS_TTL_MS, statisticsFor } from "@/lib/admin/statistics/cache";
import { issuePassport } from "@/lib/passports/issue-passport";
import { logForgedCheck, verifyPassport } from "@/lib/passports/verify-passport";
import { DEMO, newSiret, uniq, viewerOf } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

const YEAR = 2100 + Math.floor(Math.random() * 800);
const at = (iso: string) => new Date(`${YEAR}-${iso}Z`);
const period = { from: `${YEAR}-01-01`, to: `${YEAR}-12-31` };

let profiles: { id: string; code: string; validityMonths: number }[];
let trainerId: string;
let companyId: string;
let moduleId: string;
let questionIds: string[];

async function person(extra: { blockedAt?: Date; blockedModuleId?: string } = {}) {
  const account = await db.account.create({ data: { email: `stat-${uniq()}@example.fr`, mustSetPassword: false } });
  return db.person.create({
    data: { accountId: account.id, companyId, firstName: "Stat", lastName: `Test${uniq()}`, profileId: profiles[0].id, ...extra },
  });
}

/** A passport issued as the app issues them (with its day total), then given the expiry or the state the test needs. */
async function passport(input: {
  profile: number;
  issuedAt: Date;
  via: "ONLINE" | "SESSION";
  sessionId?: string;
  expiresAt?: Date;
  revoked?: boolean;
}) {
  const holder = await person();
  const issued = await db.$transaction((tx) =>
    issuePassport(tx, {
      personId: holder.id,
      profileId: profiles[input.profile].id,
      companyId,
      via: input.via,
      sessionId: input.sessionId,
      trainerId: input.sessionId ? trainerId : undefined,
      now: input.issuedAt,
    }),
  );
  if (input.expiresAt || input.revoked) {
    await db.passport.update({
      where: { id: issued.id },
      data: {
        expiresAt: input.expiresAt ?? issued.expiresAt,
        ...(input.revoked ? { status: "REVOKED" as const, revokedAt: input.issuedAt } : {}),
      },
    });
  }
  return issued;
}

beforeAll(async () => {
  profiles = await db.profile.findMany({
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { id: true, code: true, validityMonths: true },
  });
  const company = await db.company.create({
    data: {
      kind: "SUBCONTRACTOR",
      name: `Statistiques ${uniq()}`,
      siret: newSiret(),
      referentLastName: "R",
      referentFirstName: "R",
      referentEmail: `r-${uniq()}@example.fr`,
    },
  });
  companyId = company.id;
  trainerId = (await person()).id;
  const module = await db.module.findFirstOrThrow({
    where: { slug: "procedure-urgence" },
    include: { questions: { orderBy: { position: "asc" } } },
  });
  moduleId = module.id;
  questionIds = module.questions.map((x) => x.id);

  // passports: March (2 ONLINE profile 0, 1 SESSION profile 1); the last hour of 31 May in Paris
  // (22:30 UTC) counts in May, 30 June 22:30 UTC is 1 July in Paris
  const session = await db.awarenessSession.create({
    data: { trainerId, profileId: profiles[1].id, participantCount: 7, status: "CLOSED", heldOn: at("03-10T09:00:00") },
  });
  await db.awarenessSession.create({
    data: { trainerId, profileId: profiles[1].id, participantCount: 5, status: "CLOSED", heldOn: at("09-01T09:00:00") },
  });
  await passport({ profile: 0, issuedAt: at("03-02T10:00:00"), via: "ONLINE" });
  await passport({ profile: 0, issuedAt: at("03-28T10:00:00"), via: "ONLINE" });
  await passport({ profile: 1, issuedAt: at("03-10T11:00:00"), via: "SESSION", sessionId: session.id });
  await passport({ profile: 2, issuedAt: at("05-31T21:30:00"), via: "ONLINE" });
  await passport({ profile: 2, issuedAt: at("06-30T22:30:00"), via: "ONLINE" });

  // gate checks, logged as the gate logs them: 1 July in Paris twice (once at 22:30 UTC on 30
  // June), 2 July once (an unknown number) and once a forged code
  const checked = await passport({ profile: 0, issuedAt: at("06-01T10:00:00"), via: "ONLINE", expiresAt: at("07-01T06:00:00") });
  const gate = (now: Date) => ({ channel: "CONTROL" as const, now });
  expect((await verifyPassport({ number: checked.number }, gate(at("06-30T22:30:00")))).result).toBe("VALID");
  expect((await verifyPassport({ number: checked.number }, gate(at("07-01T12:00:00")))).result).toBe("EXPIRED");
  expect((await verifyPassport({ number: `PS-${YEAR}-INCONNU` }, gate(at("07-02T08:00:00")))).result).toBe("UNKNOWN");
  expect((await logForgedCheck({ channel: "PUBLIC_LINK", presented: "faux.jeton", now: at("07-02T09:00:00") })).result).toBe("FORGED");

  // attempts and answers of the module, as the graded submissions write them
  const choices = await db.choice.findMany({ where: { questionId: { in: questionIds } }, orderBy: { position: "asc" } });
  const wrong = (qid: string, n: number) => choices.filter((c) => c.questionId === qid && !c.isCorrect)[n].id;
  const right = (qid: string) => choices.find((c) => c.questionId === qid && c.isCorrect)!.id;
  const day = new Date(`${YEAR}-04-01T00:00:00Z`);
  await db.attemptDayCount.create({ data: { day, moduleId, attempts: 8, passed: 2 } });
  await db.attemptDayCount.create({ data: { day: new Date(`${YEAR}-04-02T00:00:00Z`), moduleId, attempts: 2, passed: 2 } });
  await db.answerDayCount.createMany({
    data: [
      // question 1: 10 answers, 6 wrong (4 on the first wrong choice, 1 on the second, 1 blank)
      { day, questionId: questionIds[0], choiceId: right(questionIds[0]), answers: 4 },
      { day, questionId: questionIds[0], choiceId: wrong(questionIds[0], 0), answers: 4 },
      { day, questionId: questionIds[0], choiceId: wrong(questionIds[0], 1), answers: 1 },
      { day, questionId: questionIds[0], choiceId: "", answers: 1 },
      // question 2: 10 answers, 1 wrong (the second wrong choice)
      { day, questionId: questionIds[1], choiceId: right(questionIds[1]), answers: 9 },
      { day, questionId: questionIds[1], choiceId: wrong(questionIds[1], 1), answers: 1 },
      // question 3: all right
      { day, questionId: questionIds[2], choiceId: right(questionIds[2]), answers: 10 },
    ],
  });
});

describe("statistics on known data", () => {
  it("counts passports issued per Paris month, by profile and by channel", async () => {
    const admin = await viewerOf(DEMO.admin);
    const issued = await q.passportsIssued(admin, period);
    const rows = issued.rows.map((r) => ({ ...r, profile: profiles.findIndex((p) => p.id === r.profileId) }));
    expect(
      rows
        .map(({ month, profile, via, count }) => ({ month, profile, via, count }))
        .sort((a, b) => a.month.localeCompare(b.month) || a.profile - b.profile),
    ).toEqual([
      { month: `${YEAR}-03-01`, profile: 0, via: "ONLINE", count: 2 },
      { month: `${YEAR}-03-01`, profile: 1, via: "SESSION", count: 1 },
      { month: `${YEAR}-05-01`, profile: 2, via: "ONLINE", count: 1 },
      { month: `${YEAR}-06-01`, profile: 0, via: "ONLINE", count: 1 },
      { month: `${YEAR}-07-01`, profile: 2, via: "ONLINE", count: 1 },
    ]);
    const [byProfile, byChannel] = await allDatasets(admin, period, at("06-15T00:00:00"));
    expect(byProfile.headers).toEqual(["Mois", ...profiles.map(() => expect.any(String)), "Total"]);
    expect(byProfile.rows).toHaveLength(13);
    // one column per profile: the demo's three, then any profile other tests created (all 0 here)
    const perProfile = (...counts: number[]) => profiles.map((_, i) => counts[i] ?? 0);
    expect(byProfile.rows[2]).toEqual(["mars " + YEAR, ...perProfile(2, 1, 0), 3]);
    expect(byProfile.rows[12]).toEqual(["Total", ...perProfile(3, 1, 2), 6]);
    expect(byChannel.headers).toEqual(["Mois", "En ligne", "Session de groupe", "Total"]);
    expect(byChannel.rows[12]).toEqual(["Total", 5, 1, 6]);
  });

  it("counts passports valid, expiring within 60 days and expired at a given moment", async () => {
    const admin = await viewerOf(DEMO.admin);
    const now = at("12-01T00:00:00");
    const before = await q.passportStates(admin, now);
    await passport({ profile: 0, issuedAt: at("01-05T00:00:00"), via: "ONLINE", expiresAt: at("12-20T00:00:00") });
    await passport({ profile: 0, issuedAt: at("01-05T00:00:00"), via: "ONLINE", expiresAt: new Date(`${YEAR + 1}-06-01T00:00:00Z`) });
    await passport({
      profile: 0,
      issuedAt: at("01-05T00:00:00"),
      via: "ONLINE",
      expiresAt: new Date(`${YEAR + 1}-06-01T00:00:00Z`),
      revoked: true,
    });
    const after = await q.passportStates(admin, now);
    // only this file writes passports valid in that year; the others have expired by then
    expect(after.valid - before.valid).toBe(1);
    expect(after.expiring - before.expiring).toBe(1);
    expect(after.expired - before.expired).toBe(0);
    expect(after.revoked - before.revoked).toBeGreaterThanOrEqual(1);
  });

  it("counts accounts blocked now by module, and those blocked within the period", async () => {
    const admin = await viewerOf(DEMO.admin);
    await person({ blockedAt: at("02-01T00:00:00"), blockedModuleId: moduleId });
    await person({ blockedAt: at("02-02T00:00:00"), blockedModuleId: moduleId });
    const row = (await q.blockedAccounts(admin, period)).find((r) => r.moduleId === moduleId)!;
    expect(row.inPeriod).toBe(2);
    expect(row.blocked).toBeGreaterThanOrEqual(2);
  });

  it("counts sessions, participants and passports per trainer", async () => {
    const admin = await viewerOf(DEMO.admin);
    const row = (await q.trainers(admin, period)).find((r) => r.trainerId === trainerId);
    expect(row).toMatchObject({ sessions: 2, participants: 12, passports: 1 });
    const firstHalf = (await q.trainers(admin, { from: `${YEAR}-01-01`, to: `${YEAR}-06-30` })).find((r) => r.trainerId === trainerId);
    expect(firstHalf).toMatchObject({ sessions: 1, participants: 7, passports: 1 });
  });

  it("gives the pass rate and the attempts per pass of each module", async () => {
    const admin = await viewerOf(DEMO.admin);
    const row = (await q.modules(admin, period)).find((r) => r.moduleId === moduleId)!;
    expect(row).toMatchObject({ attempts: 10, passed: 4 });
    const table = await oneDataset(admin, "modules", period);
    expect(table.rows.find((r) => r[0] === row.title)).toEqual([row.title, 10, 4, 40, 2.5]);
    // a day outside the period counts nothing
    expect((await q.modules(admin, { from: `${YEAR}-04-02`, to: `${YEAR}-04-30` })).find((r) => r.moduleId === moduleId)).toMatchObject({
      attempts: 2,
      passed: 2,
    });
  });

  it("ranks questions by failure rate with the wrong choice picked most", async () => {
    const admin = await viewerOf(DEMO.admin);
    const rows = await q.questions(admin, period);
    expect(rows.map((r) => [r.questionId, r.answers, r.wrong, r.topWrongCount])).toEqual([
      [questionIds[0], 10, 6, 4],
      [questionIds[1], 10, 1, 1],
      [questionIds[2], 10, 0, 0],
    ]);
    const choices = await db.choice.findMany({
      where: { questionId: { in: questionIds.slice(0, 2) }, isCorrect: false },
      orderBy: { position: "asc" },
    });
    expect(rows[0].topWrongChoice).toBe(choices.filter((c) => c.questionId === questionIds[0])[0].text);
    expect(rows[1].topWrongChoice).toBe(choices.filter((c) => c.questionId === questionIds[1])[1].text);
    expect(rows[2].topWrongChoice).toBeNull();
    const table = await oneDataset(admin, "questions", period);
    expect(table.rows[0].slice(2, 5)).toEqual([10, 6, 60]);
  });

  it("counts gate checks per Paris day and result", async () => {
    const admin = await viewerOf(DEMO.admin);
    const rows = await q.checksPerDay(admin, period);
    expect(rows.sort((a, b) => a.day.localeCompare(b.day) || a.result.localeCompare(b.result))).toEqual([
      { day: `${YEAR}-07-01`, result: "EXPIRED", count: 1 },
      { day: `${YEAR}-07-01`, result: "VALID", count: 1 },
      { day: `${YEAR}-07-02`, result: "FORGED", count: 1 },
      { day: `${YEAR}-07-02`, result: "UNKNOWN", count: 1 },
    ]);
    const table = await oneDataset(admin, "controles", { from: `${YEAR}-07-01`, to: `${YEAR}-07-03` });
    expect(table.headers).toEqual(["Jour", "Valide", "Expiré", "Révoqué", "Inconnu", "Falsifié", "Total"]);
    expect(table.rows).toEqual([
      [`01/07/${YEAR}`, 1, 1, 0, 0, 0, 2],
      [`02/07/${YEAR}`, 0, 0, 0, 1, 1, 2],
      [`03/07/${YEAR}`, 0, 0, 0, 0, 0, 0],
      ["Total", 1, 1, 0, 1, 1, 4],
    ]);
  });
});

describe("statistics are for administrators only", () => {
  const others = [DEMO.referent, DEMO.member, DEMO.learnerWithEmail, DEMO.trainer, DEMO.controller];
  it.each(others)("refuses every query to %s", async (identifier) => {
    const viewer = await viewerOf(identifier);
    const now = new Date();
    for (const call of [
      () => q.passportsIssued(viewer, period),
      () => q.passportStates(viewer, now),
      () => q.blockedAccounts(viewer, period),
      () => q.trainers(viewer, period),
      () => q.modules(viewer, period),
      () => q.questions(viewer, period),
      () => q.checksPerDay(viewer, period),
      () => allDatasets(viewer, period),
      () => oneDataset(viewer, "formateurs", period),
      () => statisticsFor(viewer, period),
    ]) {
      await expect(call()).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});

describe("the statistics page's five-minute memory", () => {
  it("serves a period's figures again for five minutes, then, or on « Actualiser », computes them afresh", async () => {
    const admin = await viewerOf(DEMO.admin);
    const YEAR2 = YEAR + 1000; // a year of its own: no other test writes there
    const days = { from: `${YEAR2}-03-01`, to: `${YEAR2}-03-02` };
    const checks = (r: { datasets: { key: string; rows: unknown[][] }[] }) => r.datasets.find((d) => d.key === "controles")!.rows.at(-1);
    const t0 = new Date();
    const first = await statisticsFor(admin, days, { now: t0 });
    expect(checks(first)).toEqual(["Total", 0, 0, 0, 0, 0, 0]);
    await db.checkDayCount.create({ data: { day: new Date(`${YEAR2}-03-01T00:00:00Z`), result: "VALID", checks: 3 } });
    const again = await statisticsFor(admin, days, { now: new Date(t0.getTime() + STATISTICS_TTL_MS - 1000) });
    expect(again.computedAt).toEqual(t0);
    expect(checks(again)).toEqual(["Total", 0, 0, 0, 0, 0, 0]);
    const refreshed = await statisticsFor(admin, days, { now: new Date(t0.getTime() + 1000), refresh: true });
    expect(checks(refreshed)).toEqual(["Total", 3, 0, 0, 0, 0, 3]);
    await db.checkDayCount.update({
      where: { day_result_shard: { day: new Date(`${YEAR2}-03-01T00:00:00Z`), result: "VALID", shard: 0 } },
      data: { checks: 4 },
    });
    // a day's total is spread over rows (shards): they are added up
    await db.checkDayCount.create({ data: { day: new Date(`${YEAR2}-03-01T00:00:00Z`), result: "VALID", shard: 7, checks: 1 } });
    const later = await statisticsFor(admin, days, { now: new Date(t0.getTime() + 1000 + STATISTICS_TTL_MS) });
    expect(later.computedAt.getTime()).toBe(t0.getTime() + 1000 + STATISTICS_TTL_MS);
    expect(checks(later)).toEqual(["Total", 5, 0, 0, 0, 0, 5]);
    // another period is computed on its own
    const other = await statisticsFor(admin, { from: `${YEAR2}-03-02`, to: `${YEAR2}-03-02` }, { now: t0 });
    expect(checks(other)).toEqual(["Total", 0, 0, 0, 0, 0, 0]);
  });
});
