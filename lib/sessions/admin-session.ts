// Issue 11, item 1: an administrator opens a session found by the global search, read only:
// trainer, date, profile, participants and the decisions taken.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { isId } from "@/lib/text";

export async function getSessionForAdmin(viewer: Viewer, sessionId: string) {
  assertAdmin(viewer);
  if (!isId(sessionId)) return null;
  const session = await db.awarenessSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      number: true,
      status: true,
      heldOn: true,
      participantCount: true,
      playbackCompletedAt: true,
      paperOnlyAt: true,
      profile: { select: { name: true } },
      trainer: { select: { id: true, firstName: true, lastName: true, company: { select: { id: true, name: true } } } },
      participants: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          decision: true,
          decidedAt: true,
          person: { select: { id: true, firstName: true, lastName: true } },
          company: { select: { id: true, name: true } },
          passport: { select: { number: true, status: true } },
        },
      },
    },
  });
  return session ? { ...session, label: `${session.profile.name} n°${session.number}` } : null;
}
