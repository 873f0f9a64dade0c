// Issue 12, item 1: the profiles of the content studio, as the administrator's forms and the
// server actions both check them.
import { z } from "zod";

const id = z.string().min(1).max(40);

export const MAX_VALIDITY_MONTHS = 120;

export const profileFieldsSchema = z.object({
  name: z
    .string({ error: "Indiquez le nom du profil." })
    .trim()
    .min(2, "Indiquez le nom du profil (2 caractères au moins).")
    .max(80, "Le nom ne peut pas dépasser 80 caractères."),
  description: z.string({ error: "Texte invalide." }).trim().max(500, "La description ne peut pas dépasser 500 caractères."),
  validityMonths: z
    .number({ error: "Indiquez la durée de validité en mois." })
    .int("Indiquez un nombre entier de mois.")
    .min(1, `Entre 1 et ${MAX_VALIDITY_MONTHS} mois.`)
    .max(MAX_VALIDITY_MONTHS, `Entre 1 et ${MAX_VALIDITY_MONTHS} mois.`),
});
export type ProfileFieldsInput = z.infer<typeof profileFieldsSchema>;

export const createProfileSchema = profileFieldsSchema;
export const updateProfileSchema = profileFieldsSchema.extend({ profileId: id });
export type UpdateProfileInput = z.infer<typeof updateProfileSchema>;

export const setProfileActiveSchema = z.object({ profileId: id, active: z.boolean() });

/** The profile's whole ordered list of modules (each once). */
export const setProfileModulesSchema = z.object({
  profileId: id,
  moduleIds: z
    .array(id)
    .max(50, "50 modules au plus.")
    .refine((ids) => new Set(ids).size === ids.length, "Un module ne peut figurer qu'une fois dans un profil."),
});

export const profileModuleSchema = z.object({ profileId: id, moduleId: z.string().min(1, "Choisissez un module.").max(40) });
export const moveProfileModuleSchema = profileModuleSchema.extend({ direction: z.enum(["up", "down"]) });
