// Issue 18, item 4: "Contrôles sur mes sites": the checks made for a member company (at its
// sites by its controllers, or by its access-control systems through the API), newest first,
// filtered by site, result and period (Paris days), paged by keyset on (checkedAt, id) over the
// index (companyId, checkedAt DESC, id DESC); and the same rows as CSV for French Excel.
import "server-only";
import { db } from "@/lib/db";
import type { Prisma, CheckResult } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertMemberCompany, assertPerson } from "@/lib/auth/access";
import { nextDay, parisDayStart } from "@/lib/audit/audit-log-list";
import { toCsv } from "@/lib/admin/statistics/csv";
import { CHECK_LABELS } from "@/lib/passports/passport-status";
import { isId } from "@/lib/text";

export const SITE_CHECKS_PAGE_SIZE = 50;
const CSV_MAX_ROWS = 20_000;
const RESULTS = ["VALID", "EXPIRED", "REVOKED", "UNKNOWN", "FORGED"] as const;

export type SiteCheckFilters = { site?: string; result?: string; from?: string; to?: string };

const encodeCursor = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

function decodeCursor(value: string | undefined): { at: Date; id: string } | null {
  if (!value || value.length > 200) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString());
    if (!Array.isArray(parsed) || typeof parsed[0] !== "string" || typeof parsed[1] !== "string" || !isId(parsed[1])) return null;
    const at = new Date(parsed[0]);
    return Number.isNaN(at.getTime()) ? null : { at, id: parsed[1] };
  } catch {
    return null;
  }
}

function whereOf(companyId: string, filters: SiteCheckFilters): Prisma.PassportCheckWhereInput {
  const from = parisDayStart(filters.from);
  const toEnd = parisDayStart(filters.to) ? parisDayStart(nextDay(filters.to!)) : null;
  const result = RESULTS.find((r) => r === filters.result);
  return {
    companyId,
    ...(filters.site ? { siteId: isId(filters.site) ? filters.site : "-" } : {}),
    ...(result ? { result: result as CheckResult } : {}),
    ...(from || toEnd ? { checkedAt: { ...(from ? { gte: from } : {}), ...(toEnd ? { lt: toEnd } : {}) } } : {}),
  };
}

const select = {
  id: true,
  checkedAt: true,
  result: true,
  channel: true,
  queriedNumber: true,
  site: { select: { name: true, commune: true } },
  passport: { select: { number: true, person: { select: { firstName: true, lastName: true } }, company: { select: { name: true } } } },
  checkedBy: { select: { firstName: true, lastName: true } },
  apiKey: { select: { name: true } },
} as const;

export async function listSiteChecks(viewer: Viewer, filters: SiteCheckFilters, after?: string) {
  assertMemberCompany(viewer);
  const cursor = decodeCursor(after);
  const rows = await db.passportCheck.findMany({
    where: {
      AND: [
        whereOf(viewer.company.id, filters),
        // (checkedAt, id) < cursor, with a bound the index can start from (checkedAt <=): the OR
        // alone made PostgreSQL read every newer check of the company before the page (issue 16)
        cursor ? { checkedAt: { lte: cursor.at }, OR: [{ checkedAt: { lt: cursor.at } }, { id: { lt: cursor.id } }] } : {},
      ],
    },
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take: SITE_CHECKS_PAGE_SIZE + 1,
    select,
  });
  const page = rows.slice(0, SITE_CHECKS_PAGE_SIZE);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > SITE_CHECKS_PAGE_SIZE ? encodeCursor(last.checkedAt, last.id) : null };
}

export type SiteCheckRow = Awaited<ReturnType<typeof listSiteChecks>>["rows"][number];

export const checkedByLabel = (r: SiteCheckRow) =>
  r.channel === "API"
    ? `API${r.apiKey ? ` (${r.apiKey.name})` : ""}`
    : r.checkedBy
      ? `${r.checkedBy.lastName.toUpperCase()} ${r.checkedBy.firstName}`
      : "";

const parisDateTime = new Intl.DateTimeFormat("fr-FR", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" });

/** The CSV export of the same filters (at most 20,000 rows, newest first). */
export async function siteChecksCsv(viewer: Viewer, filters: SiteCheckFilters) {
  assertMemberCompany(viewer);
  const rows = await db.passportCheck.findMany({
    where: whereOf(viewer.company.id, filters),
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take: CSV_MAX_ROWS,
    select,
  });
  return toCsv(
    ["Date", "Site", "Commune", "Résultat", "N° de passeport", "Titulaire", "Entreprise du titulaire", "Contrôlé par"],
    rows.map((r) => [
      parisDateTime.format(r.checkedAt),
      r.site?.name ?? "",
      r.site?.commune ?? "",
      CHECK_LABELS[r.result],
      r.passport?.number ?? r.queriedNumber,
      r.passport ? `${r.passport.person.lastName.toUpperCase()} ${r.passport.person.firstName}` : "",
      r.passport?.company.name ?? "",
      checkedByLabel(r),
    ]),
  );
}

/** Issue 18, item 4: where and when the viewer's own passports were checked (not the failed look-ups). */
export async function listOwnPassportChecks(viewer: Viewer, take = 20) {
  assertPerson(viewer);
  return db.passportCheck.findMany({
    where: { passport: { personId: viewer.person.id } },
    orderBy: [{ checkedAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      checkedAt: true,
      result: true,
      channel: true,
      passport: { select: { number: true } },
      site: { select: { name: true, commune: true } },
      company: { select: { name: true } },
    },
  });
}
