// Issue 11, item 3: one company as administrators see it: referent and login, regions,
// people, passports overview, trainers, sessions its people attended, pending handover, and
// whether a trainer typed it (then it may be merged into a registered company).
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { isId } from "@/lib/text";
import { passportOverviewOf } from "@/lib/companies/passport-overview";

export const RECORD_PEOPLE_SHOWN = 100;
export const RECORD_SESSIONS_SHOWN = 20;

/** A company a trainer typed in the session wizard: pending, no login, never a member request. */
export const isTypedCompany = (c: { kind: string; status: string; hasLogin: boolean }) =>
  c.kind === "SUBCONTRACTOR" && c.status === "PENDING" && !c.hasLogin;

export async function getCompanyRecord(viewer: Viewer, companyId: string, now = new Date()) {
  assertAdmin(viewer);
  if (!isId(companyId)) return null;
  const company = await db.company.findUnique({
    where: { id: companyId },
    select: {
      id: true,
      kind: true,
      status: true,
      name: true,
      siret: true,
      vatNumber: true,
      memberNumber: true,
      regions: true,
      referentFirstName: true,
      referentLastName: true,
      referentEmail: true,
      approvedAt: true,
      suspendedAt: true,
      createdAt: true,
      account: { select: { email: true, lastLoginAt: true, disabledAt: true, mustSetPassword: true } },
      spaceLink: { select: { person: { select: { id: true, firstName: true, lastName: true } } } },
      handovers: {
        where: { acceptedAt: null, cancelledAt: null, token: { usedAt: null } },
        orderBy: { requestedAt: "desc" },
        take: 1,
        select: { newFirstName: true, newLastName: true, newEmail: true, requestedAt: true, token: { select: { expiresAt: true } } },
      },
    },
  });
  if (!company) return null;
  const [people, peopleCount, overview, sessions, passports, enteredBy] = await Promise.all([
    db.person.findMany({
      where: { companyId, deletedAt: null },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }, { id: "asc" }],
      take: RECORD_PEOPLE_SHOWN,
      select: { id: true, firstName: true, lastName: true, blockedAt: true, profile: { select: { name: true } } },
    }),
    db.person.count({ where: { companyId, deletedAt: null } }),
    passportOverviewOf(companyId, now),
    db.awarenessSession.findMany({
      where: { participants: { some: { companyId } } },
      orderBy: [{ heldOn: "desc" }, { number: "desc" }],
      take: RECORD_SESSIONS_SHOWN,
      select: {
        id: true,
        number: true,
        heldOn: true,
        status: true,
        profile: { select: { name: true } },
        trainer: { select: { firstName: true, lastName: true } },
        _count: { select: { participants: { where: { companyId } } } },
      },
    }),
    db.passport.count({ where: { companyId } }),
    db.auditLog.findFirst({
      where: { action: "company.entered_by_trainer", targetType: "Company", targetId: companyId },
      select: { at: true, actor: { select: { email: true } } },
    }),
  ]);
  const { handovers, ...rest } = company;
  return {
    ...rest,
    hasLogin: company.account !== null,
    typed: isTypedCompany({ ...company, hasLogin: company.account !== null }),
    enteredBy: enteredBy ? { at: enteredBy.at, by: enteredBy.actor?.email ?? null } : null,
    pendingHandover: handovers[0] ?? null,
    people,
    peopleCount,
    overview,
    sessions,
    passportsIssuedHere: passports,
  };
}

export type CompanyRecord = NonNullable<Awaited<ReturnType<typeof getCompanyRecord>>>;
