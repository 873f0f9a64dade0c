// Who is asking. Loaded from the database on every request (never trusted from the JWT
// alone): a disabled, deleted or re-credentialed account loses access at once.
import "server-only";
import { db } from "@/lib/db";
import type { CompanyKind, PersonRole } from "@/lib/generated/prisma/client";

export type Viewer = {
  accountId: string;
  email: string | null;
  uniqueId: string | null;
  isAdmin: boolean;
  mustSetPassword: boolean;
  /** the learner behind this login, if any */
  person: {
    id: string;
    companyId: string;
    firstName: string;
    lastName: string;
    roles: PersonRole[];
    blocked: boolean;
    profileName: string | null;
  } | null;
  /** the company space this login opens: its own company login, or a linked one (C1) */
  company: { id: string; kind: CompanyKind; name: string } | null;
};

export async function loadViewer(accountId: string, credentialsVersion?: number, now = new Date()): Promise<Viewer | null> {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: {
      id: true,
      email: true,
      uniqueId: true,
      isAdmin: true,
      mustSetPassword: true,
      disabledAt: true,
      credentialsVersion: true,
      company: { select: { id: true, kind: true, name: true, status: true } },
      person: {
        select: {
          id: true,
          companyId: true,
          firstName: true,
          lastName: true,
          roles: true,
          blockedAt: true,
          deletedAt: true,
          profile: { select: { name: true } },
          spaceLink: { select: { company: { select: { id: true, kind: true, name: true, status: true } } } },
          // the trainer role exists only while an administrator's approval is current
          accreditations: { where: { status: "APPROVED", validUntil: { gt: now } }, select: { id: true }, take: 1 },
        },
      },
    },
  });
  if (!account || account.disabledAt) return null;
  if (credentialsVersion !== undefined && credentialsVersion !== account.credentialsVersion) return null;

  const person = account.person && !account.person.deletedAt ? account.person : null;
  const company = account.company ?? person?.spaceLink?.company ?? null;
  return {
    accountId: account.id,
    email: account.email,
    uniqueId: account.uniqueId,
    isAdmin: account.isAdmin,
    mustSetPassword: account.mustSetPassword,
    person: person && {
      id: person.id,
      companyId: person.companyId,
      firstName: person.firstName,
      lastName: person.lastName,
      roles: [...person.roles.filter((r) => r !== "TRAINER"), ...(person.accreditations.length ? (["TRAINER"] as const) : [])],
      blocked: person.blockedAt !== null,
      profileName: person.profile?.name ?? null,
    },
    company: company && company.status === "ACTIVE" ? { id: company.id, kind: company.kind, name: company.name } : null,
  };
}
