// E4–E6: one of the trainer's own sessions, with its participants and its profile's modules
// in order. Another trainer's session is "not found", never shown.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertTrainer } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { notifyDecisionsWaiting } from "@/lib/notifications/task-events";
import { isId } from "@/lib/text";
import { loadVersions } from "@/lib/content/versions";

export async function getTrainerSession(viewer: Viewer, sessionId: string) {
  assertTrainer(viewer);
  if (!isId(sessionId)) return null;
  const session = await db.awarenessSession.findFirst({
    where: { id: sessionId, trainerId: viewer.person.id },
    select: {
      id: true,
      number: true,
      status: true,
      heldOn: true,
      participantCount: true,
      playbackCompletedAt: true,
      paperOnlyAt: true,
      moduleVersions: true,
      language: true,
      profile: {
        select: {
          name: true,
          modules: {
            orderBy: { position: "asc" },
            where: { module: { active: true, currentVersionId: { not: null } } },
            select: { module: { select: { id: true, currentVersionId: true } } },
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
  // issue 12: the versions fixed when the session was created (the published ones for sessions
  // created before versions existed), in the playback language
  const fixed = (session.moduleVersions ?? {}) as Record<string, string>;
  const versionIds = session.profile.modules.flatMap((m) => fixed[m.module.id] ?? m.module.currentVersionId ?? []);
  const versions = await loadVersions(db, versionIds, session.language);
  const modules = session.profile.modules.flatMap(({ module }) => {
    const version = versions.get(fixed[module.id] ?? module.currentVersionId ?? "");
    return version
      ? [{ id: module.id, versionId: version.versionId, title: version.title, summary: version.summary, content: version }]
      : [];
  });
  return {
    id: session.id,
    number: session.number,
    status: session.status,
    heldOn: session.heldOn,
    playbackCompletedAt: session.playbackCompletedAt,
    paperOnlyAt: session.paperOnlyAt,
    label: `${session.profile.name} n°${session.number}`,
    profileName: session.profile.name,
    language: session.language,
    modules,
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

/**
 * E5: the projector playback tells the server each module it shows, and the end screen. The
 * playback is complete when every module of the profile was shown and the end reached: only
 * then (or for a session declared on paper) can the trainer decide the passports.
 */
export async function recordPlayback(viewer: Viewer, sessionId: string, step: { moduleId: string } | { end: true }, now = new Date()) {
  assertTrainer(viewer);
  const session = await db.awarenessSession.findFirst({
    where: { id: sessionId, trainerId: viewer.person.id },
    select: {
      id: true,
      playbackCompletedAt: true,
      profile: {
        select: { modules: { where: { module: { active: true, currentVersionId: { not: null } } }, select: { moduleId: true } } },
      },
    },
  });
  if (!session) throw new AccessDeniedError();
  const moduleIds = session.profile.modules.map((m) => m.moduleId);
  if ("moduleId" in step) {
    if (!moduleIds.includes(step.moduleId)) throw new AccessDeniedError();
    // one statement: two tabs or a double event never record a module twice
    await db.$executeRaw`UPDATE "AwarenessSession" SET "playbackModulesSeen" = array_append("playbackModulesSeen", ${step.moduleId})
      WHERE "id" = ${session.id} AND NOT (${step.moduleId} = ANY ("playbackModulesSeen"))`;
    return { completed: session.playbackCompletedAt !== null };
  }
  return db.$transaction(async (tx) => {
    const { playbackModulesSeen: seen } = await tx.awarenessSession.findUniqueOrThrow({
      where: { id: session.id },
      select: { playbackModulesSeen: true },
    });
    const missing = moduleIds.filter((id) => !seen.includes(id));
    if (missing.length) return { completed: session.playbackCompletedAt !== null };
    const { count } = await tx.awarenessSession.updateMany({
      where: { id: session.id, playbackCompletedAt: null },
      data: { playbackCompletedAt: now },
    });
    if (count) {
      await notifyDecisionsWaiting(tx, session.id);
      await audit(tx, {
        actorAccountId: viewer.accountId,
        action: "session.playback_completed",
        targetType: "AwarenessSession",
        targetId: session.id,
        data: { modules: moduleIds.length },
      });
    }
    return { completed: true };
  });
}

/** A session held without the projector (paper only): the trainer says so, and it is audited. */
export async function declarePaperOnly(viewer: Viewer, sessionId: string, now = new Date()) {
  assertTrainer(viewer);
  return db.$transaction(async (tx) => {
    const session = await tx.awarenessSession.findFirst({
      where: { id: sessionId, trainerId: viewer.person.id },
      select: { id: true, number: true, playbackCompletedAt: true, paperOnlyAt: true },
    });
    if (!session) throw new AccessDeniedError();
    if (session.playbackCompletedAt || session.paperOnlyAt) return { declared: false };
    await tx.awarenessSession.update({ where: { id: session.id }, data: { paperOnlyAt: now } });
    await notifyDecisionsWaiting(tx, session.id);
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "session.paper_only_declared",
      targetType: "AwarenessSession",
      targetId: session.id,
      data: { number: session.number },
    });
    return { declared: true };
  });
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
