import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/password-policy";

// C1 "Lier ce compte entreprise à mon compte utilisateur": prove the user account's
// credentials, or create the user account in the procedure.
export const linkExistingSchema = z.object({
  identifier: z
    .string()
    .trim()
    .min(1, "Saisissez l'identifiant de votre compte utilisateur (e-mail ou ID unique).")
    .max(254, "Identifiant trop long."),
  password: z.string().min(1, "Saisissez le mot de passe de votre compte utilisateur.").max(200, "Mot de passe trop long."),
});

export const linkNewSchema = z.object({
  firstName: z.string().trim().min(1, "Saisissez votre prénom.").max(80, "Prénom trop long."),
  lastName: z.string().trim().min(1, "Saisissez votre nom.").max(80, "Nom trop long."),
  isHauler: z.boolean({ error: "Répondez à cette question." }),
  isTechnical: z.boolean({ error: "Répondez à cette question." }),
});

// C3 "Avoir un accès distinct à mon compte utilisateur": new credentials for the user account.
export const splitSchema = z
  .object({
    email: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase().max(254, "Adresse trop longue."),
    newPassword: z.string(),
    passwordConfirmation: z.string(),
  })
  .superRefine((v, ctx) =>
    checkNewPassword(ctx, {
      password: v.newPassword,
      confirmation: v.passwordConfirmation,
      passwordPath: "newPassword",
      confirmationPath: "passwordConfirmation",
      userInputs: [v.email],
    }),
  );

export type LinkExistingInput = z.infer<typeof linkExistingSchema>;
export type LinkNewInput = z.infer<typeof linkNewSchema>;
export type SplitInput = z.input<typeof splitSchema>;
