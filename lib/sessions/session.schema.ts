import { z } from "zod";
import { LANGUAGE_CODES, type Language } from "@/lib/content/languages";

// E2/E3: one profile for the group, then one form per participant.
export const participantSchema = z
  .object({
    lastName: z.string().trim().min(1, "Saisis le nom.").max(80, "Nom trop long."),
    firstName: z.string().trim().min(1, "Saisis le prénom.").max(80, "Prénom trop long."),
    email: z
      .string()
      .trim()
      .toLowerCase()
      .max(254, "Adresse trop longue.")
      .optional()
      .transform((v) => v || undefined),
    /** a company chosen in the list… */
    companyId: z
      .string()
      .max(40)
      .optional()
      .transform((v) => v || undefined),
    /** …or, when it is not registered yet, its name as typed by the trainer */
    companyName: z
      .string()
      .trim()
      .max(120, "Nom d'entreprise trop long.")
      .optional()
      .transform((v) => v || undefined),
    /** E3: the e-mail already has an account and the trainer chose to add that person */
    useExistingAccount: z.boolean().optional(),
  })
  .refine((p) => !p.email || z.email().safeParse(p.email).success, { path: ["email"], message: "Cette adresse e-mail n'est pas valide." })
  .refine((p) => p.companyId || (p.companyName?.length ?? 0) >= 2, {
    path: ["companyName"],
    message: "Choisis l'entreprise dans la liste, ou saisis son nom si elle n'y est pas.",
  });

export const createSessionSchema = z.object({
  profileCode: z.enum(["ADMINISTRATIF", "TECHNIQUE", "TRANSPORTEUR"], { error: "Choisis le profil de sensibilisation." }),
  /** issue 12: the playback language (French where a module lacks it) */
  language: z.enum(LANGUAGE_CODES as [Language, ...Language[]], { error: "Choisis une langue de la liste." }).default("fr"),
  participants: z.array(participantSchema).min(1, "Inscris au moins un participant.").max(40, "40 participants au plus par session."),
});

export type CreateSessionInput = z.infer<typeof createSessionSchema>;
export type CreateSessionForm = z.input<typeof createSessionSchema>;

/** E2: the participant count, fixed once confirmed (no participant is added or removed later). */
export const participantCountSchema = z.coerce
  .number({ error: "Saisis le nombre de participants." })
  .int("Saisis un nombre entier.")
  .min(1, "Au moins 1 participant.")
  .max(40, "40 participants au plus par session.");

export const decisionsSchema = z.object({
  decisions: z
    .array(z.object({ participantId: z.string().min(1).max(40), decision: z.enum(["PASSED", "MUST_RETAKE"]) }))
    .min(1, "Sélectionne au moins un résultat."),
});
