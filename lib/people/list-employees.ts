// B3 "SALARIÉS INSCRITS DE L'ENTREPRISE": search, sort on every column, paging. Always
// scoped to the caller's company. One SQL statement with a lateral join on the latest
// passport, so that sorting by expiry stays one indexed query for thousands of employees.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertCompany } from "@/lib/auth/access";
import type { EmployeeListQuery, EmployeeSort } from "@/lib/people/employee-sorts";

export type { EmployeeListQuery, EmployeeSort } from "@/lib/people/employee-sorts";

export const EMPLOYEE_SORTS = {
  prenom: Prisma.sql`p."firstName"`,
  nom: Prisma.sql`p."lastName"`,
  profil: Prisma.sql`pr."name"`,
  passeport: Prisma.sql`lp."number"`,
  etat: Prisma.sql`(p."blockedAt" IS NOT NULL)`,
  expiration: Prisma.sql`lp."expiresAt"`,
} as const satisfies Record<EmployeeSort, Prisma.Sql>;

export const PAGE_SIZE = 25;

export type EmployeeRow = {
  id: string;
  firstName: string;
  lastName: string;
  profileName: string | null;
  state: "ACTIVE" | "BLOCKED" | "NOT_ACTIVATED";
  passportId: string | null;
  passportNumber: string | null;
  expiresAt: Date | null;
};

export async function listEmployees(viewer: Viewer, query: EmployeeListQuery) {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  const search = (query.q ?? "").trim().toLowerCase().slice(0, 100);
  const pattern = `%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const sort = EMPLOYEE_SORTS[query.sort ?? "nom"] ?? EMPLOYEE_SORTS.nom;
  const dir = query.dir === "desc" ? Prisma.sql`DESC NULLS LAST` : Prisma.sql`ASC NULLS LAST`;
  const page = Math.max(1, Math.floor(query.page ?? 1));

  const where = Prisma.sql`p."companyId" = ${companyId} AND p."deletedAt" IS NULL
    AND (${search} = '' OR p."searchName" LIKE ${pattern})`;

  const [rows, [{ total }]] = await Promise.all([
    db.$queryRaw<(Omit<EmployeeRow, "state"> & { blocked: boolean; activated: boolean })[]>`
      SELECT p."id", p."firstName", p."lastName", pr."name" AS "profileName",
             (p."blockedAt" IS NOT NULL) AS "blocked", (a."passwordHash" IS NOT NULL) AS "activated",
             lp."id" AS "passportId", lp."number" AS "passportNumber", lp."expiresAt"
      FROM "Person" p
      JOIN "Account" a ON a."id" = p."accountId"
      LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
      LEFT JOIN LATERAL (
        SELECT "id", "number", "expiresAt" FROM "Passport"
        WHERE "personId" = p."id" AND "status" = 'ACTIVE'
        ORDER BY "issuedAt" DESC LIMIT 1) lp ON TRUE
      WHERE ${where}
      ORDER BY ${sort} ${dir}, p."lastName" ASC, p."id" ASC
      LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`,
    db.$queryRaw<{ total: bigint }[]>`SELECT COUNT(*) AS "total" FROM "Person" p WHERE ${where}`,
  ]);

  return {
    rows: rows.map(({ blocked, activated, ...r }): EmployeeRow => ({
      ...r,
      state: blocked ? "BLOCKED" : activated ? "ACTIVE" : "NOT_ACTIVATED",
    })),
    total: Number(total),
    page,
    pageCount: Math.max(1, Math.ceil(Number(total) / PAGE_SIZE)),
  };
}
