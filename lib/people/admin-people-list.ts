// Issue 11, item 2: "UTILISATEURS", every person of the platform for administrators: the
// global search's matching (name, e-mail, ID unique, passport number), the blocked ones only
// on demand, one company's on demand, ordered by last name and paged by keyset on (lastName, id), never OFFSET.
import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { matchingPeople } from "@/lib/admin/global-search";
import { parseSearch } from "@/lib/admin/search-terms";
import { isId } from "@/lib/text";

export const PEOPLE_PAGE_SIZE = 50;

export type PeopleListRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  uniqueId: string | null;
  companyId: string;
  companyName: string;
  profileName: string | null;
  blockedAt: Date | null;
  deletedAt: Date | null;
};

/** The cursor of the next page: the last row's last name and id. */
export const cursorOf = (row: Pick<PeopleListRow, "lastName" | "id">) =>
  Buffer.from(JSON.stringify([row.lastName, row.id])).toString("base64url");

function readCursor(value: string | undefined): [string, string] | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString());
    return Array.isArray(parsed) && parsed.length === 2 && parsed.every((v) => typeof v === "string") ? [parsed[0], parsed[1]] : null;
  } catch {
    return null;
  }
}

export async function listPeopleForAdmin(viewer: Viewer, input: { q?: string; blockedOnly?: boolean; companyId?: string; after?: string }) {
  assertAdmin(viewer);
  const companyId = input.companyId && isId(input.companyId) ? input.companyId : null;
  const terms = input.q ? parseSearch(input.q) : null;
  const after = readCursor(input.after);
  const conditions = [
    input.blockedOnly ? Prisma.sql`p."blockedAt" IS NOT NULL AND p."deletedAt" IS NULL` : null,
    // a company's people (its page lists the first 100 and links here for the rest)
    companyId ? Prisma.sql`p."companyId" = ${companyId}` : null,
    after ? Prisma.sql`(p."lastName", p."id") > (${after[0]}, ${after[1]})` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`;
  const order = Prisma.sql`p."lastName", p."id"`;
  const limit = PEOPLE_PAGE_SIZE + 1;
  // the page's ids from Person alone (a common name matches thousands), then their details;
  // a query too short to search lists everyone, as an empty one does
  const ids = terms
    ? Prisma.sql`SELECT "id", "lastName" FROM (${matchingPeople(terms, { order, limit, where })}) h`
    : Prisma.sql`SELECT p."id", p."lastName" FROM "Person" p WHERE ${where}`;
  const rows = await readDb.$queryRaw<PeopleListRow[]>`
    WITH page AS (${ids} ORDER BY "lastName", "id" LIMIT ${limit})
    SELECT p."id", p."firstName", p."lastName", a."email", a."uniqueId", c."id" AS "companyId", c."name" AS "companyName",
      pr."name" AS "profileName", p."blockedAt", p."deletedAt"
    FROM page
    JOIN "Person" p ON p."id" = page."id"
    JOIN "Account" a ON a."id" = p."accountId"
    JOIN "Company" c ON c."id" = p."companyId"
    LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
    ORDER BY page."lastName", page."id"`;
  const page = rows.slice(0, PEOPLE_PAGE_SIZE);
  const company = companyId ? await readDb.company.findUnique({ where: { id: companyId }, select: { id: true, name: true } }) : null;
  return { rows: page, next: rows.length > PEOPLE_PAGE_SIZE ? cursorOf(page[page.length - 1]) : null, company };
}
