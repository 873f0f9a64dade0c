// E4–E6: "Imprimer les questionnaires" — the PDF of one of the trainer's own sessions.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { questionnaireHtml } from "@/lib/sessions/questionnaire-document";
import { getTrainerSession } from "@/lib/sessions/trainer-session";
import { choiceIn, questionIn } from "@/lib/content/versions";

export async function questionnairePdf(viewer: Viewer, sessionId: string) {
  const session = await getTrainerSession(viewer, sessionId);
  if (!session) return null;
  // issue 12: the questions of the versions the session shows, in its language
  const questions = await db.question.findMany({
    where: { versionId: { in: session.modules.map((m) => m.versionId) } },
    orderBy: { position: "asc" },
    select: {
      id: true,
      versionId: true,
      text: true,
      explanation: true,
      translations: true,
      choices: { orderBy: { position: "asc" }, select: { text: true, translations: true, isCorrect: true } },
    },
  });
  const language = session.language;
  const html = questionnaireHtml({
    sessionId: session.id,
    sessionLabel: session.label,
    profileName: session.profileName,
    heldOn: session.heldOn,
    participants: session.participants,
    modules: session.modules.map((m) => ({
      id: m.id,
      title: m.title,
      passMark: m.content.passMark,
      questions: questions
        .filter((q) => q.versionId === m.versionId)
        .map((q) => ({
          id: q.id,
          text: questionIn(q, language).text,
          choices: q.choices.map((c) => ({ text: choiceIn(c, language), isCorrect: c.isCorrect })),
        })),
    })),
  });
  return { bytes: await renderPdf(html), filename: `questionnaires-session-${session.number}.pdf` };
}
