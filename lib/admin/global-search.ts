// Issue 11, item 1: the administrators' global search. One query finds people (name, e-mail,
// ID unique, passport number), companies (name, SIRET, VAT, member number) and sessions
// ("Salarié administratif n°47"), accent- and case-insensitive. Each kind is a UNION of
// index-served look-ups (trigram GIN on unaccented names, unique indexes on identifiers),
// never one OR across tables, so that it stays fast at national scale.
import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { parseSearch, type SearchTerms } from "@/lib/admin/search-terms";

/** `<column>` contains every word, compared through the immutable unaccent wrapper (trigram index). */
function allWords(column: Prisma.Sql, words: string[]) {
  if (words.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(
    words.map((w) => Prisma.sql`${column} LIKE '%' || immutable_unaccent(${w}) || '%'`),
    " AND ",
  );
}

export type PersonHit = {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  uniqueId: string | null;
  companyName: string;
  blocked: boolean;
  deleted: boolean;
  /** the passport number typed, when the person was found by it */
  passportNumber: string | null;
};
export type CompanyHit = {
  id: string;
  name: string;
  kind: "MEMBER" | "SUBCONTRACTOR";
  status: string;
  siret: string | null;
  memberNumber: string | null;
};
export type SessionHit = { id: string; label: string; heldOn: Date; trainerName: string; status: string };
export type SearchResults = { people: PersonHit[]; companies: CompanyHit[]; sessions: SessionHit[] };

/** the stored folded name (a generated column): the trigram index's candidates are rechecked without calling unaccent() */
const PERSON_NAME = Prisma.sql`p."nameFolded"`;

/**
 * The people the terms name, as (id, rank, lastName, deletedAt) rows, best first: an
 * identifier (rank 0) before a name (1) before part of an e-mail (2). Each branch is sorted by
 * `order` and cut at `limit` on its own, under the caller's extra condition (`where`, on
 * Person p): a common name matching thousands of people costs one top-N sort, with no join.
 */
export function matchingPeople(
  t: SearchTerms,
  options: {
    order: Prisma.Sql;
    limit: number;
    where?: Prisma.Sql;
    /** when the caller sorts by rank first: the e-mail look-up (rank 2, the slowest on a
     * common word) runs only when identifiers and names found fewer than `limit` people,
     * since otherwise none of its rows could make the top `limit` */
    emailsOnlyToFill?: boolean;
  },
) {
  const extra = options.where ?? Prisma.sql`TRUE`;
  const branch = (rank: number, from: Prisma.Sql, match: Prisma.Sql) =>
    Prisma.sql`(SELECT p."id", ${rank}::int AS rank, p."lastName", p."deletedAt" FROM ${from} WHERE (${match}) AND (${extra}) ORDER BY ${options.order} LIMIT ${options.limit})`;
  const person = Prisma.sql`"Person" p`;
  const withAccount = Prisma.sql`"Person" p JOIN "Account" a ON a."id" = p."accountId"`;
  const parts = [
    branch(0, Prisma.sql`"Passport" pa JOIN "Person" p ON p."id" = pa."personId"`, Prisma.sql`pa."number" = ${t.code}`),
    branch(0, withAccount, Prisma.sql`a."uniqueId" = ${t.code}`),
    branch(1, person, allWords(PERSON_NAME, t.words)),
  ];
  const grouped = (rows: Prisma.Sql) =>
    Prisma.sql`SELECT "id", min(rank) AS rank, "lastName", "deletedAt" FROM (${rows}) u GROUP BY "id", "lastName", "deletedAt"`;
  if (t.lower.length < 3) return grouped(Prisma.join(parts, " UNION ALL "));
  const email = Prisma.sql`a."email" LIKE '%' || ${t.lower} || '%'`;
  // account first, then its person through the unique index: the planner would otherwise hash
  // the whole Person table (in parallel workers, whose start alone costs tens of milliseconds)
  const byEmail = Prisma.sql`"Account" a JOIN LATERAL (SELECT * FROM "Person" p WHERE p."accountId" = a."id" OFFSET 0) p ON TRUE`;
  if (!options.emailsOnlyToFill) return grouped(Prisma.join([...parts, branch(2, byEmail, email)], " UNION ALL "));
  // one statement still: the count is a one-time filter, so the e-mail scan is skipped when it is not needed
  return Prisma.sql`WITH first AS (${Prisma.join(parts, " UNION ALL ")})
    ${grouped(Prisma.sql`SELECT * FROM first UNION ALL ${branch(2, byEmail, Prisma.sql`(SELECT count(DISTINCT "id") FROM first) < ${options.limit} AND ${email}`)}`)}`;
}

/** The global search's order: the living before the deleted, then the shortest name (Dupont before Dupontel). */
const SEARCH_ORDER = Prisma.sql`(p."deletedAt" IS NOT NULL), length(p."lastName"), p."lastName", p."id"`;

type PersonRow = Omit<PersonHit, "blocked" | "deleted"> & { blockedAt: Date | null; deletedAt: Date | null };

async function searchPeople(t: SearchTerms, limit: number): Promise<PersonHit[]> {
  const rows = await readDb.$queryRaw<PersonRow[]>`
    WITH top AS (
      SELECT h."id", h.rank, (h."deletedAt" IS NOT NULL) AS gone, length(h."lastName") AS len, h."lastName"
      FROM (${matchingPeople(t, { order: SEARCH_ORDER, limit, emailsOnlyToFill: true })}) h
      ORDER BY h.rank, gone, len, h."lastName", h."id"
      LIMIT ${limit}
    )
    SELECT p."id", p."firstName", p."lastName", a."email", a."uniqueId", c."name" AS "companyName", p."blockedAt", p."deletedAt",
      (SELECT pa."number" FROM "Passport" pa WHERE pa."personId" = p."id" AND pa."number" = ${t.code}) AS "passportNumber"
    FROM top
    JOIN "Person" p ON p."id" = top."id"
    JOIN "Account" a ON a."id" = p."accountId"
    JOIN "Company" c ON c."id" = p."companyId"
    ORDER BY top.rank, top.gone, top.len, top."lastName", top."id"`;
  return rows.map(({ blockedAt, deletedAt, ...r }) => ({
    ...r,
    blocked: blockedAt !== null && deletedAt === null,
    deleted: deletedAt !== null,
  }));
}

async function searchCompanies(t: SearchTerms, limit: number): Promise<CompanyHit[]> {
  const NAME = Prisma.sql`lower(immutable_unaccent(c."name"))`;
  const parts = [
    Prisma.sql`SELECT c."id", 1 AS rank FROM "Company" c WHERE ${allWords(NAME, t.words)}`,
    Prisma.sql`SELECT c."id", 0 FROM "Company" c WHERE c."vatNumber" = ${t.code} OR c."memberNumber" = ${t.code}`,
  ];
  // a SIRET, or its first nine digits (the SIREN)
  if (t.digits) parts.push(Prisma.sql`SELECT c."id", 0 FROM "Company" c WHERE c."siret" LIKE ${t.digits} || '%'`);
  return readDb.$queryRaw<CompanyHit[]>`
    WITH hits AS (SELECT id, min(rank) AS rank FROM (${Prisma.join(parts, " UNION ALL ")}) u GROUP BY id)
    SELECT c."id", c."name", c."kind"::text AS "kind", c."status"::text AS "status", c."siret", c."memberNumber"
    FROM hits h JOIN "Company" c ON c."id" = h.id
    ORDER BY h.rank, length(c."name"), c."name", c."id"
    LIMIT ${limit}`;
}

async function searchSessions(t: SearchTerms, limit: number): Promise<SessionHit[]> {
  const profileName = Prisma.sql`lower(immutable_unaccent(pr."name"))`;
  // "n°47" alone, "Salarié administratif n°47", or profile words alone (its latest sessions)
  const where = t.session
    ? Prisma.sql`s."number" = ${t.session.number} AND (${t.session.words.length === 0} OR (${allWords(profileName, t.session.words)}))`
    : allWords(profileName, t.words);
  const rows = await readDb.$queryRaw<(Omit<SessionHit, "label"> & { profileName: string; number: number })[]>`
    SELECT s."id", s."number", s."heldOn", s."status"::text AS "status", pr."name" AS "profileName",
      tr."firstName" || ' ' || upper(tr."lastName") AS "trainerName"
    FROM "AwarenessSession" s
    JOIN "Profile" pr ON pr."id" = s."profileId"
    JOIN "Person" tr ON tr."id" = s."trainerId"
    WHERE ${where}
    ORDER BY s."heldOn" DESC, s."id"
    LIMIT ${limit}`;
  return rows.map((r) => ({
    id: r.id,
    label: `${r.profileName} n°${r.number}`,
    heldOn: r.heldOn,
    trainerName: r.trainerName,
    status: r.status,
  }));
}

/** The three groups, `limit` each: 5 for suggestions as one types, more on the results page. */
export async function globalSearch(viewer: Viewer, query: string, limit = 5): Promise<SearchResults> {
  assertAdmin(viewer);
  const terms = parseSearch(query);
  if (!terms) return { people: [], companies: [], sessions: [] };
  const [people, companies, sessions] = await Promise.all([
    searchPeople(terms, limit),
    searchCompanies(terms, limit),
    searchSessions(terms, limit),
  ]);
  return { people, companies, sessions };
}
