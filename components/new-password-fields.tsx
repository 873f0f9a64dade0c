"use client";
// "Nouveau mot de passe" + "Confirmer le mot de passe", for every form that sets a password
// from a link (first connection, reset, referent invitation).
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";

type PasswordForm = { token: string; password: string; confirmation: string };

export function NewPasswordFields({ register, errors }: { register: UseFormRegister<PasswordForm>; errors: FieldErrors<PasswordForm> }) {
  return (
    <>
      <input type="hidden" {...register("token")} />
      <Field
        id="password"
        type="password"
        label="Nouveau mot de passe"
        autoComplete="new-password"
        hint="Au moins 10 caractères, dont une lettre et un chiffre."
        error={errors.password?.message}
        {...register("password")}
      />
      <Field
        id="confirmation"
        type="password"
        label="Confirmer le mot de passe"
        autoComplete="new-password"
        error={errors.confirmation?.message}
        {...register("confirmation")}
      />
    </>
  );
}
