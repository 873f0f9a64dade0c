"use client";
// A "new password" input with the rule next to it and the strength meter below, for every
// form that sets a password. The rule is the field's description; the meter is announced
// politely as the strength changes.
import type { InputHTMLAttributes } from "react";
import { Field } from "@/components/ui/field";
import { PasswordStrengthMeter } from "@/components/password-strength-meter";
import { PASSWORD_RULE } from "@/lib/auth/password-policy";
import type { Register } from "@/lib/auth/password-strength";

export function NewPasswordField({
  id,
  label,
  error,
  password,
  userInputs,
  voice = "vous",
  optional = false,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  error?: string;
  /** the value typed so far (react-hook-form's watch) */
  password: string;
  /** the user's name, e-mail… refused as parts of the password */
  userInputs?: (string | null | undefined)[];
  voice?: Register;
  /** the form saves without it: "leave empty" goes before the rule */
  optional?: boolean;
}) {
  const rule = optional
    ? `${voice === "tu" ? "Laisse" : "Laissez"} vide pour ne pas le changer. ${PASSWORD_RULE[voice]}`
    : PASSWORD_RULE[voice];
  return (
    <div className="grid gap-1">
      <Field id={id} type="password" autoComplete="new-password" label={label} hint={rule} error={error} {...input} />
      <PasswordStrengthMeter id={`${id}-force`} password={password ?? ""} userInputs={userInputs} voice={voice} />
    </div>
  );
}
