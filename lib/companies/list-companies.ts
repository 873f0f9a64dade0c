// Issue 11, item 3: every company, both kinds and every status, for administrators. One SQL
// statement per page (plus its count): the filters are plain equalities; the name search
// folds accents and case on both sides and uses the global search's trigram index
// (lower(immutable_unaccent(name))); SIRET, VAT and member number match by prefix.
import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CompanyKind, CompanyStatus, Region } from "@/lib/generated/prisma/enums";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { COMPANY_PAGE_SIZE, foldText, type CompanyListQuery } from "@/lib/companies/company-list.schema";
import { parseSearch } from "@/lib/admin/search-terms";

function searchCondition(q: string) {
  const text = foldText(q);
  if (text.length === 0) return null;
  const code = text.replace(/[\s.]/g, "").toUpperCase();
  // every word in the name, accents and case folded on both sides (the trigram index of the global search)
  const words = parseSearch(q)?.words ?? [];
  const parts = words.length
    ? [
        Prisma.join(
          words.map((w) => Prisma.sql`lower(immutable_unaccent(c."name")) LIKE ${`%${w}%`}`),
          " AND ",
        ),
      ]
    : [Prisma.sql`FALSE`];
  if (/^\d{3,14}$/.test(code)) parts.push(Prisma.sql`c."siret" LIKE ${`${code}%`}`);
  if (/^[A-Z0-9]{2,20}$/.test(code)) {
    parts.push(Prisma.sql`c."vatNumber" LIKE ${`${code}%`}`);
    parts.push(Prisma.sql`c."memberNumber" LIKE ${`${code}%`}`);
  }
  return Prisma.sql`(${Prisma.join(parts, " OR ")})`;
}

function stateCondition(state: CompanyListQuery["etat"]) {
  if (state === "demandes") return Prisma.sql`c."kind" = 'MEMBER' AND c."status" = 'PENDING'`;
  if (state === "saisies") return Prisma.sql`c."kind" = 'SUBCONTRACTOR' AND c."status" = 'PENDING' AND c."accountId" IS NULL`;
  if (state) return Prisma.sql`c."status" = ${state}::"CompanyStatus"`;
  return null;
}

const ORDER: Record<CompanyListQuery["tri"], Prisma.Sql> = {
  nom: Prisma.sql`lower(c."name") ASC, c."id" ASC`,
  "-nom": Prisma.sql`lower(c."name") DESC, c."id" DESC`,
  "-date": Prisma.sql`c."createdAt" DESC, c."id" DESC`,
  date: Prisma.sql`c."createdAt" ASC, c."id" ASC`,
};

export type CompanyListRow = {
  id: string;
  name: string;
  kind: CompanyKind;
  status: CompanyStatus;
  siret: string | null;
  vatNumber: string | null;
  memberNumber: string | null;
  regions: Region[];
  hasLogin: boolean;
  createdAt: Date;
  people: number;
};

/** `withLogin`: only companies with their own login (the targets of a merge). */
export async function listCompanies(viewer: Viewer, query: CompanyListQuery, { withLogin = false } = {}) {
  assertAdmin(viewer);
  const conditions = [
    searchCondition(query.q),
    stateCondition(query.etat),
    query.type ? Prisma.sql`c."kind" = ${query.type}::"CompanyKind"` : null,
    query.region ? Prisma.sql`${query.region}::"Region" = ANY(c."regions")` : null,
    withLogin ? Prisma.sql`c."accountId" IS NOT NULL` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const offset = (query.page - 1) * COMPANY_PAGE_SIZE;
  const [rows, [{ total }]] = await Promise.all([
    // the page is cut first, then its people are counted: a count per skipped row would make
    // the last pages slow
    readDb.$queryRaw<CompanyListRow[]>`
      SELECT c."id", c."name", c."kind", c."status", c."siret", c."vatNumber", c."memberNumber", coalesce(c."regions"::text[], '{}') AS "regions",
             c."accountId" IS NOT NULL AS "hasLogin", c."createdAt",
             (SELECT count(*)::int FROM "Person" p WHERE p."companyId" = c."id" AND p."deletedAt" IS NULL) AS "people"
        FROM (SELECT * FROM "Company" c ${where} ORDER BY ${ORDER[query.tri]} LIMIT ${COMPANY_PAGE_SIZE} OFFSET ${offset}) c
       ORDER BY ${ORDER[query.tri]}`,
    readDb.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "Company" c ${where}`,
  ]);
  return { rows, total, page: query.page, pages: Math.max(1, Math.ceil(total / COMPANY_PAGE_SIZE)) };
}
