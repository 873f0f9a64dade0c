// Issue 11, item 6: each submitted attempt adds to the day totals that the statistics read,
// in the transaction that grades it (a refused second submission adds nothing).
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/auth/viewer";
import { markMediaSeen, startAttempt, submitAttempt } from "@/lib/learning/quiz";
import { uniq } from "@/tests/helpers/demo";

afterAll(() => db.$disconnect());

async function newLearner() {
  const company = await db.company.findUniqueOrThrow({ where: { siret: "73282932000074" } });
  const profile = await db.profile.findUniqueOrThrow({ where: { code: "ADMINISTRATIF" } });
  const account = await db.account.create({ data: { email: `compteur-${uniq()}@example.fr`, mustSetPassword: false } });
  await db.person.create({
    data: { accountId: account.id, companyId: company.id, firstName: "Test", lastName: `Compteur${uniq()}`, profileId: profile.id },
  });
  return async () => (await loadViewer(account.id))!;
}

it("counts the attempt, its pass, and each answer by question and choice for the Paris day", async () => {
  // 23:30 UTC on 31 December is already 1 January in Paris; a year of its own keeps the test alone
  const year = 2040 + Math.floor(Math.random() * 50);
  const now = new Date(`${year}-12-31T23:30:00Z`);
  const day = new Date(`${year + 1}-01-01T00:00:00Z`);
  const viewer = await newLearner();
  const profile = await db.profile.findUniqueOrThrow({
    where: { code: "ADMINISTRATIF" },
    include: { modules: { orderBy: { position: "asc" }, take: 1 } },
  });
  const moduleId = profile.modules[0].moduleId;
  await markMediaSeen(await viewer(), moduleId, now);
  const drawn = await startAttempt(await viewer(), moduleId, now);
  const attempt = await db.attempt.findUniqueOrThrow({ where: { id: drawn.attemptId } });
  const order = attempt.drawnOrder as { questionId: string; choiceIds: string[] }[];
  const choices = await db.choice.findMany({ where: { questionId: { in: order.map((o) => o.questionId) } } });
  const wrong = choices.find((c) => c.questionId === order[0].questionId && !c.isCorrect)!;
  // first question wrong, second left blank, third answered with another question's choice, the rest right
  const answers: Record<string, string[]> = { [order[0].questionId]: [wrong.id] };
  if (order.length > 2) answers[order[2].questionId] = [wrong.id];
  for (const o of order.slice(3)) answers[o.questionId] = [choices.find((c) => c.questionId === o.questionId && c.isCorrect)!.id];

  const outcome = await submitAttempt(await viewer(), drawn.attemptId, answers, now);
  expect(outcome.passed).toBe(false);
  await expect(submitAttempt(await viewer(), drawn.attemptId, answers, now)).rejects.toThrow();

  expect(await db.attemptDayCount.findMany({ where: { day }, select: { moduleId: true, attempts: true, passed: true } })).toEqual([
    { moduleId, attempts: 1, passed: 0 },
  ]);
  const counts = await db.answerDayCount.findMany({ where: { day }, select: { questionId: true, choiceId: true, answers: true } });
  expect(counts).toHaveLength(order.length);
  expect(counts).toContainEqual({ questionId: order[0].questionId, choiceId: wrong.id, answers: 1 });
  expect(counts).toContainEqual({ questionId: order[1].questionId, choiceId: "", answers: 1 });
  if (order.length > 2) expect(counts).toContainEqual({ questionId: order[2].questionId, choiceId: "", answers: 1 });
  for (const o of order.slice(3))
    expect(counts).toContainEqual({ questionId: o.questionId, choiceId: answers[o.questionId][0], answers: 1 });
  await db.attemptDayCount.deleteMany({ where: { day } });
  await db.answerDayCount.deleteMany({ where: { day } });
});
