// Issue 11, item 6: the day totals that the statistics read (AttemptDayCount, AnswerDayCount),
// written by the transaction that grades the attempt, so they never disagree with it. Rows are
// written in key order: two submissions of the same day lock them in the same order.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

type Tx = Prisma.TransactionClient;

export async function recordDayCounts(
  tx: Tx,
  input: { moduleId: string; passed: boolean; answers: { questionId: string; choiceId: string | null }[]; now: Date },
) {
  const day = Prisma.sql`(${input.now.toISOString()}::timestamptz AT TIME ZONE 'Europe/Paris')::date`;
  await tx.$executeRaw`
    INSERT INTO "AttemptDayCount" ("day", "moduleId", "attempts", "passed")
    VALUES (${day}, ${input.moduleId}, 1, ${input.passed ? 1 : 0})
    ON CONFLICT ("day", "moduleId") DO UPDATE
    SET "attempts" = "AttemptDayCount"."attempts" + 1, "passed" = "AttemptDayCount"."passed" + EXCLUDED."passed"`;
  const rows = input.answers
    .map((a) => [a.questionId, a.choiceId ?? ""] as const)
    .sort((a, b) => (a[0] === b[0] ? (a[1] < b[1] ? -1 : 1) : a[0] < b[0] ? -1 : 1));
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "AnswerDayCount" ("day", "questionId", "choiceId", "answers")
    VALUES ${Prisma.join(rows.map(([q, c]) => Prisma.sql`(${day}, ${q}, ${c}, 1)`))}
    ON CONFLICT ("day", "questionId", "choiceId") DO UPDATE SET "answers" = "AnswerDayCount"."answers" + 1`;
}
