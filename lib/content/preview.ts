// Issue 12, item 4: an administrator previews any version (a draft before « Publier ») exactly as
// a learner would take it — media, quiz in a drawn order, grading and review — and as the
// projector plays it. Nothing is recorded: no progress, no attempt, no statistics.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { asLanguage } from "@/lib/content/languages";
import { loadVersions } from "@/lib/content/versions";
import { StudioError } from "@/lib/content/studio";
import { drawQuiz, GRADED_QUESTION, gradeAnswers } from "@/lib/learning/grading";

/** The version's content in a language (French where it lacks it), or null if unknown. */
export async function getPreview(viewer: Viewer, versionId: string, language: string) {
  assertAdmin(viewer);
  const [content] = (await loadVersions(db, [versionId], asLanguage(language))).values();
  if (!content) return null;
  const meta = await db.moduleVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: { status: true, module: { select: { title: true } } },
  });
  return { ...content, moduleTitle: meta.module.title, status: meta.status };
}

async function questionsOf(versionId: string) {
  return db.question.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: GRADED_QUESTION,
  });
}

/** The quiz as a learner gets it: drawn order, texts and ids, nothing about which choice is right. */
export async function startPreviewQuiz(viewer: Viewer, versionId: string, language: string) {
  assertAdmin(viewer);
  const [content] = (await loadVersions(db, [versionId], asLanguage(language))).values();
  if (!content) throw new StudioError("Version introuvable.");
  const questions = await questionsOf(versionId);
  if (questions.length === 0) throw new StudioError("Cette version n'a pas encore de question.");
  return { attemptId: `apercu-${versionId}`, language: content.language, questions: drawQuiz(questions, content.language).questions };
}

/** Grades the preview's answers like a learner's, without recording anything. */
export async function submitPreviewQuiz(viewer: Viewer, versionId: string, language: string, answers: Record<string, string[]>) {
  assertAdmin(viewer);
  const [content] = (await loadVersions(db, [versionId], asLanguage(language))).values();
  if (!content) throw new StudioError("Version introuvable.");
  const questions = await questionsOf(versionId);
  const { score, passed, review } = gradeAnswers({
    drawn: questions.map((q) => ({ questionId: q.id, choiceIds: q.choices.map((c) => c.id) })),
    questions,
    answers,
    passMark: content.passMark,
    language: content.language,
  });
  return { review, score, passMark: content.passMark, passed, blocked: false, failuresLeft: 4, passport: null };
}
