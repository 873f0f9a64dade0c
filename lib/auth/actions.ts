"use server";
// Server actions of the public password pages: "Mot de passe oublié" and the single-use link.
import { publicAction } from "@/lib/safe-action";
import { forgottenSchema, setPasswordSchema } from "@/lib/auth/password-forms.schema";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/auth/password-reset";

export const requestPasswordResetAction = publicAction("auth.requestPasswordReset", forgottenSchema, async ({ identifier }) => {
  await requestPasswordReset(identifier);
  return null;
});

export const setPasswordAction = publicAction("auth.setPassword", setPasswordSchema, async ({ token, password }) => {
  await setPasswordWithToken(token, password);
  return null;
});
