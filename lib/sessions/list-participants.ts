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
  const digits = /n°\s*(\d+)/i.exec(q)?.[1] ?? (/^\d+$/.test(q) ? q : null);
  // a session number is an int4: longer digit runs name no session
  const number = digits && digits.length <= 9 ? Number(digits) : Number.NaN;
  const where: Prisma.SessionParticipantWhereInput = {
    session: { trainerId: viewer.person.id },
    ...(options.decided ? { decision: options.decided } : {}),
    ...(q
      ? {
          OR: [
            { person: { searchName: { contains: q.toLowerCase() } } },
            { company: { name: { contains: q, mode: "insensitive" } } },
            { session: { profile: { name: { contains: q.replace(/n°.*$/i, "").trim(), mode: "insensitive" } } } },
            ...(Number.isFinite(number) ? [{ session: { number } }] : []),
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
