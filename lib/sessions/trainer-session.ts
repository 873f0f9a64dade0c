// E4–E6: one of the trainer's own sessions, with its participants and its profile's modules
// in order. Another trainer's session is "not found", never shown.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertTrainer } from "@/lib/auth/access";

export async function getTrainerSession(viewer: Viewer, sessionId: string) {
  assertTrainer(viewer);
  if (!/^[a-z0-9]{10,40}$/.test(sessionId)) return null;
  const session = await db.awarenessSession.findFirst({
    where: { id: sessionId, trainerId: viewer.person.id },
    select: {
      id: true,
      number: true,
      status: true,
      heldOn: true,
      participantCount: true,
      profile: {
        select: {
          name: true,
          modules: {
            orderBy: { position: "asc" },
            where: { module: { active: true } },
            select: { module: { select: { id: true, title: true, summary: true } } },
          },
        },
      },
      participants: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          position: true,
          decision: true,
          person: { select: { firstName: true, lastName: true, account: { select: { email: true, uniqueId: true } } } },
          company: { select: { name: true, status: true } },
        },
      },
    },
  });
  if (!session) return null;
  return {
    id: session.id,
    number: session.number,
    status: session.status,
    heldOn: session.heldOn,
    label: `${session.profile.name} n°${session.number}`,
    profileName: session.profile.name,
    modules: session.profile.modules.map((m) => m.module),
    participants: session.participants.map((p) => ({
      id: p.id,
      position: p.position,
      decision: p.decision,
      firstName: p.person.firstName,
      lastName: p.person.lastName,
      email: p.person.account.email,
      uniqueId: p.person.account.email ? null : p.person.account.uniqueId,
      companyName: p.company.name,
      companyRegistered: p.company.status === "ACTIVE",
    })),
  };
}

/** E5: playback started (the first time the trainer opens it). */
export async function markSessionStarted(viewer: Viewer, sessionId: string) {
  assertTrainer(viewer);
  await db.awarenessSession.updateMany({
    where: { id: sessionId, trainerId: viewer.person.id, status: "CREATED" },
    data: { status: "STARTED" },
  });
}

/** The trainer's latest sessions, for their dashboard. */
export async function listTrainerSessions(viewer: Viewer, take = 10) {
  assertTrainer(viewer);
  const rows = await db.awarenessSession.findMany({
    where: { trainerId: viewer.person.id },
    orderBy: { number: "desc" },
    take,
    select: {
      id: true,
      number: true,
      status: true,
      heldOn: true,
      participantCount: true,
      profile: { select: { name: true } },
      _count: { select: { participants: { where: { decision: "PENDING" } } } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    label: `${r.profile.name} n°${r.number}`,
    status: r.status,
    heldOn: r.heldOn,
    participantCount: r.participantCount,
    pending: r._count.participants,
  }));
}
