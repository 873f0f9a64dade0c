import { z } from "zod";
import { newPasswordSchema } from "@/lib/auth/password-policy";

export const forgottenSchema = z.object({
  identifier: z.string().trim().min(1, "Saisissez votre e-mail, ID unique ou n° adhérent.").max(254, "Identifiant trop long."),
});

export const setPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: newPasswordSchema,
    confirmation: z.string().min(1, "Confirmez le mot de passe."),
  })
  .refine((v) => v.password === v.confirmation, { path: ["confirmation"], message: "Les deux mots de passe ne sont pas identiques." });
