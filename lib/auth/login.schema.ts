import { z } from "zod";

export const loginSchema = z.object({
  identifier: z.string().trim().min(1, "Saisissez votre e-mail, ID unique ou n° adhérent.").max(254, "Identifiant trop long."),
  password: z.string().min(1, "Saisissez votre mot de passe.").max(128, "Mot de passe trop long."),
  /** after repeated failures on this identifier: a solved proof of work (lib/auth/throttle.ts) */
  challenge: z.string().max(200).optional(),
  nonce: z.string().max(32).optional(),
});

export type LoginInput = z.infer<typeof loginSchema>;

export const LOGIN_ERRORS: Record<string, string> = {
  CredentialsSignin: "Identifiant ou mot de passe incorrect.",
  THROTTLED: "Trop de tentatives de connexion depuis votre adresse. Réessayez dans quelques minutes.",
  PROOF_REQUIRED: "La vérification anti-robot n'a pas abouti. Réessayez.",
  default: "La connexion a échoué. Réessayez.",
};

export const challengeRequestSchema = z.object({ identifier: loginSchema.shape.identifier });

/** Item 5: a TOTP code (6 digits) or a recovery code (XXXX-XXXX-XXXX). */
export const secondFactorCodeSchema = z.object({
  code: z.string().trim().min(1, "Saisissez le code affiché par votre application.").max(20, "Code trop long."),
});
export type SecondFactorCodeInput = z.infer<typeof secondFactorCodeSchema>;

/** Another administrator's second factor reset, confirmed by the acting administrator's own code. */
export const resetSecondFactorSchema = secondFactorCodeSchema.extend({ accountId: z.string().min(1).max(40) });
