// E7: "VALIDATION DES PASSEPORTS". The trainer decides per participant of their own
// sessions; "Passeport obtenu" issues the passport; decisions are final (a second decision
// is refused); "Doit repasser" leaves the learner free to take the path online.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertTrainer } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { issuePassport } from "@/lib/passports/issue-passport";

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
        session: { select: { profileId: true } },
        person: { select: { firstName: true, lastName: true } },
      },
    });
    if (rows.length !== new Set(ids).size) throw new AccessDeniedError();
    const decided = rows.filter((r) => r.decision !== "PENDING");
    if (decided.length) {
      throw new UserFacingError(
        `Décision déjà enregistrée pour ${decided.map((r) => `${r.person.firstName} ${r.person.lastName.toUpperCase()}`).join(", ")} : elle ne peut plus être modifiée.`,
      );
    }
    const byId = new Map(rows.map((r) => [r.id, r]));
    const issued: string[] = [];
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
          now,
        });
        passportId = passport.id;
        issued.push(passport.number);
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
    return { passports: issued.length };
  });
}
