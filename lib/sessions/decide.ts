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
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { formatDate } from "@/lib/format";
import type { Tx } from "@/lib/db";

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
    await tellReferents(tx, viewer, passed);
    return { passports: issued.length };
  });
}

type Passed = {
  row: {
    companyId: string;
    person: { firstName: string; lastName: string };
    company: { status: string; referentEmail: string | null; name: string };
    session: { number: number; heldOn: Date; profile: { name: string } };
  };
  number: string;
};

/** One e-mail per company: which of its people got a passport, in which session, from whom. */
async function tellReferents(tx: Tx, viewer: Viewer & { person: NonNullable<Viewer["person"]> }, passed: Passed[]) {
  const trainer = await tx.person.findUniqueOrThrow({ where: { id: viewer.person.id }, select: { company: { select: { name: true } } } });
  const byCompany = new Map<string, Passed[]>();
  for (const p of passed) {
    // a company typed by a trainer has no referent yet (its provisional contact is the trainer)
    if (p.row.company.status !== "ACTIVE" || !p.row.company.referentEmail) continue;
    byCompany.set(p.row.companyId, [...(byCompany.get(p.row.companyId) ?? []), p]);
  }
  const trainerName = `${viewer.person.firstName} ${viewer.person.lastName.toUpperCase()}`;
  for (const list of byCompany.values()) {
    const { company } = list[0].row;
    await enqueueEmail(tx, {
      to: company.referentEmail!,
      template: "session-passports-referent",
      subject: `Passeports sécurité délivrés à vos salariés (${list.length})`,
      paragraphs: [
        `Le formateur ${trainerName} (${trainer.company.name}) a délivré un passeport sécurité à ${list.length === 1 ? "un salarié" : `${list.length} salariés`} de ${company.name} :`,
        ...list.map(
          (p) =>
            `${p.row.person.firstName} ${p.row.person.lastName.toUpperCase()} — n° ${p.number} — sensibilisation ${p.row.session.profile.name} n°${p.row.session.number} du ${formatDate(p.row.session.heldOn)}`,
        ),
        "Si l'une de ces personnes n'a pas suivi cette sensibilisation, signalez-le à l'UNPG : le passeport peut être révoqué.",
      ],
    });
  }
}
