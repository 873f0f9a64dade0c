// Issue 14, item 4 (GDPR, right of access and portability): everything the platform keeps about
// one person, as the JSON of "Télécharger mes données". A person gets their own, an
// administrator anyone's (a request received by post); nobody else. What is left out on
// purpose: secrets (password hash, TOTP secret, recovery codes, link hashes, API keys), internal
// ids, and other people's data: the people who checked a passport, trained a session or acted in
// the audit log appear as a role ("un administrateur"), never by name or address; e-mails are
// those sent to the person's own address, and only their subject and state (a pending message's
// body may hold a live single-use link).
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError, assertPerson } from "@/lib/auth/access";
import { isId } from "@/lib/text";
import { auditLabel } from "@/lib/audit/audit-labels";

export const PERSONAL_DATA_VERSION = "1.0";

/** A person their own data, an administrator anyone's; every other viewer is refused. */
export function assertOwnDataOrAdmin(viewer: Viewer | null, personId: string): asserts viewer is Viewer {
  if (viewer?.isAdmin) return;
  assertPerson(viewer);
  if (viewer.person.id !== personId) throw new AccessDeniedError();
}

const VIA = { ONLINE: "en ligne", SNBPE: "passeport SNBPE", SESSION: "sensibilisation de groupe" } as const;
const CHANNEL = {
  CONTROL: "contrôle à l'entrée",
  PUBLIC_LINK: "QR code scanné (vérification en ligne)",
  API: "contrôle d'accès automatique",
} as const;
const RESULT = { VALID: "valide", EXPIRED: "expiré", REVOKED: "révoqué", UNKNOWN: "inconnu", FORGED: "falsifié" } as const;
const DECISION = { PENDING: "en attente", PASSED: "passeport obtenu", MUST_RETAKE: "doit repasser" } as const;
const MAIL = { PENDING: "en attente", SENT: "envoyé", FAILED: "échec" } as const;
const ACCREDITATION = { REQUESTED: "demandée", APPROVED: "accordée", REFUSED: "refusée", WITHDRAWN: "retirée" } as const;

export async function collectPersonalData(viewer: Viewer | null, personId: string, now = new Date()) {
  assertOwnDataOrAdmin(viewer, personId);
  if (!isId(personId)) return null;
  const person = await db.person.findUnique({
    where: { id: personId },
    select: {
      id: true,
      accountId: true,
      firstName: true,
      lastName: true,
      isHauler: true,
      isTechnical: true,
      roles: true,
      origin: true,
      createdAt: true,
      blockedAt: true,
      deletedAt: true,
      anonymizedAt: true,
      notifyBeforeExpiry: true,
      notifyNewTasks: true,
      notifyMessages: true,
      notifyBeforeExpiryInApp: true,
      notifyNewTasksInApp: true,
      notifyMessagesInApp: true,
      profile: { select: { name: true } },
      company: { select: { name: true, kind: true, siret: true, vatNumber: true, memberNumber: true } },
      account: { select: { email: true, uniqueId: true, createdAt: true, lastLoginAt: true, disabledAt: true, mustSetPassword: true } },
      spaceLink: { select: { createdAt: true } },
      snbpePassport: { select: { obtainedAt: true, expiresAt: true } },
    },
  });
  if (!person) return null;
  const { accountId } = person;
  const email = person.account.email;
  const [paths, attempts, passports, participations, accreditations, emails, notifications, sessions, support, audit, checksMade, trained] =
    await Promise.all([
      db.learningPath.findMany({
        where: { personId },
        orderBy: { startedAt: "asc" },
        select: {
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
        where: { personId },
        orderBy: { startedAt: "asc" },
        select: { startedAt: true, submittedAt: true, score: true, passed: true, answers: true, module: { select: { title: true } } },
      }),
      db.passport.findMany({
        where: { personId },
        orderBy: { issuedAt: "asc" },
        select: {
          number: true,
          issuedAt: true,
          expiresAt: true,
          status: true,
          revokedAt: true,
          revokedReason: true,
          issuedVia: true,
          profile: { select: { name: true } },
          company: { select: { name: true } },
          session: { select: { number: true, heldOn: true } },
          checks: {
            orderBy: { checkedAt: "asc" },
            select: {
              checkedAt: true,
              result: true,
              channel: true,
              site: { select: { name: true, commune: true } },
              company: { select: { name: true } },
            },
          },
        },
      }),
      db.sessionParticipant.findMany({
        where: { personId },
        orderBy: { session: { heldOn: "asc" } },
        select: {
          decision: true,
          decidedAt: true,
          session: { select: { number: true, heldOn: true, profile: { select: { name: true } } } },
        },
      }),
      db.trainerAccreditation.findMany({
        where: { personId },
        orderBy: { requestedAt: "asc" },
        select: { status: true, requestedAt: true, decidedAt: true, validUntil: true, reason: true },
      }),
      email
        ? db.emailOutbox.findMany({
            where: { to: email },
            orderBy: { createdAt: "asc" },
            select: { to: true, subject: true, status: true, createdAt: true, sentAt: true },
          })
        : Promise.resolve([]),
      db.notification.findMany({
        where: { accountId },
        orderBy: { createdAt: "asc" },
        select: { title: true, body: true, createdAt: true, readAt: true },
      }),
      db.authSession.findMany({
        where: { accountId },
        orderBy: { createdAt: "asc" },
        select: { createdAt: true, lastSeenAt: true, expiresAt: true, revokedAt: true, address: true, userAgent: true },
      }),
      db.supportRequest.findMany({
        where: { accountId },
        orderBy: { createdAt: "asc" },
        select: { subject: true, message: true, status: true, createdAt: true, answer: true, answeredAt: true },
      }),
      db.auditLog.findMany({
        where: { targetId: { in: [personId, accountId] } },
        orderBy: [{ at: "asc" }, { id: "asc" }],
        select: {
          at: true,
          action: true,
          data: true,
          actorAccountId: true,
          actor: { select: { isAdmin: true, company: { select: { id: true } } } },
        },
      }),
      db.passportCheck.findMany({
        where: { checkedById: personId },
        orderBy: { checkedAt: "asc" },
        select: { checkedAt: true, result: true, channel: true },
      }),
      db.awarenessSession.findMany({
        where: { trainerId: personId },
        orderBy: { heldOn: "asc" },
        select: { number: true, heldOn: true, participantCount: true, profile: { select: { name: true } } },
      }),
    ]);

  // the questions and answers of their attempts, in words
  const questionIds = new Set<string>();
  for (const a of attempts) for (const q of Object.keys((a.answers as Record<string, string> | null) ?? {})) questionIds.add(q);
  const questions = questionIds.size
    ? await db.question.findMany({
        where: { id: { in: [...questionIds] } },
        select: { id: true, text: true, choices: { select: { id: true, text: true } } },
      })
    : [];
  const byQuestion = new Map(questions.map((q) => [q.id, q]));

  const actorOf = (e: (typeof audit)[number]) => {
    if (!e.actorAccountId) return "le système";
    if (e.actorAccountId === accountId) return "vous-même";
    if (e.actor?.isAdmin) return "un administrateur";
    if (e.actor?.company) return "votre entreprise (référent)";
    return "un autre utilisateur (formateur ou référent)";
  };

  return {
    schemaVersion: PERSONAL_DATA_VERSION,
    generatedAt: now.toISOString(),
    account: {
      email: person.account.email,
      uniqueId: person.account.uniqueId,
      createdAt: person.account.createdAt,
      lastLoginAt: person.account.lastLoginAt,
      disabledAt: person.account.disabledAt,
      passwordChosen: !person.account.mustSetPassword,
      linkedWithCompanyLoginSince: person.spaceLink?.createdAt ?? null,
    },
    company: {
      name: person.company.name,
      kind: person.company.kind === "MEMBER" ? "entreprise adhérente" : "entreprise sous-traitante",
      siret: person.company.siret,
      vatNumber: person.company.vatNumber,
      memberNumber: person.company.memberNumber,
    },
    profile: {
      lastName: person.lastName,
      firstName: person.firstName,
      awarenessProfile: person.profile?.name ?? null,
      isHauler: person.isHauler,
      isTechnical: person.isTechnical,
      controller: person.roles.includes("CONTROLLER"),
      origin: person.origin,
      createdAt: person.createdAt,
      blockedAt: person.blockedAt,
      deletedAt: person.deletedAt,
      anonymizedAt: person.anonymizedAt,
      notifications: {
        alertsByEmail: person.notifyBeforeExpiry,
        tasksByEmail: person.notifyNewTasks,
        messagesByEmail: person.notifyMessages,
        alertsInApp: person.notifyBeforeExpiryInApp,
        tasksInApp: person.notifyNewTasksInApp,
        messagesInApp: person.notifyMessagesInApp,
      },
      snbpePassport: person.snbpePassport,
    },
    path: paths.map((p) => ({
      profile: p.profile.name,
      startedAt: p.startedAt,
      completedAt: p.completedAt,
      modules: p.progress.map((m) => ({
        module: m.module.title,
        mediaSeenAt: m.mediaSeenAt,
        failedAttempts: m.failedAttempts,
        passedAt: m.passedAt,
        passedVia: m.passedVia ? VIA[m.passedVia] : null,
      })),
    })),
    attempts: attempts.map((a) => ({
      module: a.module.title,
      startedAt: a.startedAt,
      submittedAt: a.submittedAt,
      score: a.score,
      passed: a.passed,
      answers: Object.entries((a.answers as Record<string, string> | null) ?? {}).map(([q, c]) => {
        const question = byQuestion.get(q);
        return { question: question?.text ?? null, answer: question?.choices.find((x) => x.id === c)?.text ?? null };
      }),
    })),
    passports: passports.map((p) => ({
      number: p.number,
      profile: p.profile.name,
      company: p.company.name,
      issuedAt: p.issuedAt,
      expiresAt: p.expiresAt,
      status: p.status === "REVOKED" ? "révoqué" : p.expiresAt <= now ? "expiré" : "valide",
      revokedAt: p.revokedAt,
      revokedReason: p.revokedReason,
      issuedVia: VIA[p.issuedVia],
      session: p.session ? { number: p.session.number, heldOn: p.session.heldOn } : null,
      checks: p.checks.map((c) => ({
        checkedAt: c.checkedAt,
        result: RESULT[c.result],
        channel: CHANNEL[c.channel],
        site: c.site ? `${c.site.name} (${c.site.commune})` : null,
        checkedFor: c.company?.name ?? null,
      })),
    })),
    sessionsAttended: participations.map((s) => ({
      session: `${s.session.profile.name} n°${s.session.number}`,
      heldOn: s.session.heldOn,
      decision: DECISION[s.decision],
      decidedAt: s.decidedAt,
    })),
    trainerAccreditations: accreditations.map((a) => ({ ...a, status: ACCREDITATION[a.status] })),
    sessionsTrained: trained.map((s) => ({
      session: `${s.profile.name} n°${s.number}`,
      heldOn: s.heldOn,
      participants: s.participantCount,
    })),
    checksMadeAsController: checksMade.map((c) => ({ checkedAt: c.checkedAt, result: RESULT[c.result], channel: CHANNEL[c.channel] })),
    emails: emails.map((m) => ({ to: m.to, subject: m.subject, status: MAIL[m.status], createdAt: m.createdAt, sentAt: m.sentAt })),
    notifications,
    loginSessions: sessions,
    supportRequests: support,
    auditEntries: audit.map((e) => ({ at: e.at, action: e.action, label: auditLabel(e.action), by: actorOf(e), details: e.data })),
  };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof collectPersonalData>>>;
