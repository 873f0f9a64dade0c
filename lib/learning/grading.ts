// D4 / issue 12: grading an attempt, shared by the learner's quiz and the studio's preview.
// A question is right when exactly its right choices were chosen (one or several); a choice
// that is not one of the question's counts as no answer. The review says, for each question,
// right or wrong, the explanation and the place in the media that answers it; the right
// choices only after a pass.
import { choiceIn, questionIn } from "@/lib/content/versions";
import { shuffle } from "@/lib/learning/shuffle";

export type DrawnQuestion = { questionId: string; choiceIds: string[] };

export type ReviewedQuestion = {
  questionId: string;
  text: string;
  right: boolean;
  explanation: string;
  anchor: { seconds: number } | { slide: number } | null;
  chosen: { id: string; text: string }[];
  /** only after a pass */
  rightChoices: { id: string; text: string }[] | null;
};

/** What grading reads of each question (a Prisma `select`). */
export const GRADED_QUESTION = {
  id: true,
  text: true,
  explanation: true,
  translations: true,
  anchorSeconds: true,
  anchorSlide: true,
  choices: { select: { id: true, text: true, translations: true, isCorrect: true } },
} as const;

type GradedQuestion = {
  id: string;
  text: string;
  explanation: string;
  translations: unknown;
  anchorSeconds: number | null;
  anchorSlide: number | null;
  choices: { id: string; text: string; translations: unknown; isCorrect: boolean }[];
};

export function gradeAnswers(input: {
  drawn: DrawnQuestion[];
  questions: GradedQuestion[];
  answers: Record<string, string[]>;
  passMark: number;
  language: string;
}) {
  const { drawn, answers, passMark, language } = input;
  const byId = new Map(input.questions.map((q) => [q.id, q]));
  const given = new Map(
    drawn.map((d) => [d.questionId, [...new Set(answers[d.questionId] ?? [])].filter((c) => d.choiceIds.includes(c)).sort()]),
  );
  const isRight = (questionId: string) => {
    const right = (byId.get(questionId)?.choices ?? [])
      .filter((c) => c.isCorrect)
      .map((c) => c.id)
      .sort();
    const chosen = given.get(questionId)!;
    return right.length > 0 && right.length === chosen.length && right.every((c, i) => c === chosen[i]);
  };
  const good = drawn.filter((d) => isRight(d.questionId)).length;
  const score = Math.round((100 * good) / Math.max(drawn.length, 1));
  const passed = score >= passMark;
  const review: ReviewedQuestion[] = drawn.map((d) => {
    const q = byId.get(d.questionId)!;
    const chosen = given.get(d.questionId)!;
    const choiceText = (id: string) =>
      choiceIn(
        q.choices.find((c) => c.id === id)!,
        language,
      );
    return {
      questionId: q.id,
      text: questionIn(q, language).text,
      right: isRight(q.id),
      explanation: questionIn(q, language).explanation,
      anchor: q.anchorSeconds !== null ? { seconds: q.anchorSeconds } : q.anchorSlide !== null ? { slide: q.anchorSlide } : null,
      chosen: chosen.map((id) => ({ id, text: choiceText(id) })),
      rightChoices: passed
        ? d.choiceIds.filter((id) => q.choices.find((c) => c.id === id)?.isCorrect).map((id) => ({ id, text: choiceText(id) }))
        : null,
    };
  });
  return { given, score, passed, review };
}

/**
 * A quiz drawn for a learner (or the studio's preview): questions and choices in a random order,
 * the order kept for grading (`drawn`), and what the page receives: texts and opaque ids, nothing
 * about correctness but whether a question has several right choices (check boxes).
 */
export function drawQuiz(questions: Omit<GradedQuestion, "anchorSeconds" | "anchorSlide">[], language: string) {
  const order = shuffle(questions).map((q) => ({ ...q, choices: shuffle(q.choices) }));
  return {
    drawn: order.map((q): DrawnQuestion => ({ questionId: q.id, choiceIds: q.choices.map((c) => c.id) })),
    questions: order.map((q) => ({
      id: q.id,
      text: questionIn(q, language).text,
      multiple: q.choices.filter((c) => c.isCorrect).length > 1,
      choices: q.choices.map((c) => ({ id: c.id, text: choiceIn(c, language) })),
    })),
  };
}
