// Issue 11, item 7: the administrators' dashboard: today's figures (the Paris day), the
// platform's totals, and what waits for an administrator, each with the page where it is
// handled. Counts only, run side by side.
import "server-only";
import { readDb } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

const parisDay = (d: Date) => new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris" }).format(d);

/** Midnight of today in Paris (UTC+1 in winter, UTC+2 in summer). */
export function startOfParisDay(now: Date) {
  const day = parisDay(now);
  for (const offset of ["+01:00", "+02:00"]) {
    const midnight = new Date(`${day}T00:00:00${offset}`);
    if (parisDay(midnight) === day && parisDay(new Date(midnight.getTime() - 1)) !== day) return midnight;
  }
  return new Date(`${day}T00:00:00Z`);
}

/** Beyond this many failed e-mails the dashboard says "plus de 1 000". */
export const FAILED_EMAILS_CAP = 1000;

const ALL_RESULTS = ["VALID", "EXPIRED", "REVOKED", "UNKNOWN", "FORGED"] as const;

export async function getAdminOverview(viewer: Viewer, now = new Date()) {
  assertAdmin(viewer);
  const today = startOfParisDay(now);
  const [
    passportsToday,
    peopleToday,
    checksToday,
    suspiciousToday,
    sessionsToday,
    emailsToday,
    companies,
    people,
    validPassports,
    accreditationRequests,
    memberRequests,
    blocked,
    failedEmails,
    typedCompanies,
  ] = await Promise.all([
    readDb.passport.count({ where: { issuedAt: { gte: today } } }),
    readDb.person.count({ where: { createdAt: { gte: today }, deletedAt: null } }),
    // the index on (result, checkedAt) serves a range per result
    readDb.passportCheck.count({ where: { result: { in: [...ALL_RESULTS] }, checkedAt: { gte: today } } }),
    readDb.passportCheck.count({ where: { result: { in: ["UNKNOWN", "FORGED"] }, checkedAt: { gte: today } } }),
    readDb.awarenessSession.count({ where: { heldOn: { gte: today } } }),
    readDb.emailOutbox.count({ where: { status: "SENT", sentAt: { gte: today } } }),
    readDb.company.count({ where: { status: "ACTIVE" } }),
    readDb.person.count({ where: { deletedAt: null } }),
    readDb.passport.count({ where: { status: "ACTIVE", expiresAt: { gt: now } } }),
    readDb.trainerAccreditation.count({ where: { status: "REQUESTED" } }),
    readDb.company.count({ where: { kind: "MEMBER", status: "PENDING" } }),
    readDb.person.count({ where: { blockedAt: { not: null }, deletedAt: null } }),
    // counted up to FAILED_EMAILS_CAP + 1 only: failed messages are never deleted, and an exact
    // count read them all on every view of the dashboard (issue 16)
    readDb.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM (SELECT 1 FROM "EmailOutbox" WHERE "status" = 'FAILED' LIMIT ${FAILED_EMAILS_CAP + 1}) x`.then(
      (r) => r[0].n,
    ),
    readDb.company.count({ where: { kind: "SUBCONTRACTOR", status: "PENDING", accountId: null } }),
  ]);
  return {
    today: {
      passports: passportsToday,
      people: peopleToday,
      checks: checksToday,
      suspicious: suspiciousToday,
      sessions: sessionsToday,
      emails: emailsToday,
    },
    totals: { companies, people, validPassports },
    waiting: {
      accreditationRequests,
      memberRequests,
      blocked,
      failedEmails: Math.min(failedEmails, FAILED_EMAILS_CAP),
      /** more failed e-mails than FAILED_EMAILS_CAP: failedEmails is then the cap */
      failedEmailsOverCap: failedEmails > FAILED_EMAILS_CAP,
      typedCompanies,
    },
  };
}
