// Issue 14, item 3: the administrators' "ENTREPRISES" as a file: every company with its kind,
// identifiers, state, referent and number of employees, streamed by keyset on (name, id).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, keysetBatches } from "@/lib/export/keyset";
import type { RowBatches } from "@/lib/export/table-stream";

export const COMPANY_EXPORT_HEADERS = [
  "Entreprise",
  "Type",
  "SIRET",
  "N° TVA",
  "N° adhérent",
  "État",
  "Référent",
  "Adresse e-mail du référent",
  "Salariés",
  "Inscrite le",
];

const KIND: Record<string, string> = { SUBCONTRACTOR: "Sous-traitante", MEMBER: "Adhérente" };
const STATUS: Record<string, string> = {
  ACTIVE: "Active",
  PENDING: "En attente",
  SUSPENDED: "Suspendue",
  REJECTED: "Refusée",
  CLOSED: "Fermée",
};

type Row = {
  sortKey: string;
  id: string;
  kind: string;
  status: string;
  siret: string | null;
  vatNumber: string | null;
  memberNumber: string | null;
  referentFirstName: string;
  referentLastName: string;
  referentEmail: string;
  employees: number;
  createdAt: Date;
};

export function exportCompaniesForAdmin(viewer: Viewer): RowBatches {
  assertAdmin(viewer);
  return keysetBatches<Row>(
    (cursor, limit) => Prisma.sql`
      SELECT c."name" AS "sortKey", c."id", c."kind"::text, c."status"::text, c."siret", c."vatNumber", c."memberNumber",
             c."referentFirstName", c."referentLastName", c."referentEmail", c."createdAt",
             (SELECT COUNT(*)::int FROM "Person" p WHERE p."companyId" = c."id" AND p."deletedAt" IS NULL) AS "employees"
      FROM "Company" c
      WHERE TRUE ${afterCursor(Prisma.sql`c."name"`, Prisma.sql`c."id"`, cursor)}
      ORDER BY c."name", c."id"
      LIMIT ${limit}`,
    (r) => [
      r.sortKey,
      KIND[r.kind] ?? r.kind,
      r.siret,
      r.vatNumber,
      r.memberNumber,
      STATUS[r.status] ?? r.status,
      `${r.referentFirstName} ${r.referentLastName.toUpperCase()}`,
      r.referentEmail,
      r.employees,
      r.createdAt,
    ],
  );
}
