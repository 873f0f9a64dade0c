import { z } from "zod";

export const SUPPORT_STATUSES = ["NEW", "IN_PROGRESS", "DONE"] as const;
export const SUPPORT_STATUS_LABELS: Record<(typeof SUPPORT_STATUSES)[number], string> = {
  NEW: "nouvelle",
  IN_PROGRESS: "en cours",
  DONE: "traitée",
};

/**
 * The contact form. Name and e-mail are asked of anonymous visitors only (a logged-in
 * visitor's identity comes from the account, the e-mail too when the account has one); the
 * data function says which is missing. Anonymous visitors add a proof of work.
 */
export const supportRequestSchema = z.object({
  subject: z
    .string({ error: "Saisissez l'objet de votre demande." })
    .trim()
    .min(3, "Saisissez l'objet de votre demande.")
    .max(150, "L'objet ne peut pas dépasser 150 caractères."),
  message: z
    .string({ error: "Décrivez votre demande." })
    .trim()
    .min(10, "Décrivez votre demande (10 caractères au moins).")
    .max(5000, "Le message ne peut pas dépasser 5 000 caractères."),
  name: z.string().trim().max(120, "Le nom ne peut pas dépasser 120 caractères.").default(""),
  email: z
    .string()
    .trim()
    .max(254, "L'adresse e-mail est trop longue.")
    .refine((v) => v === "" || z.email().safeParse(v).success, "Saisissez une adresse e-mail valide.")
    .default(""),
  challenge: z.string().max(200).default(""),
  nonce: z.string().max(32).default(""),
});
export type SupportRequestInput = z.infer<typeof supportRequestSchema>;

export const supportStatusSchema = z.object({ id: z.string().min(1).max(40), status: z.enum(SUPPORT_STATUSES) });

export const supportAnswerSchema = z.object({
  id: z.string().min(1).max(40),
  answer: z
    .string({ error: "Rédigez la réponse." })
    .trim()
    .min(10, "Rédigez la réponse (10 caractères au moins).")
    .max(5000, "La réponse ne peut pas dépasser 5 000 caractères."),
});
