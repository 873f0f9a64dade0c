// H6: who a targeted message reaches. A recipient is a login: a company's (referents of
// subcontractors, member companies) or a person's (learners, trainers, controllers). Filters
// combine: roles (none ticked: every role), company kind, region (any of the company's) and
// profile (people only: a profile filter leaves company logins out). The count shown before
// sending and the delivery use this one function.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageRole, Targeting } from "@/lib/messages/message.schema";

export async function recipientAccountIds(t: Targeting, now = new Date()): Promise<string[]> {
  const roles = new Set<MessageRole>(t.roles.length ? t.roles : ["REFERENT", "MEMBER", "TRAINER", "CONTROLLER", "LEARNER"]);
  const companyWhere: Prisma.CompanyWhereInput = {
    status: "ACTIVE",
    ...(t.companyKinds.length ? { kind: { in: t.companyKinds } } : {}),
    ...(t.regions.length ? { regions: { hasSome: t.regions } } : {}),
  };
  const ids = new Set<string>();

  // company logins: referents of subcontractors, member companies
  const kinds = [...(roles.has("REFERENT") ? (["SUBCONTRACTOR"] as const) : []), ...(roles.has("MEMBER") ? (["MEMBER"] as const) : [])];
  if (kinds.length && !t.profileIds.length) {
    const companies = await db.company.findMany({
      where: { AND: [companyWhere, { kind: { in: kinds } }], account: { disabledAt: null } },
      select: { accountId: true },
    });
    for (const c of companies) if (c.accountId) ids.add(c.accountId);
  }

  // people: learners (everyone), trainers (a current accreditation), controllers
  const personRoles: Prisma.PersonWhereInput[] = [];
  if (roles.has("TRAINER")) personRoles.push({ accreditations: { some: { status: "APPROVED", validUntil: { gt: now } } } });
  if (roles.has("CONTROLLER")) personRoles.push({ roles: { has: "CONTROLLER" } });
  const everyone = roles.has("LEARNER");
  if (everyone || personRoles.length) {
    const people = await db.person.findMany({
      where: {
        deletedAt: null,
        account: { disabledAt: null },
        company: companyWhere,
        ...(t.profileIds.length ? { profileId: { in: t.profileIds } } : {}),
        // every learner, or those holding one of the roles ("OR: [{}]" would match nobody)
        ...(everyone ? {} : { OR: personRoles }),
      },
      select: { accountId: true },
    });
    for (const p of people) ids.add(p.accountId);
  }
  return [...ids].sort();
}
