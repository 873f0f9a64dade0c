// D4: quizzes. The page receives the questions and the choices in a drawn order, never
// which choice is right; grading happens here. More than MAX_FAILURES failures at the same
// module block the account (the referent is told by e-mail); the last passed module issues
// the passport in the same transaction.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertPerson } from "@/lib/auth/access";
import { ensureCurrentPath } from "@/lib/learning/current-path";
import { notifyEmployeeBlocked } from "@/lib/notifications/task-events";
import { issuePassport } from "@/lib/passports/issue-passport";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { audit } from "@/lib/audit/audit";
import { recordDayCounts } from "@/lib/learning/day-counts";
import { UserFacingError } from "@/lib/errors";
import { learnerVersionId, loadVersions } from "@/lib/content/versions";
import { drawQuiz, GRADED_QUESTION, gradeAnswers, type DrawnQuestion, type ReviewedQuestion } from "@/lib/learning/grading";

export type { ReviewedQuestion };

export const MAX_FAILURES = 3;

export class LearningError extends UserFacingError {
  constructor(
    public code: "BLOCKED" | "LOCKED_MODULE" | "MEDIA_NOT_SEEN" | "ALREADY_PASSED" | "NO_PROFILE" | "ATTEMPT_CLOSED",
    message: string,
  ) {
    super(message);
  }
}

/** The module's progress in the learner's current path, checking order and state. */
async function progressFor(personId: string, moduleId: string, now: Date) {
  return db.$transaction(async (tx) => {
    const pathId = await ensureCurrentPath(tx, personId, now);
    if (!pathId) throw new LearningError("NO_PROFILE", "Aucun profil de sensibilisation n'est attribué à votre compte.");
    const rows = await tx.moduleProgress.findMany({
      where: { pathId },
      select: {
        id: true,
        moduleId: true,
        passedAt: true,
        mediaSeenAt: true,
        failedAttempts: true,
        versionId: true,
        module: { select: { currentVersionId: true, profiles: { select: { profileId: true, position: true } } } },
      },
    });
    const path = await tx.learningPath.findUniqueOrThrow({ where: { id: pathId }, select: { profileId: true } });
    const position = (r: (typeof rows)[number]) => r.module.profiles.find((p) => p.profileId === path.profileId)?.position ?? 0;
    rows.sort((a, b) => position(a) - position(b));
    const index = rows.findIndex((r) => r.moduleId === moduleId);
    if (index === -1) throw new AccessDeniedError();
    if (rows.slice(0, index).some((r) => !r.passedAt)) {
      throw new LearningError("LOCKED_MODULE", "Terminez d'abord les modules précédents.");
    }
    return { pathId, progress: rows[index] };
  });
}

/**
 * Issue 12: the version of the module a learner is taking, fixed when they start it (media seen
 * or an attempt) and kept until they submit an attempt: a version published meanwhile applies
 * to their next attempt, never to the one under way.
 */
async function fixVersion(progress: { id: string; versionId: string | null; module: { currentVersionId: string | null } }) {
  const versionId = learnerVersionId(progress, progress.module);
  if (!versionId) throw new LearningError("LOCKED_MODULE", "Ce module n'est pas encore publié.");
  if (!progress.versionId) {
    await db.moduleProgress.updateMany({ where: { id: progress.id, versionId: null }, data: { versionId } });
    const fixed = await db.moduleProgress.findUniqueOrThrow({ where: { id: progress.id }, select: { versionId: true } });
    return fixed.versionId!;
  }
  return versionId;
}

export async function markMediaSeen(viewer: Viewer, moduleId: string, now = new Date()) {
  assertPerson(viewer);
  const { progress } = await progressFor(viewer.person.id, moduleId, now);
  await fixVersion(progress);
  if (!progress.mediaSeenAt) {
    await db.moduleProgress.update({ where: { id: progress.id }, data: { mediaSeenAt: now } });
  }
}

/** Issue 12, item 6: where the learner left the video, to resume there (seconds). */
export async function saveMediaPosition(viewer: Viewer, moduleId: string, seconds: number, now = new Date()) {
  assertPerson(viewer);
  const { progress } = await progressFor(viewer.person.id, moduleId, now);
  if (progress.passedAt) return;
  await db.moduleProgress.update({
    where: { id: progress.id },
    data: { mediaPosition: Math.max(0, Math.min(Math.round(seconds), 24 * 3600)) },
  });
}

export async function startAttempt(viewer: Viewer, moduleId: string, now = new Date()) {
  assertPerson(viewer);
  if (viewer.person.blocked) throw new LearningError("BLOCKED", BLOCKED_MESSAGE);
  const { pathId, progress } = await progressFor(viewer.person.id, moduleId, now);
  if (progress.passedAt) throw new LearningError("ALREADY_PASSED", "Ce module est déjà validé.");
  if (!progress.mediaSeenAt) throw new LearningError("MEDIA_NOT_SEEN", "Regardez d'abord le média du module.");

  const versionId = await fixVersion(progress);
  const [version] = (await loadVersions(db, [versionId], viewer.person.language)).values();
  const questions = await db.question.findMany({
    where: { versionId },
    select: {
      id: true,
      text: true,
      explanation: true,
      translations: true,
      choices: { select: { id: true, text: true, translations: true, isCorrect: true } },
    },
  });
  const quiz = drawQuiz(questions, version.language);
  const attempt = await db.attempt.create({
    data: {
      pathId,
      personId: viewer.person.id,
      moduleId,
      versionId,
      language: version.language,
      startedAt: now,
      drawnOrder: quiz.drawn,
    },
    select: { id: true },
  });
  return { attemptId: attempt.id, language: version.language, questions: quiz.questions };
}

export const BLOCKED_MESSAGE =
  "Ton compte est bloqué après plusieurs échecs au même module. Contacte ton responsable (le référent Passeport Sécurité de ton entreprise) pour qu'il le débloque.";

/**
 * Issue 12, item 6: what the learner sees of each question after an attempt. After a failure,
 * whether each answer was right, the explanation and the place in the media that answers it,
 * never the right choice; after a pass, the right choices too.
 */
export type AttemptOutcome = {
  review: ReviewedQuestion[];
  score: number;
  passMark: number;
  passed: boolean;
  blocked: boolean;
  failuresLeft: number;
  passport: { id: string; number: string } | null;
};

export async function submitAttempt(
  viewer: Viewer,
  attemptId: string,
  answers: Record<string, string[]>,
  now = new Date(),
): Promise<AttemptOutcome> {
  assertPerson(viewer);
  const personId = viewer.person.id;
  return db.$transaction(async (tx) => {
    // the row lock makes a double submission wait, then see submittedAt and stop
    await tx.$queryRaw`SELECT 1 FROM "Attempt" WHERE "id" = ${attemptId} FOR UPDATE`;
    const attempt = await tx.attempt.findUnique({
      where: { id: attemptId },
      select: {
        personId: true,
        pathId: true,
        moduleId: true,
        submittedAt: true,
        drawnOrder: true,
        versionId: true,
        language: true,
        version: { select: { passMark: true, title: true } },
      },
    });
    if (!attempt || attempt.personId !== personId) throw new AccessDeniedError();
    if (attempt.submittedAt) throw new LearningError("ATTEMPT_CLOSED", "Ce questionnaire a déjà été envoyé.");
    const person = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { blockedAt: true, firstName: true, lastName: true, companyId: true, company: { select: { referentEmail: true } } },
    });
    if (person.blockedAt) throw new LearningError("BLOCKED", BLOCKED_MESSAGE);

    const drawn = attempt.drawnOrder as DrawnQuestion[];
    const questions = await tx.question.findMany({
      where: { id: { in: drawn.map((d) => d.questionId) } },
      select: GRADED_QUESTION,
    });
    const language = attempt.language;
    const { given, score, passed, review } = gradeAnswers({
      drawn,
      questions,
      answers,
      passMark: attempt.version.passMark,
      language,
    });

    await tx.attempt.update({
      where: { id: attemptId },
      data: {
        submittedAt: now,
        score,
        passed,
        answers: Object.fromEntries(given),
      },
    });
    // a choice that is not one of the question's counts as no answer
    await recordDayCounts(tx, {
      moduleId: attempt.moduleId,
      passed,
      answers: drawn.flatMap((d): { questionId: string; choiceId: string | null }[] => {
        const chosen = given.get(d.questionId)!;
        return chosen.length
          ? chosen.map((choiceId) => ({ questionId: d.questionId, choiceId }))
          : [{ questionId: d.questionId, choiceId: null }];
      }),
      now,
    });
    // issue 12: a pass keeps the version it was taken in; after a failure the next attempt
    // takes the version published by then
    const progress = await tx.moduleProgress.update({
      where: { pathId_moduleId: { pathId: attempt.pathId, moduleId: attempt.moduleId } },
      data: passed
        ? { passedAt: now, passedVia: "ONLINE", versionId: attempt.versionId }
        : { failedAttempts: { increment: 1 }, versionId: null },
      select: { failedAttempts: true },
    });

    let blocked = false;
    let passport: AttemptOutcome["passport"] = null;
    if (!passed && progress.failedAttempts > MAX_FAILURES) {
      blocked = true;
      await tx.person.update({ where: { id: personId }, data: { blockedAt: now, blockedModuleId: attempt.moduleId } });
      await enqueueEmail(tx, {
        to: person.company.referentEmail,
        template: "learner-blocked",
        subject: `Compte bloqué : ${person.firstName} ${person.lastName.toUpperCase()}`,
        paragraphs: [
          `Le compte de ${person.firstName} ${person.lastName.toUpperCase()} est bloqué après ${progress.failedAttempts} échecs au module « ${attempt.version.title} ».`,
          "Après avoir fait le point avec votre salarié, débloquez son compte depuis la liste des salariés de votre espace entreprise (colonne État, « Bloqué ») : il pourra repasser le module.",
        ],
      });
      await notifyEmployeeBlocked(tx, {
        companyId: person.companyId,
        who: `${person.firstName} ${person.lastName.toUpperCase()}`,
        lastName: person.lastName,
        moduleTitle: attempt.version.title,
      });
      await audit(tx, {
        actorAccountId: viewer.accountId,
        action: "learner.blocked",
        targetType: "Person",
        targetId: personId,
        companyId: person.companyId,
        data: { moduleId: attempt.moduleId },
      });
    }
    if (passed) {
      const remaining = await tx.moduleProgress.count({ where: { pathId: attempt.pathId, passedAt: null } });
      if (remaining === 0) {
        const path = await tx.learningPath.findUniqueOrThrow({ where: { id: attempt.pathId }, select: { profileId: true } });
        const issued = await issuePassport(tx, {
          personId,
          profileId: path.profileId,
          companyId: person.companyId,
          via: "ONLINE",
          language: attempt.language,
          now,
        });
        await tx.learningPath.update({ where: { id: attempt.pathId }, data: { completedAt: now, passportId: issued.id } });
        await audit(tx, {
          actorAccountId: viewer.accountId,
          action: "passport.issued",
          targetType: "Passport",
          targetId: issued.id,
          companyId: person.companyId,
          data: { number: issued.number },
        });
        passport = { id: issued.id, number: issued.number };
      }
    }
    return {
      review,
      score,
      passMark: attempt.version.passMark,
      passed,
      blocked,
      failuresLeft: Math.max(0, MAX_FAILURES + 1 - progress.failedAttempts),
      passport,
    };
  });
}
