// G1 (and B): an overview of the company's people and their passports, for the dashboard:
// how many hold a valid passport, how many expire within 60 days, how many have expired or
// never obtained one, and who the company designated as trainers and controllers.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import { openAccreditationWhere } from "@/lib/people/trainer-accreditation";

export const EXPIRY_WARNING_DAYS = 60;

export async function getPassportOverview(viewer: Viewer, now = new Date()) {
  assertCompany(viewer);
  return passportOverviewOf(viewer.company.id, now);
}

/** The overview of one company, for its own space or an administrator (the caller checks who asks). */
export async function passportOverviewOf(companyId: string, now = new Date()) {
  const people = { companyId, deletedAt: null };
  const soon = new Date(now.getTime() + EXPIRY_WARNING_DAYS * 86_400_000);
  const valid = { status: "ACTIVE" as const, expiresAt: { gt: now } };
  const [total, holding, lasting, never, staff] = await Promise.all([
    db.person.count({ where: people }),
    db.person.count({ where: { ...people, passports: { some: valid } } }),
    db.person.count({ where: { ...people, passports: { some: { status: "ACTIVE", expiresAt: { gt: soon } } } } }),
    db.person.count({ where: { ...people, passports: { none: {} } } }),
    db.person.findMany({
      where: { ...people, OR: [{ roles: { isEmpty: false } }, { accreditations: { some: openAccreditationWhere(now) } }] },
      orderBy: [{ lastName: "asc" }, { firstName: "asc" }],
      take: 50,
      select: {
        id: true,
        firstName: true,
        lastName: true,
        roles: true,
        accreditations: { where: openAccreditationWhere(now), select: { status: true }, take: 1 },
      },
    }),
  ]);
  return {
    total,
    valid: holding,
    expiringSoon: holding - lasting,
    expired: total - holding - never,
    never,
    // approved trainers, and those whose accreditation an administrator has still to examine
    /** approved or requested trainers, with their person's id (the administrators' page links them) */
    trainerPeople: staff
      .filter((p) => p.accreditations.length)
      .map((p) => ({
        id: p.id,
        name: `${p.firstName} ${p.lastName.toUpperCase()}`,
        requested: p.accreditations[0].status === "REQUESTED",
      })),
    trainers: staff
      .filter((p) => p.accreditations.length)
      .map(
        (p) => `${p.firstName} ${p.lastName.toUpperCase()}${p.accreditations[0].status === "REQUESTED" ? " (habilitation demandée)" : ""}`,
      ),
    controllers: staff.filter((p) => p.roles.includes("CONTROLLER")).map((p) => `${p.firstName} ${p.lastName.toUpperCase()}`),
  };
}
