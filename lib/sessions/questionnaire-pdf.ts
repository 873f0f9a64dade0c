// E4–E6: "Imprimer les questionnaires" — the PDF of one of the trainer's own sessions.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { renderPdf } from "@/lib/pdf/render-pdf";
import { questionnaireHtml } from "@/lib/sessions/questionnaire-document";
import { getTrainerSession } from "@/lib/sessions/trainer-session";

export async function questionnairePdf(viewer: Viewer, sessionId: string) {
  const session = await getTrainerSession(viewer, sessionId);
  if (!session) return null;
  const modules = await db.module.findMany({
    where: { id: { in: session.modules.map((m) => m.id) } },
    select: {
      id: true,
      title: true,
      passMark: true,
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, text: true, choices: { orderBy: { position: "asc" }, select: { text: true, isCorrect: true } } },
      },
    },
  });
  const byId = new Map(modules.map((m) => [m.id, m]));
  const html = questionnaireHtml({
    sessionId: session.id,
    sessionLabel: session.label,
    profileName: session.profileName,
    heldOn: session.heldOn,
    participants: session.participants,
    modules: session.modules.map((m) => byId.get(m.id)!),
  });
  return { bytes: await renderPdf(html), filename: `questionnaires-session-${session.number}.pdf` };
}
