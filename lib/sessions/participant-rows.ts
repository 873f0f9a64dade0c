// Issue 14, item 2: rows of a spreadsheet (pasted cells or a file) as the participant forms of
// the wizard's step 2. Columns by their titles when the first row has them ("Nom", "Prénom",
// "e-mail", "Entreprise", in any order), otherwise in that order. The forms' own schema
// (participantSchema) then checks every field, as when it is typed. Client-safe.
import { headerKey } from "@/lib/people/employee-import.schema";

export const PARTICIPANT_COLUMNS = ["Nom", "Prénom", "e-mail", "Entreprise"] as const;

export type ParticipantRow = { lastName: string; firstName: string; email: string; companyName: string };

const TITLES: Record<keyof ParticipantRow, string[]> = {
  lastName: ["nom", "nomdefamille", "lastname"],
  firstName: ["prenom", "prenoms", "firstname"],
  email: ["email", "adresseemail", "mail", "courriel"],
  companyName: ["entreprise", "societe", "employeur", "company"],
};

export function participantsFromRows(rows: string[][]): ParticipantRow[] {
  if (rows.length === 0) return [];
  const keys = rows[0].map(headerKey);
  const byTitle = (Object.keys(TITLES) as (keyof ParticipantRow)[]).map((k) => keys.findIndex((h) => TITLES[k].includes(h)));
  const hasTitles = byTitle[0] >= 0 && byTitle[1] >= 0;
  const index = hasTitles ? byTitle : [0, 1, 2, 3];
  return (hasTitles ? rows.slice(1) : rows).map((r) => {
    const cell = (i: number) => (i >= 0 ? (r[i] ?? "").trim() : "");
    return { lastName: cell(index[0]), firstName: cell(index[1]), email: cell(index[2]), companyName: cell(index[3]) };
  });
}
