// Issue 11, item 2: the inputs of the administrators' actions on a person, shared by the
// forms of /admin/utilisateurs/[personId] and the server actions.
import { z } from "zod";
import { endOfFrenchDay } from "@/lib/people/accreditation.schema";

const id = z.string().min(1).max(40);
const reason = z
  .string({ error: "Indiquez le motif." })
  .trim()
  .min(3, "Indiquez le motif (3 caractères au moins).")
  .max(500, "Le motif ne peut pas dépasser 500 caractères.");

export const changeProfileSchema = z.object({ personId: id, profileCode: z.string().min(1, "Choisissez un profil.").max(40) });

export const setControllerSchema = z.object({ personId: id, controller: z.boolean() });

export const grantAccreditationSchema = z.object({
  personId: id,
  validUntil: z
    .string({ error: "Saisissez la date de fin." })
    .trim()
    .min(1, "Saisissez la date de fin.")
    .refine((v) => endOfFrenchDay(v) !== null, "Saisissez une date valide (JJ/MM/AAAA)."),
});

export const revokePassportSchema = z.object({ passportId: id, reason });

/** The company of arrival, named by an identifier nobody shares: SIRET, member number or VAT number. */
export const movePersonSchema = z.object({
  personId: id,
  company: z
    .string({ error: "Indiquez le SIRET, le n° adhérent ou le n° de TVA de l'entreprise d'arrivée." })
    .trim()
    .min(2, "Indiquez le SIRET, le n° adhérent ou le n° de TVA de l'entreprise d'arrivée.")
    .max(40, "Identifiant trop long."),
});

export type ChangeProfileInput = z.infer<typeof changeProfileSchema>;
export type GrantAccreditationInput = z.infer<typeof grantAccreditationSchema>;
export type RevokePassportInput = z.infer<typeof revokePassportSchema>;
export type MovePersonInput = z.infer<typeof movePersonSchema>;
