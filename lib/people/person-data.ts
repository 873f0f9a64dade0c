// The one way a Person row is written at creation, whoever creates it (company, trainer's
// session, self-registration, link procedure): the search column is always derived the same way.
import type { PersonOrigin, PersonRole } from "@/lib/generated/prisma/client";

export const searchNameOf = (firstName: string, lastName: string) => `${firstName} ${lastName}`.toLowerCase();

export function newPersonData(p: {
  accountId: string;
  companyId: string;
  firstName: string;
  lastName: string;
  profileId: string;
  origin: PersonOrigin;
  isHauler?: boolean;
  isTechnical?: boolean;
  roles?: PersonRole[];
}) {
  return { ...p, searchName: searchNameOf(p.firstName, p.lastName), roles: p.roles ?? [] };
}
