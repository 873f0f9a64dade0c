// Issue 11, item 4: the JOURNAL D'AUDIT for administrators. Filters by actor, target, company,
// action type and period (Paris days), newest first, paged by keyset on (at, id): the row
// comparison lets PostgreSQL start each page inside one of the (…, at DESC, id DESC) indexes
// of AuditLog, whatever the depth, where OFFSET would read every row before the page.
import "server-only";
import { readDb } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { isId } from "@/lib/text";

export const AUDIT_PAGE_SIZE = 50;

export type AuditFilters = {
  actor?: string;
  target?: string;
  company?: string;
  action?: string;
  /** YYYY-MM-DD, Paris calendar, both days included */
  from?: string;
  to?: string;
};

/** The instant a Paris calendar day starts, or null for anything but a real YYYY-MM-DD. */
export function parisDayStart(day: string | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? "");
  if (!m) return null;
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (utc.toISOString().slice(0, 10) !== day) return null;
  const offset = new Intl.DateTimeFormat("en-US", { timeZone: "Europe/Paris", timeZoneName: "shortOffset" })
    .formatToParts(utc)
    .find((p) => p.type === "timeZoneName")!.value; // "GMT+1" or "GMT+2"
  const hours = Number(/GMT([+-]\d+)/.exec(offset)?.[1] ?? 0);
  return new Date(utc.getTime() - hours * 3600_000);
}

export const nextDay = (day: string) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

const encode = (at: Date, id: string) => Buffer.from(JSON.stringify([at.toISOString(), id])).toString("base64url");

function decode(value: string | undefined): [Date, string] | null {
  if (!value) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(value, "base64url").toString());
    if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[0] !== "string" || typeof parsed[1] !== "string") return null;
    const at = new Date(parsed[0]);
    return Number.isNaN(at.getTime()) ? null : [at, parsed[1]];
  } catch {
    return null;
  }
}

type EntryRow = {
  id: string;
  at: Date;
  action: string;
  targetType: string;
  targetId: string | null;
  companyId: string | null;
  data: Prisma.JsonValue;
  actorAccountId: string | null;
};

export async function listAuditLog(viewer: Viewer, filters: AuditFilters, before?: string) {
  assertAdmin(viewer);
  // an id that cannot exist matches nothing, rather than being ignored
  const id = (v: string | undefined) => (v === undefined || v === "" ? null : isId(v) ? v : "-");
  // the actor may be typed as an e-mail address in the filter form
  const actor = filters.actor?.includes("@")
    ? ((await readDb.account.findUnique({ where: { email: filters.actor.trim().toLowerCase() }, select: { id: true } }))?.id ?? "-")
    : id(filters.actor);
  const target = id(filters.target);
  const company = id(filters.company);
  const from = parisDayStart(filters.from);
  // up to the start of the day after the last one
  const toEnd = parisDayStart(filters.to) ? parisDayStart(nextDay(filters.to!)) : null;
  const cursor = decode(before);
  const conditions = [
    actor ? Prisma.sql`"actorAccountId" = ${actor}` : null,
    target ? Prisma.sql`"targetId" = ${target}` : null,
    company ? Prisma.sql`"companyId" = ${company}` : null,
    filters.action ? Prisma.sql`"action" = ${filters.action}` : null,
    from ? Prisma.sql`"at" >= ${from}` : null,
    toEnd ? Prisma.sql`"at" < ${toEnd}` : null,
    cursor ? Prisma.sql`("at", "id") < (${cursor[0]}, ${cursor[1]})` : null,
  ].filter((c): c is Prisma.Sql => c !== null);
  const where = conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, " AND ")}` : Prisma.empty;
  const rows = await readDb.$queryRaw<EntryRow[]>`
    SELECT "id", "at", "action", "targetType", "targetId", "companyId", "data", "actorAccountId"
    FROM "AuditLog" ${where}
    ORDER BY "at" DESC, "id" DESC
    LIMIT ${AUDIT_PAGE_SIZE + 1}`;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page[page.length - 1];
  return { entries: await withNames(page), next: rows.length > AUDIT_PAGE_SIZE ? encode(last.at, last.id) : null };
}

export type AuditTarget = { label: string; href: string | null };

/** Who acted and on whom, in words and with the page to open, read for the page's rows only. */
async function withNames(rows: EntryRow[]) {
  const accountIds = new Set<string>();
  const personIds = new Set<string>();
  const companyIds = new Set<string>();
  for (const r of rows) {
    if (r.actorAccountId) accountIds.add(r.actorAccountId);
    if (r.targetId && r.targetType === "Account") accountIds.add(r.targetId);
    if (r.targetId && r.targetType === "Person") personIds.add(r.targetId);
    if (r.targetId && r.targetType === "Company") companyIds.add(r.targetId);
    if (r.companyId) companyIds.add(r.companyId);
  }
  const [accounts, people, companies] = await Promise.all([
    readDb.account.findMany({
      where: { id: { in: [...accountIds] } },
      select: {
        id: true,
        email: true,
        uniqueId: true,
        isAdmin: true,
        person: { select: { id: true, firstName: true, lastName: true } },
        company: { select: { id: true, name: true } },
      },
    }),
    readDb.person.findMany({ where: { id: { in: [...personIds] } }, select: { id: true, firstName: true, lastName: true } }),
    readDb.company.findMany({ where: { id: { in: [...companyIds] } }, select: { id: true, name: true } }),
  ]);
  const account = new Map(accounts.map((a) => [a.id, a]));
  const person = new Map(people.map((p) => [p.id, p]));
  const companyName = new Map(companies.map((c) => [c.id, c.name]));
  const personLabel = (p: { firstName: string; lastName: string }) => `${p.firstName} ${p.lastName.toUpperCase()}`;

  function accountTarget(id: string): AuditTarget {
    const a = account.get(id);
    if (a?.person) return { label: personLabel(a.person), href: `/admin/utilisateurs/${a.person.id}` };
    if (a?.company) return { label: a.company.name, href: `/admin/entreprises/${a.company.id}` };
    return { label: a?.email ?? a?.uniqueId ?? "Compte", href: null };
  }
  function target(r: EntryRow): AuditTarget {
    if (!r.targetId) return { label: r.targetType, href: null };
    if (r.targetType === "Person") {
      const p = person.get(r.targetId);
      return { label: p ? personLabel(p) : "Personne", href: `/admin/utilisateurs/${r.targetId}` };
    }
    if (r.targetType === "Company") return { label: companyName.get(r.targetId) ?? "Entreprise", href: `/admin/entreprises/${r.targetId}` };
    if (r.targetType === "Account") return accountTarget(r.targetId);
    if (r.targetType === "AwarenessSession") return { label: "Sensibilisation", href: `/admin/sessions/${r.targetId}` };
    return { label: `${r.targetType} ${r.targetId}`, href: null };
  }
  return rows.map((r) => ({
    ...r,
    actor: r.actorAccountId ? { ...accountTarget(r.actorAccountId), isAdmin: account.get(r.actorAccountId)?.isAdmin ?? false } : null,
    target: target(r),
    companyName: r.companyId ? (companyName.get(r.companyId) ?? null) : null,
  }));
}

export type AuditListEntry = Awaited<ReturnType<typeof withNames>>[number];
