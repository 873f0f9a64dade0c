import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/password-policy";

export const forgottenSchema = z.object({
  identifier: z.string().trim().min(1, "Saisissez votre e-mail, ID unique ou n° adhérent.").max(254, "Identifiant trop long."),
});

// refinements run together with the field checks, so that every error shows at once
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/**
 * A password chosen through a single-use link (first connection, reset, referent
 * invitation). The page passes the account's e-mail and name as personal words; the server
 * checks them again from the account itself.
 */
export function setPasswordSchemaWith(userInputs: string[] = []) {
  return z
    .object({
      token: z.string().min(1).max(200),
      password: z.string(),
      confirmation: z.string().min(1, "Confirmez le mot de passe."),
    })
    .superRefine(
      (v, ctx) =>
        checkNewPassword(ctx, {
          password: v.password,
          confirmation: v.confirmation,
          passwordPath: "password",
          confirmationPath: "confirmation",
          userInputs,
        }),
      always,
    );
}

export const setPasswordSchema = setPasswordSchemaWith();
