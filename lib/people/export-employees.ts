// Issue 14, item 3: "Exporter la liste" of the employees of the caller's company (both company
// spaces), with each one's passport state and expiry, streamed (lib/export).
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin, assertCompany } from "@/lib/auth/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, keysetBatches } from "@/lib/export/keyset";
import type { RowBatches } from "@/lib/export/table-stream";

export const EMPLOYEE_EXPORT_HEADERS = [
  "Nom",
  "Prénom",
  "Adresse e-mail",
  "ID unique",
  "Profil",
  "État du compte",
  "Passeport sécurité",
  "État du passeport",
  "Expiration",
];

type Row = {
  sortKey: string;
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  uniqueId: string | null;
  profileName: string | null;
  blocked: boolean;
  activated: boolean;
  passportNumber: string | null;
  expiresAt: Date | null;
};

const accountState = (r: Row) => (r.blocked ? "Bloqué" : r.activated ? "Actif" : "Non activé");

/** The batches of the export; the viewer is checked here, before any byte is sent. */
export function exportEmployees(viewer: Viewer, now = new Date()): RowBatches {
  assertCompany(viewer);
  const companyId = viewer.company.id;
  return keysetBatches<Row>(
    (cursor, limit) => Prisma.sql`
      SELECT p."lastName" AS "sortKey", p."id", p."firstName", p."lastName", a."email", a."uniqueId", pr."name" AS "profileName",
             (p."blockedAt" IS NOT NULL) AS "blocked", (a."passwordHash" IS NOT NULL) AS "activated",
             lp."number" AS "passportNumber", lp."expiresAt"
      FROM "Person" p
      JOIN "Account" a ON a."id" = p."accountId"
      LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
      LEFT JOIN LATERAL (
        SELECT "number", "expiresAt" FROM "Passport"
        WHERE "personId" = p."id" AND "status" = 'ACTIVE'
        ORDER BY "issuedAt" DESC LIMIT 1) lp ON TRUE
      WHERE p."companyId" = ${companyId} AND p."deletedAt" IS NULL
        ${afterCursor(Prisma.sql`p."lastName"`, Prisma.sql`p."id"`, cursor)}
      ORDER BY p."lastName", p."id"
      LIMIT ${limit}`,
    (r) => [
      r.lastName.toUpperCase(),
      r.firstName,
      r.email,
      r.uniqueId,
      r.profileName,
      accountState(r),
      r.passportNumber,
      r.passportNumber ? (r.expiresAt && r.expiresAt > now ? "Valide" : "Expiré") : "Aucun",
      r.expiresAt,
    ],
  );
}

export const PEOPLE_EXPORT_HEADERS = [
  "Nom",
  "Prénom",
  "Adresse e-mail",
  "ID unique",
  "Entreprise",
  "SIRET",
  "Profil",
  "État du compte",
  "Inscrit le",
];

type PersonRow = {
  sortKey: string;
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  uniqueId: string | null;
  companyName: string;
  siret: string | null;
  profileName: string | null;
  blockedAt: Date | null;
  deletedAt: Date | null;
  createdAt: Date;
};

/** "UTILISATEURS" of the administrators: every person of the platform. */
export function exportPeopleForAdmin(viewer: Viewer): RowBatches {
  assertAdmin(viewer);
  return keysetBatches<PersonRow>(
    (cursor, limit) => Prisma.sql`
      SELECT p."lastName" AS "sortKey", p."id", p."firstName", p."lastName", a."email", a."uniqueId",
             c."name" AS "companyName", c."siret", pr."name" AS "profileName", p."blockedAt", p."deletedAt", p."createdAt"
      FROM "Person" p
      JOIN "Account" a ON a."id" = p."accountId"
      JOIN "Company" c ON c."id" = p."companyId"
      LEFT JOIN "Profile" pr ON pr."id" = p."profileId"
      WHERE TRUE ${afterCursor(Prisma.sql`p."lastName"`, Prisma.sql`p."id"`, cursor)}
      ORDER BY p."lastName", p."id"
      LIMIT ${limit}`,
    (r) => [
      r.lastName.toUpperCase(),
      r.firstName,
      r.email,
      r.uniqueId,
      r.companyName,
      r.siret,
      r.profileName,
      r.deletedAt ? "Supprimé" : r.blockedAt ? "Bloqué" : "Actif",
      r.createdAt,
    ],
  );
}
