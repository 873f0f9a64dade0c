import { z } from "zod";
import { setPasswordSchema } from "@/lib/auth/password-forms.schema";

// C4: the successor's name and e-mail (which becomes the company login), typed twice.
export const handoverSchema = z
  .object({
    lastName: z.string().trim().min(1, "Saisissez le nom du nouveau référent.").max(120, "Ce champ ne peut pas dépasser 120 caractères."),
    firstName: z
      .string()
      .trim()
      .min(1, "Saisissez le prénom du nouveau référent.")
      .max(120, "Ce champ ne peut pas dépasser 120 caractères."),
    email: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase().max(254, "Adresse trop longue."),
    emailConfirmation: z.string().trim().toLowerCase(),
  })
  .refine((v) => v.email === v.emailConfirmation, {
    path: ["emailConfirmation"],
    message: "Les deux adresses e-mail ne sont pas identiques.",
  });

export type HandoverInput = z.infer<typeof handoverSchema>;
export type HandoverFormInput = z.input<typeof handoverSchema>;

// C4: the invitation's page, where the new referent chooses the company login's password.
export const acceptInvitationSchema = setPasswordSchema;
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;
