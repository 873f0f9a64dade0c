// D3: what "VALIDER MON PARCOURS" shows: the profile's modules in order with their state.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { MAX_FAILURES } from "@/lib/learning/quiz";
import { learnerVersionId, loadVersions } from "@/lib/content/versions";

export type ModuleState = "PASSED" | "AVAILABLE" | "LOCKED";

export async function getPathView(viewer: Viewer, now = new Date()) {
  assertPerson(viewer);
  const pathId = await db.$transaction((tx) => ensureCurrentPath(tx, viewer.person.id, now));
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
          versionId: true,
          mediaPosition: true,
          module: { select: { currentVersionId: true } },
        },
      },
    },
  });
  const byModule = new Map(path.progress.map((p) => [p.moduleId, p]));
  // issue 12: each module in the version the learner started, or the published one
  const versions = await loadVersions(
    db,
    path.progress.flatMap((p) => learnerVersionId(p, p.module) ?? []),
    viewer.person.language,
  );
  let previousPassed = true;
  const modules = path.profile.modules.flatMap(({ moduleId, position }) => {
    const p = byModule.get(moduleId);
    const version = p && versions.get(learnerVersionId(p, p.module) ?? "");
    if (!p || !version) return [];
    const state: ModuleState = p.passedAt ? "PASSED" : previousPassed ? "AVAILABLE" : "LOCKED";
    previousPassed = previousPassed && p.passedAt !== null;
    return [
      {
        id: moduleId,
        position,
        versionId: version.versionId,
        language: version.language,
        title: version.title,
        summary: version.summary,
        mediaKind: version.mediaKind,
        durationSeconds: version.durationSeconds,
        passMark: version.passMark,
        mediaPosition: p.mediaPosition,
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
  const [version] = (await loadVersions(db, [entry.versionId], viewer.person!.language)).values();
  const media = {
    mediaPath: version.mediaPath,
    captionsPath: version.captionsPath,
    slides: version.slides,
    transcript: version.transcript,
  };
  return { ...entry, ...media, blocked: view.blocked, total: view.modules.length };
}
