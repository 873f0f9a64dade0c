import { z } from "zod";

const accreditationId = z.string().min(1).max(40);

/** AAAA-MM-JJ (the browser's date field) → end of that day, Paris time (UTC+1/+2: 22:00 UTC is safe). */
export function endOfFrenchDay(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d] = m.map(Number);
  const date = new Date(Date.UTC(y, mo - 1, d, 21, 59, 59));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? date : null;
}

export const approveAccreditationSchema = z.object({
  accreditationId,
  validUntil: z
    .string({ error: "Saisissez la date de fin." })
    .trim()
    .min(1, "Saisissez la date de fin.")
    .refine((v) => endOfFrenchDay(v) !== null, "Saisissez une date valide (JJ/MM/AAAA)."),
});

export const accreditationReasonSchema = z.object({
  accreditationId,
  reason: z
    .string({ error: "Indiquez le motif." })
    .trim()
    .min(3, "Indiquez le motif (il est envoyé au demandeur).")
    .max(500, "Le motif ne peut pas dépasser 500 caractères."),
});

export type ApproveAccreditationInput = z.infer<typeof approveAccreditationSchema>;
export type AccreditationReasonInput = z.infer<typeof accreditationReasonSchema>;
