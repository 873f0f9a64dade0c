// Issue 14, item 3: the trainer's trained participants as a file: every participant of the
// trainer's own sessions with the decision and the passport it gave, streamed by keyset on
// (session number, position) turned into one sortable text key.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertTrainer } from "@/lib/auth/access";
import { Prisma } from "@/lib/generated/prisma/client";
import { afterCursor, keysetBatches } from "@/lib/export/keyset";
import type { RowBatches } from "@/lib/export/table-stream";

export const PARTICIPANT_EXPORT_HEADERS = [
  "Session",
  "Date de la session",
  "Nom",
  "Prénom",
  "Entreprise",
  "Décision",
  "Passeport sécurité",
  "Expiration",
];

const DECISION: Record<string, string> = { PENDING: "En attente", PASSED: "Passeport obtenu", MUST_RETAKE: "Doit repasser" };

type Row = {
  sortKey: string;
  id: string;
  number: number;
  profileName: string;
  heldOn: Date;
  firstName: string;
  lastName: string;
  companyName: string;
  decision: string;
  passportNumber: string | null;
  expiresAt: Date | null;
};

// newest session first: the key is the number subtracted from a large one, zero-padded
const KEY = Prisma.sql`lpad((2000000000 - s."number")::text, 10, '0') || lpad(sp."position"::text, 5, '0')`;

export function exportTrainerParticipants(viewer: Viewer): RowBatches {
  assertTrainer(viewer);
  const trainerId = viewer.person.id;
  return keysetBatches<Row>(
    (cursor, limit) => Prisma.sql`
      SELECT ${KEY} AS "sortKey", sp."id", s."number", pr."name" AS "profileName", s."heldOn",
             p."firstName", p."lastName", c."name" AS "companyName", sp."decision"::text, ps."number" AS "passportNumber", ps."expiresAt"
      FROM "SessionParticipant" sp
      JOIN "AwarenessSession" s ON s."id" = sp."sessionId"
      JOIN "Profile" pr ON pr."id" = s."profileId"
      JOIN "Person" p ON p."id" = sp."personId"
      JOIN "Company" c ON c."id" = sp."companyId"
      LEFT JOIN "Passport" ps ON ps."id" = sp."passportId"
      WHERE s."trainerId" = ${trainerId} ${afterCursor(KEY, Prisma.sql`sp."id"`, cursor)}
      ORDER BY 1, sp."id"
      LIMIT ${limit}`,
    (r) => [
      `${r.profileName} n°${r.number}`,
      r.heldOn,
      r.lastName.toUpperCase(),
      r.firstName,
      r.companyName,
      DECISION[r.decision] ?? r.decision,
      r.passportNumber,
      r.expiresAt,
    ],
  );
}
