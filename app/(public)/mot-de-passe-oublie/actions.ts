"use server";
import { publicAction } from "@/lib/public-action";
import { forgottenSchema, setPasswordSchema } from "@/lib/auth/password-forms.schema";
import { requestPasswordReset, setPasswordWithToken } from "@/lib/auth/password-reset";

export const requestPasswordResetAction = publicAction(forgottenSchema, async ({ identifier }) => {
  await requestPasswordReset(identifier);
  return null;
});

export const setPasswordAction = publicAction(setPasswordSchema, async ({ token, password }) => {
  await setPasswordWithToken(token, password);
  return null;
});
