// E3/A4: find a registered company by its name or its SIRET, for the trainer's participant
// forms and the worker's self-registration. Only companies people can belong to: active
// ones, and the ones a trainer entered before they registered (pending subcontractors).
import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export type CompanyMatch = { id: string; name: string; siret: string | null; registered: boolean };

export const COMPANY_SEARCH_LIMIT = 8;

// A suspended company (issue 11) is still one: its workers keep training and passing their
// passports, and a trainer typing its name must not create a second company.
export function companyLookupWhere(): Prisma.CompanyWhereInput {
  return { OR: [{ status: { in: ["ACTIVE", "SUSPENDED"] } }, { status: "PENDING", kind: "SUBCONTRACTOR", accountId: null }] };
}

/** `registeredOnly`: active companies only (anonymous visitors never see pending ones). */
export async function searchCompanies(query: string, options: { registeredOnly?: boolean } = {}): Promise<CompanyMatch[]> {
  const q = query.trim().slice(0, 120);
  const digits = q.replace(/\s/g, "");
  if (q.length < 2) return [];
  const bySiret = /^\d{3,14}$/.test(digits);
  const rows = await db.company.findMany({
    where: {
      AND: [
        options.registeredOnly ? { status: "ACTIVE" } : companyLookupWhere(),
        bySiret ? { siret: { startsWith: digits } } : { name: { contains: q, mode: "insensitive" } },
      ],
    },
    orderBy: { name: "asc" },
    take: COMPANY_SEARCH_LIMIT,
    select: { id: true, name: true, siret: true, status: true },
  });
  return rows.map((r) => ({ id: r.id, name: r.name, siret: r.siret, registered: r.status !== "PENDING" }));
}
