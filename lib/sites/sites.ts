// Issue 18, item 4: member companies declare their quarry sites; controllers pick one of
// their own company's sites on the control screen, and each check records it. A site is
// archived, not deleted: the checks made there keep naming it.
import "server-only";
import { db } from "@/lib/db";
import { AccessDeniedError, assertController, assertMemberCompany } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { UserFacingError } from "@/lib/errors";
import type { CreateSiteInput } from "@/lib/sites/site.schema";

const siteSelect = { id: true, name: true, commune: true } as const;

/** "MES SITES": the company's sites in use, by name. */
export async function listOwnSites(viewer: Viewer) {
  assertMemberCompany(viewer);
  return db.site.findMany({
    where: { companyId: viewer.company.id, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { ...siteSelect, createdAt: true },
  });
}

export async function createSite(viewer: Viewer, input: CreateSiteInput) {
  assertMemberCompany(viewer);
  const count = await db.site.count({ where: { companyId: viewer.company.id, archivedAt: null } });
  if (count >= 200) throw new UserFacingError("Vous avez déjà 200 sites : archivez ceux qui ne servent plus.");
  return db.site.create({ data: { companyId: viewer.company.id, name: input.name, commune: input.commune }, select: siteSelect });
}

export async function archiveSite(viewer: Viewer, siteId: string) {
  assertMemberCompany(viewer);
  // the company in the where: another company's site is "not found", never archived
  const { count } = await db.site.updateMany({
    where: { id: siteId, companyId: viewer.company.id, archivedAt: null },
    data: { archivedAt: new Date() },
  });
  if (count === 0) throw new AccessDeniedError();
}

/** The sites a controller may choose: those of the company they work for. */
export async function listControllerSites(viewer: Viewer) {
  assertController(viewer);
  const person = await db.person.findUniqueOrThrow({ where: { id: viewer.person.id }, select: { companyId: true } });
  return db.site.findMany({
    where: { companyId: person.companyId, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: siteSelect,
  });
}

/** The site a controller's check is recorded at, or null when the id is none of their company's. */
export async function controllerSite(viewer: Viewer, siteId: string | null | undefined) {
  assertController(viewer);
  if (!siteId) return null;
  return db.site.findFirst({
    where: { id: siteId, archivedAt: null, company: { people: { some: { id: viewer.person.id } } } },
    select: { id: true, companyId: true },
  });
}
