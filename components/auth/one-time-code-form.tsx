"use client";
// Item 5 of issue 17: the forms that take a code of the administrator's authenticator app
// (the login's second step, the enrolment, new recovery codes): one field, its French
// error next to it, the server's answer handed to `onDone`.
import { useState, type ReactNode } from "react";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { secondFactorCodeSchema, type SecondFactorCodeInput } from "@/lib/auth/login.schema";
import type { ActionResult } from "@/lib/safe-action";
import { FormAlert } from "@/components/ui/form-alert";

export function OneTimeCodeForm<T>({
  titleId,
  label,
  hint,
  submitLabel,
  action,
  onDone,
  cancelable = false,
  fieldId = "code",
  children,
}: {
  /** the id of the heading that names the form */
  titleId?: string;
  label: string;
  hint?: string;
  submitLabel: string;
  action: (input: SecondFactorCodeInput) => Promise<ActionResult<T>>;
  onDone: (data: T) => void;
  /** "Annuler" ends the half-done login */
  cancelable?: boolean;
  /** the field's id, when two of these forms share a page */
  fieldId?: string;
  children?: ReactNode;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SecondFactorCodeInput>({ mode: "onTouched", resolver: zodResolver(secondFactorCodeSchema), defaultValues: { code: "" } });
  return (
    <form
      noValidate
      aria-labelledby={titleId}
      className="grid gap-4"
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await action(values);
        if (res.ok) return onDone(res.data);
        applyFieldErrors(setError, res.fieldErrors);
        if (!res.fieldErrors) setFormError(res.error);
      })}
    >
      {children}
      <Field
        id={fieldId}
        label={label}
        hint={hint}
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errors.code?.message}
        {...register("code")}
      />
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {submitLabel}
        </Button>
        {cancelable ? (
          <button
            type="button"
            className="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
            onClick={() => signOut({ callbackUrl: "/acces-administrateur" })}
          >
            Annuler
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** Recovery codes, shown once (at enrolment, or when renewed). */
export function RecoveryCodeList({ codes }: { codes: string[] }) {
  return (
    <ol aria-label="Codes de secours" className="grid grid-cols-2 gap-2 rounded bg-slate-100 p-3 font-mono">
      {codes.map((c) => (
        <li key={c}>{c}</li>
      ))}
    </ol>
  );
}
