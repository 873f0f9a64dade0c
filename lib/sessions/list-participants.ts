// E7/E8: the trainer's participants across their sessions, searchable by name, company or
// session ("Salarié administratif n°47"). Only the trainer's own sessions.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertTrainer } from "@/lib/auth/access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cleanText } from "@/lib/text";

export async function listTrainerParticipants(viewer: Viewer, options: { q?: unknown; decided?: "PENDING" | "PASSED" }) {
  assertTrainer(viewer);
  const q = cleanText(options.q).trim();
  // "Salarié administratif n°47" (or "n°47") names one session; other text is a name, a
  // company or a profile; a bare number is a session number too
  const label = /^(.*?)\s*n°\s*(\d{1,9})\s*$/i.exec(q);
  const bare = /^\d{1,9}$/.test(q) ? Number(q) : null;
  const where: Prisma.SessionParticipantWhereInput = {
    session: { trainerId: viewer.person.id },
    ...(options.decided ? { decision: options.decided } : {}),
    ...(label
      ? {
          AND: [
            { session: { number: Number(label[2]) } },
            ...(label[1] ? [{ session: { profile: { name: { contains: label[1], mode: "insensitive" as const } } } }] : []),
          ],
        }
      : q
        ? {
            OR: [
              { person: { searchName: { contains: q.toLowerCase() } } },
              { company: { name: { contains: q, mode: "insensitive" } } },
              { session: { profile: { name: { contains: q, mode: "insensitive" } } } },
              ...(bare !== null ? [{ session: { number: bare } }] : []),
            ],
          }
        : {}),
  };
  const rows = await db.sessionParticipant.findMany({
    where,
    orderBy: [{ session: { number: "desc" } }, { position: "asc" }],
    take: 200,
    select: {
      id: true,
      decision: true,
      decidedAt: true,
      personId: true,
      person: { select: { firstName: true, lastName: true } },
      company: { select: { name: true } },
      session: { select: { id: true, number: true, playbackCompletedAt: true, paperOnlyAt: true, profile: { select: { name: true } } } },
      passport: { select: { id: true, issuedAt: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    firstName: r.person.firstName,
    lastName: r.person.lastName,
    companyName: r.company.name,
    sessionId: r.session.id,
    sessionLabel: `${r.session.profile.name} n°${r.session.number}`,
    /** why no decision can be taken yet, if so (issue 17) */
    blockedBy:
      r.personId === viewer.person.id
        ? ("SELF" as const)
        : !r.session.playbackCompletedAt && !r.session.paperOnlyAt
          ? ("PLAYBACK" as const)
          : null,
    decision: r.decision,
    passportId: r.passport?.id ?? null,
    obtainedAt: r.passport?.issuedAt ?? null,
  }));
}
