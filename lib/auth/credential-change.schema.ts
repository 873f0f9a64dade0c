import { z } from "zod";
import { checkNewPassword } from "@/lib/auth/password-policy";

// Item 4 of issue 17: a person changes their own login's password or e-mail (MES
// INFORMATIONS), always with the current password.

const currentPassword = z.string().min(1, "Saisissez votre mot de passe actuel.").max(200, "Mot de passe trop long.");

// refinements run together with the field checks, so that every error shows at once
const always = { when: (payload: { value: unknown }) => typeof payload.value === "object" && payload.value !== null };

/** `userInputs`: the person's name and e-mail, refused as parts of the new password (the server checks them again). */
export function changePasswordSchemaWith(userInputs: string[] = []) {
  return z.object({ currentPassword, newPassword: z.string(), passwordConfirmation: z.string() }).superRefine(async (v, ctx) => {
    if (v.newPassword && v.newPassword === v.currentPassword) {
      ctx.addIssue({ code: "custom", path: ["newPassword"], message: "Choisissez un mot de passe différent de l'actuel." });
      return;
    }
    await checkNewPassword(ctx, {
      password: v.newPassword,
      confirmation: v.passwordConfirmation,
      passwordPath: "newPassword",
      confirmationPath: "passwordConfirmation",
      userInputs,
    });
  }, always);
}

export const changePasswordSchema = changePasswordSchemaWith();
export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;

export const emailChangeSchema = z
  .object({
    currentPassword,
    email: z.email("Saisissez une adresse e-mail valide.").trim().toLowerCase().max(254, "Adresse trop longue."),
    emailConfirmation: z.string().trim().toLowerCase(),
  })
  .refine((v) => v.email === v.emailConfirmation, {
    path: ["emailConfirmation"],
    message: "Les deux adresses e-mail ne sont pas identiques.",
  });
export type EmailChangeInput = z.infer<typeof emailChangeSchema>;
export type EmailChangeFormInput = z.input<typeof emailChangeSchema>;

export const confirmEmailChangeSchema = z.object({ token: z.string().min(1).max(200) });
