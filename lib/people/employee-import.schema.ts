// Issue 14, item 1: the columns of the employee import file, and how a row of text becomes the
// input of the form "INSCRIRE UN NOUVEAU SALARIÉ" (employeeSchema checks it the same way).
// Client-safe: the import screen shows these labels and the template lists them.
import { z } from "zod";
import type { EmployeeInput } from "@/lib/people/employee.schema";
import { FILE_TOO_LARGE, MAX_FILE_BYTES } from "@/lib/spreadsheet/limits";

export const IMPORT_COLUMNS = [
  { key: "firstName", label: "Prénom" },
  { key: "lastName", label: "Nom" },
  { key: "email", label: "Adresse e-mail" },
  { key: "isHauler", label: "Transporteur (oui/non)" },
  { key: "isTechnical", label: "Intervient techniquement (oui/non)" },
  { key: "isTrainer", label: "Mène des sensibilisations (oui/non)" },
  { key: "isController", label: "Mène des contrôles (oui/non)" },
  { key: "snbpeObtainedAt", label: "Passeport SNBPE obtenu le (JJ/MM/AAAA)" },
] as const;

export type ImportColumnKey = (typeof IMPORT_COLUMNS)[number]["key"];
export const QUESTION_KEYS = ["isHauler", "isTechnical", "isTrainer", "isController"] as const;

/** "Prénom", "prenom ", "PRÉNOM" → "prenom": headers are matched without case, accents or punctuation. */
export const headerKey = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\(.*?\)/g, "")
    .replace(/[^a-z0-9]+/g, "");

const ALIASES: Record<ImportColumnKey, string[]> = {
  firstName: ["prenom", "prenoms", "firstname"],
  lastName: ["nom", "nomdefamille", "lastname"],
  email: ["adresseemail", "email", "mail", "courriel", "adresseemaildecontact", "adressemail"],
  isHauler: ["transporteur"],
  isTechnical: ["intervienttechniquement", "technique"],
  isTrainer: ["menedessensibilisations", "formateur"],
  isController: ["menedescontroles", "controleur"],
  snbpeObtainedAt: ["passeportsnbpeobtenule", "snbpe", "passeportsnbpe", "datesnbpe"],
};

/** The column index of each field, or the labels of the columns missing. */
export function mapHeaders(headers: string[]): { index: Record<ImportColumnKey, number> } | { missing: string[] } {
  const keys = headers.map(headerKey);
  const index = {} as Record<ImportColumnKey, number>;
  const missing: string[] = [];
  for (const c of IMPORT_COLUMNS) {
    const i = keys.findIndex((k) => ALIASES[c.key].includes(k));
    if (i < 0) missing.push(c.label);
    index[c.key] = i;
  }
  return missing.length ? { missing } : { index };
}

const YES = new Set(["oui", "o", "yes", "y", "1", "x", "vrai", "true"]);
const NO = new Set(["non", "n", "no", "0", "faux", "false"]);

/** "oui" / "non" (and their usual spellings) as a boolean; anything else stays unanswered. */
export function yesNo(value: string): boolean | undefined {
  const v = value.trim().toLowerCase();
  return YES.has(v) ? true : NO.has(v) ? false : undefined;
}

/** A row of the file as the form's input: an empty e-mail means "Pas d'adresse e-mail ?". */
export function rowToInput(cells: Record<ImportColumnKey, string>): Record<keyof EmployeeInput, unknown> {
  const snbpe = cells.snbpeObtainedAt.trim();
  return {
    firstName: cells.firstName,
    lastName: cells.lastName,
    noEmail: cells.email.trim() === "",
    email: cells.email,
    isHauler: yesNo(cells.isHauler),
    isTechnical: yesNo(cells.isTechnical),
    isTrainer: yesNo(cells.isTrainer),
    isController: yesNo(cells.isController),
    hasSnbpe: snbpe !== "",
    snbpeObtainedAt: snbpe,
  };
}

/** "valides": the rows without error are imported; "tout": nothing is unless every row is valid. */
export const importModeSchema = z.enum(["valides", "tout"], { error: "Choisissez ce qu'il faut faire des lignes en erreur." });
export type ImportMode = z.infer<typeof importModeSchema>;

/** The uploaded file, checked for its size before it is read. */
export const importFileSchema = z
  .instanceof(File, { message: "Choisissez un fichier CSV ou Excel (.xlsx)." })
  .refine((f) => f.size > 0, "Le fichier est vide.")
  .refine((f) => f.size <= MAX_FILE_BYTES, FILE_TOO_LARGE);

export const previewImportSchema = z.object({ file: importFileSchema });
export const importEmployeesSchema = z.object({ file: importFileSchema, mode: importModeSchema });

export type ImportRow = {
  /** line of the file (the header is line 1) */
  line: number;
  cells: Record<ImportColumnKey, string>;
  /** the first French error of each field, as the form would show it */
  errors: Partial<Record<ImportColumnKey | "row", string>>;
  profileName: string | null;
};

export type ImportPreview = {
  rows: ImportRow[];
  validCount: number;
  errorCount: number;
};

export type ImportResult = { imported: number; skipped: number };
