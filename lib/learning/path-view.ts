// D3: what "VALIDER MON PARCOURS" shows: the profile's modules in order with their state.
import "server-only";
import { db, rawQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { renewalOpen } from "@/lib/passports/renewal";
import type { Viewer } from "@/lib/auth/viewer";
import { assertPerson } from "@/lib/auth/access";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { MAX_FAILURES } from "@/lib/learning/quiz";
import { asLanguage, type Language } from "@/lib/content/languages";
import { loadVersions } from "@/lib/content/versions";

export type ModuleState = "PASSED" | "AVAILABLE" | "LOCKED";

type PathRow = {
  pathId: string;
  completedAt: Date | null;
  profileName: string;
  passportId: string | null;
  passportNumber: string | null;
  passportStatus: "ACTIVE" | "REVOKED" | null;
  passportExpiresAt: Date | null;
  modules: {
    moduleId: string;
    position: number;
    versionId: string;
    language: string | null;
    title: string;
    summary: string;
    mediaKind: "VIDEO" | "SLIDES";
    durationSeconds: number;
    passMark: number;
    passed: boolean;
    passedVia: "ONLINE" | "SNBPE" | "SESSION" | null;
    mediaSeen: boolean;
    failedAttempts: number;
    mediaPosition: number;
  }[];
};

/**
 * Issue 16: the learner's latest path of their profile, with its passport and its modules in
 * order, in ONE statement (Prisma's nested read took five round trips, each with the client's own
 * work: the path page was the slowest step under 200 learners).
 */
async function latestPath(personId: string) {
  const [row] = await rawQuery<PathRow>(Prisma.sql`
    SELECT lp."id" AS "pathId", lp."completedAt", pr."name" AS "profileName",
           pa."id" AS "passportId", pa."number" AS "passportNumber", pa."status"::text AS "passportStatus", pa."expiresAt" AS "passportExpiresAt",
           (SELECT COALESCE(json_agg(json_build_object(
                     'moduleId', pm."moduleId", 'position', pm."position", 'versionId', v."id", 'language', t."language",
                     'title', COALESCE(t."title", v."title"), 'summary', COALESCE(t."summary", v."summary"),
                     'mediaKind', v."mediaKind", 'durationSeconds', v."durationSeconds", 'passMark', v."passMark",
                     'passed', mp."passedAt" IS NOT NULL, 'passedVia', mp."passedVia", 'mediaSeen', mp."mediaSeenAt" IS NOT NULL,
                     'failedAttempts', mp."failedAttempts", 'mediaPosition', mp."mediaPosition") ORDER BY pm."position"), '[]'::json)
            FROM "ProfileModule" pm
            JOIN "ModuleProgress" mp ON mp."pathId" = lp."id" AND mp."moduleId" = pm."moduleId"
            JOIN "Module" m ON m."id" = pm."moduleId"
            -- issue 12: the version the learner started, else the published one, in their language when it exists
            JOIN "ModuleVersion" v ON v."id" = COALESCE(mp."versionId", m."currentVersionId")
            LEFT JOIN "ModuleTranslation" t ON t."versionId" = v."id" AND t."language" = pe."language" AND pe."language" <> 'fr'
            WHERE pm."profileId" = lp."profileId") AS "modules"
    FROM "Person" pe
    JOIN "LearningPath" lp ON lp."personId" = pe."id" AND lp."profileId" = pe."profileId"
    JOIN "Profile" pr ON pr."id" = lp."profileId"
    LEFT JOIN "Passport" pa ON pa."id" = lp."passportId"
    WHERE pe."id" = ${personId}
    ORDER BY lp."startedAt" DESC
    LIMIT 1`);
  return row ?? null;
}

/** The rule of ensureCurrentPath: a path is current until completed, then while its passport is not up for renewal. */
const isCurrent = (row: PathRow, now: Date) =>
  row.completedAt === null ||
  (row.passportId !== null && !renewalOpen({ status: row.passportStatus!, expiresAt: row.passportExpiresAt! }, now));

export async function getPathView(viewer: Viewer, now = new Date()) {
  assertPerson(viewer);
  let path = await latestPath(viewer.person.id);
  if (!path || !isCurrent(path, now)) {
    // first visit, renewal or a new profile: the path is created (one nested write, atomic by
    // itself, no interactive transaction around it), then read again
    const created = await ensureCurrentPath(db, viewer.person.id, now);
    if (!created) return null;
    path = await latestPath(viewer.person.id);
    if (!path) return null;
  }
  let previousPassed = true;
  const modules = path.modules.map((p) => {
    const state: ModuleState = p.passed ? "PASSED" : previousPassed ? "AVAILABLE" : "LOCKED";
    previousPassed = previousPassed && p.passed;
    return {
      id: p.moduleId,
      position: p.position,
      versionId: p.versionId,
      language: (p.language ? asLanguage(p.language) : "fr") as Language,
      title: p.title,
      summary: p.summary,
      mediaKind: p.mediaKind,
      durationSeconds: p.durationSeconds,
      passMark: p.passMark,
      mediaPosition: p.mediaPosition,
      state,
      passedVia: p.passedVia,
      mediaSeen: p.mediaSeen,
      failuresLeft: Math.max(0, MAX_FAILURES + 1 - p.failedAttempts),
    };
  });
  return {
    profileName: path.profileName,
    completed: path.completedAt !== null,
    passport: path.passportId ? { id: path.passportId, number: path.passportNumber!, expiresAt: path.passportExpiresAt! } : null,
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
