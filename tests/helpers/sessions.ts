// Group sessions in tests: the projector playback as the server records it (every module
// shown, then the end screen), which opens the passport decisions (issue 17).
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { recordPlayback } from "@/lib/sessions/trainer-session";

export async function playWholeSession(trainer: Viewer, sessionId: string) {
  const session = await db.awarenessSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      profile: { select: { modules: { where: { module: { active: true } }, orderBy: { position: "asc" }, select: { moduleId: true } } } },
    },
  });
  for (const { moduleId } of session.profile.modules) await recordPlayback(trainer, sessionId, { moduleId });
  return recordPlayback(trainer, sessionId, { end: true });
}
