"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { secondFactorCodeSchema, type SecondFactorCodeInput } from "@/lib/auth/login.schema";
import { renewRecoveryCodesAction } from "@/lib/auth/actions";

export function RenewRecoveryCodes() {
  const [codes, setCodes] = useState<string[] | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SecondFactorCodeInput>({ resolver: zodResolver(secondFactorCodeSchema), defaultValues: { code: "" } });
  if (codes) {
    return (
      <div className="grid gap-3">
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
          Nouveaux codes de secours : notez-les maintenant, ils ne seront plus affichés. Les anciens ne fonctionnent plus.
        </p>
        <ol aria-label="Codes de secours" className="grid grid-cols-2 gap-2 rounded bg-slate-100 p-3 font-mono">
          {codes.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ol>
      </div>
    );
  }
  return (
    <form
      noValidate
      className="grid gap-3"
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await renewRecoveryCodesAction(values);
        if (!res.ok) {
          applyFieldErrors(setError, res.fieldErrors);
          if (!res.fieldErrors) setFormError(res.error);
          return;
        }
        setCodes(res.data.recoveryCodes);
      })}
    >
      <Field
        id="code"
        label="Code affiché par votre application"
        inputMode="numeric"
        autoComplete="one-time-code"
        error={errors.code?.message}
        {...register("code")}
      />
      {formError ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm font-semibold text-red-800">
          {formError}
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Générer de nouveaux codes de secours
      </Button>
    </form>
  );
}
