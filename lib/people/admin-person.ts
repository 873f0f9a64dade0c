// Issue 11, item 2: everything the platform knows about one person, for an administrator
// answering a phone call: identity, logins, company, profile, roles, path with every attempt,
// blocking, passports and their gate checks, e-mails sent to them, the audit trail about them.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { isId } from "@/lib/text";

const RECENT = 50;

export async function getPersonForAdmin(viewer: Viewer, personId: string) {
  assertAdmin(viewer);
  if (!isId(personId)) return null;
  // everything keyed by the person is read side by side (one round trip's time instead of a
  // dozen one after another); what needs the person's account follows
  const [person, accreditations, paths, attempts, passports, participations, profiles] = await Promise.all([
    db.person.findUnique({
      where: { id: personId },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        origin: true,
        createdAt: true,
        deletedAt: true,
        anonymizedAt: true,
        isHauler: true,
        isTechnical: true,
        roles: true,
        blockedAt: true,
        blockedModuleId: true,
        accountId: true,
        account: {
          select: {
            email: true,
            uniqueId: true,
            mustSetPassword: true,
            disabledAt: true,
            lastLoginAt: true,
            company: { select: { id: true } },
          },
        },
        spaceLink: { select: { companyId: true } },
        company: { select: { id: true, name: true, kind: true, status: true, referentEmail: true } },
        profile: { select: { code: true, name: true } },
      },
    }),
    db.trainerAccreditation.findMany({
      where: { personId },
      orderBy: { requestedAt: "desc" },
      take: 10,
      select: { id: true, status: true, requestedAt: true, decidedAt: true, validUntil: true, reason: true },
    }),
    db.learningPath.findMany({
      where: { personId },
      orderBy: { startedAt: "desc" },
      take: 5,
      select: {
        id: true,
        startedAt: true,
        completedAt: true,
        profile: { select: { name: true } },
        progress: {
          orderBy: { module: { slug: "asc" } },
          select: { module: { select: { title: true } }, mediaSeenAt: true, failedAttempts: true, passedAt: true, passedVia: true },
        },
      },
    }),
    db.attempt.findMany({
      where: { personId, submittedAt: { not: null } },
      orderBy: { submittedAt: "desc" },
      take: 200,
      select: { id: true, submittedAt: true, score: true, passed: true, module: { select: { title: true } } },
    }),
    db.passport.findMany({
      where: { personId },
      orderBy: { issuedAt: "desc" },
      select: {
        id: true,
        number: true,
        issuedAt: true,
        expiresAt: true,
        status: true,
        revokedAt: true,
        revokedReason: true,
        issuedVia: true,
        profile: { select: { name: true } },
        company: { select: { name: true } },
        checks: {
          orderBy: { checkedAt: "desc" },
          take: 20,
          select: { id: true, checkedAt: true, result: true, channel: true, checkedBy: { select: { firstName: true, lastName: true } } },
        },
      },
    }),
    db.sessionParticipant.findMany({
      where: { personId },
      orderBy: { session: { heldOn: "desc" } },
      take: 20,
      select: { decision: true, session: { select: { id: true, number: true, heldOn: true, profile: { select: { name: true } } } } },
    }),
    db.profile.findMany({ where: { active: true }, orderBy: { position: "asc" }, select: { code: true, name: true } }),
  ]);
  if (!person) return null;
  const [blockedModule, emails, auditEntries] = await Promise.all([
    person.blockedModuleId ? db.module.findUnique({ where: { id: person.blockedModuleId }, select: { title: true } }) : null,
    person.account.email
      ? db.emailOutbox.findMany({
          where: { to: person.account.email },
          orderBy: { createdAt: "desc" },
          take: RECENT,
          select: { id: true, subject: true, status: true, createdAt: true, sentAt: true },
        })
      : Promise.resolve([]),
    db.auditLog.findMany({
      where: { targetId: { in: [person.id, person.accountId] } },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: RECENT,
      select: { id: true, at: true, action: true, data: true, actor: { select: { email: true, isAdmin: true } } },
    }),
  ]);
  return {
    ...person,
    accreditations,
    paths,
    attempts,
    passports,
    participations,
    blockedModule: blockedModule?.title ?? null,
    emails,
    auditEntries,
    profiles,
  };
}

export type AdminPerson = NonNullable<Awaited<ReturnType<typeof getPersonForAdmin>>>;
