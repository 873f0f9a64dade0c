// D3: what "VALIDER MON PARCOURS" shows: the profile's modules in order with their state.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { MAX_FAILURES } from "@/lib/learning/quiz";

export type ModuleState = "PASSED" | "AVAILABLE" | "LOCKED";

export async function getPathView(viewer: Viewer, now = new Date()) {
  assertPerson(viewer);
  // issue 16: no interactive transaction around it (its BEGIN, COMMIT and connection hold cost
  // the path page 10.8 × the trivial route's p95 under 200 learners): the path and its modules
  // are created by one nested write, which Prisma makes atomic by itself
  const pathId = await ensureCurrentPath(db, viewer.person.id, now);
  if (!pathId) return null;
  const path = await db.learningPath.findUniqueOrThrow({
    where: { id: pathId },
    select: {
      completedAt: true,
      profile: { select: { name: true, modules: { orderBy: { position: "asc" }, select: { moduleId: true, position: true } } } },
      passport: { select: { id: true, number: true, expiresAt: true } },
      progress: {
        select: {
          moduleId: true,
          passedAt: true,
          passedVia: true,
          mediaSeenAt: true,
          failedAttempts: true,
          module: { select: { title: true, summary: true, mediaKind: true, durationSeconds: true, passMark: true } },
        },
      },
    },
  });
  const byModule = new Map(path.progress.map((p) => [p.moduleId, p]));
  let previousPassed = true;
  const modules = path.profile.modules.flatMap(({ moduleId, position }) => {
    const p = byModule.get(moduleId);
    if (!p) return [];
    const state: ModuleState = p.passedAt ? "PASSED" : previousPassed ? "AVAILABLE" : "LOCKED";
    previousPassed = previousPassed && p.passedAt !== null;
    return [
      {
        id: moduleId,
        position,
        title: p.module.title,
        summary: p.module.summary,
        mediaKind: p.module.mediaKind,
        durationSeconds: p.module.durationSeconds,
        passMark: p.module.passMark,
        state,
        passedVia: p.passedVia,
        mediaSeen: p.mediaSeenAt !== null,
        failuresLeft: Math.max(0, MAX_FAILURES + 1 - p.failedAttempts),
      },
    ];
  });
  return {
    profileName: path.profile.name,
    completed: path.completedAt !== null,
    passport: path.passport,
    blocked: viewer.person.blocked,
    modules,
  };
}

/** One module of the viewer's current path, with its media; null if not in the path. */
export async function getModuleForLearner(viewer: Viewer, moduleId: string, now = new Date()) {
  const view = await getPathView(viewer, now);
  const entry = view?.modules.find((m) => m.id === moduleId);
  if (!view || !entry) return null;
  const media = await db.module.findUniqueOrThrow({
    where: { id: moduleId },
    select: { mediaPath: true, captionsPath: true, slides: true },
  });
  return { ...entry, ...media, blocked: view.blocked, total: view.modules.length };
}
