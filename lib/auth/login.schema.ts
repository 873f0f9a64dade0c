import { z } from "zod";

export const loginSchema = z.object({
  identifier: z.string().trim().min(1, "Saisissez votre e-mail, ID unique ou n° adhérent.").max(254, "Identifiant trop long."),
  password: z.string().min(1, "Saisissez votre mot de passe.").max(128, "Mot de passe trop long."),
});

export type LoginInput = z.infer<typeof loginSchema>;

export const LOGIN_ERRORS: Record<string, string> = {
  CredentialsSignin: "Identifiant ou mot de passe incorrect.",
  THROTTLED: "Trop de tentatives de connexion. Réessayez dans quelques minutes.",
  default: "La connexion a échoué. Réessayez.",
};
