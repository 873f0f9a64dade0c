// E7: "VALIDATION DES PASSEPORTS". The trainer decides per participant of their own
// sessions; "Passeport obtenu" issues the passport; decisions are final (a second decision
// is refused); "Doit repasser" leaves the learner free to take the path online.
// Issue 17: nobody decides their own passport; a session's decisions open only once its
// playback ran to the end (recorded by the server) or it was declared held on paper; each
// passport names its trainer, and each company's referent learns who got one from whom.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertTrainer } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { issuePassport } from "@/lib/passports/issue-passport";
import { tellReferentsOfPassports } from "@/lib/sessions/referent-notices";

export async function recordDecisions(
  viewer: Viewer,
  decisions: { participantId: string; decision: "PASSED" | "MUST_RETAKE" }[],
  now = new Date(),
) {
  assertTrainer(viewer);
  const trainerId = viewer.person.id;
  return db.$transaction(async (tx) => {
    const ids = decisions.map((d) => d.participantId);
    // lock the rows: two tabs saving at once cannot both decide
    await tx.$queryRaw`SELECT 1 FROM "SessionParticipant" WHERE "id" = ANY(${ids}) FOR UPDATE`;
    const rows = await tx.sessionParticipant.findMany({
      where: { id: { in: ids }, session: { trainerId } },
      select: {
        id: true,
        decision: true,
        personId: true,
        companyId: true,
        sessionId: true,
        session: {
          select: {
            profileId: true,
            number: true,
            heldOn: true,
            playbackCompletedAt: true,
            paperOnlyAt: true,
            profile: { select: { name: true } },
          },
        },
        person: { select: { firstName: true, lastName: true } },
        company: { select: { status: true, referentEmail: true, name: true } },
      },
    });
    if (rows.length !== new Set(ids).size) throw new AccessDeniedError();
    const decided = rows.filter((r) => r.decision !== "PENDING");
    if (decided.length) {
      throw new UserFacingError(
        `Décision déjà enregistrée pour ${decided.map((r) => `${r.person.firstName} ${r.person.lastName.toUpperCase()}`).join(", ")} : elle ne peut plus être modifiée.`,
      );
    }
    const own = rows.find((r) => r.personId === trainerId);
    if (own) throw new UserFacingError("Vous ne pouvez pas décider de votre propre passeport : un autre formateur habilité doit le faire.");
    const closed = rows.filter((r) => !r.session.playbackCompletedAt && !r.session.paperOnlyAt);
    if (closed.length) {
      const labels = [...new Set(closed.map((r) => `${r.session.profile.name} n°${r.session.number}`))];
      throw new UserFacingError(
        `La sensibilisation ${labels.join(", ")} n'a pas été diffusée jusqu'au dernier module : terminez la diffusion, ou déclarez une session sur papier, avant de valider les passeports.`,
      );
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const issued: string[] = [];
    const passed: { row: (typeof rows)[number]; number: string }[] = [];
    for (const d of decisions) {
      const row = byId.get(d.participantId)!;
      let passportId: string | null = null;
      if (d.decision === "PASSED") {
        const passport = await issuePassport(tx, {
          personId: row.personId,
          profileId: row.session.profileId,
          companyId: row.companyId,
          via: "SESSION",
          sessionId: row.sessionId,
          trainerId,
          now,
        });
        passportId = passport.id;
        issued.push(passport.number);
        passed.push({ row, number: passport.number });
      }
      await tx.sessionParticipant.update({ where: { id: row.id }, data: { decision: d.decision, decidedAt: now, passportId } });
    }
    // a session whose participants are all decided is over
    const sessionIds = [...new Set(rows.map((r) => r.sessionId))];
    await tx.awarenessSession.updateMany({
      where: { id: { in: sessionIds }, participants: { none: { decision: "PENDING" } } },
      data: { status: "CLOSED" },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "session.decisions",
      targetType: "SessionParticipant",
      data: { decisions, passports: issued },
    });
    await tellReferentsOfPassports(tx, viewer, passed);
    return { passports: issued.length };
  });
}
