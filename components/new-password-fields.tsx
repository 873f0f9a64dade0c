"use client";
// "Nouveau mot de passe" + "Confirmer le mot de passe", for every form that sets a password
// from a link (first connection, reset, referent invitation).
import type { FieldErrors, UseFormRegister, UseFormWatch } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/new-password-field";

type PasswordForm = { token: string; password: string; confirmation: string };

export function NewPasswordFields({
  register,
  watch,
  errors,
  userInputs,
}: {
  register: UseFormRegister<PasswordForm>;
  watch: UseFormWatch<PasswordForm>;
  errors: FieldErrors<PasswordForm>;
  userInputs?: string[];
}) {
  return (
    <>
      <input type="hidden" {...register("token")} />
      <NewPasswordField
        id="password"
        label="Nouveau mot de passe"
        password={watch("password")}
        userInputs={userInputs}
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
