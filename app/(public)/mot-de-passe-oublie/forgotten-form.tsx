"use client";
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { forgottenSchema } from "@/lib/auth/password-forms.schema";
import { requestPasswordResetAction } from "@/lib/auth/actions";

type Input = z.infer<typeof forgottenSchema>;

export function ForgottenForm() {
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<Input>({
    mode: "onTouched",
    resolver: zodResolver(forgottenSchema),
    defaultValues: { identifier: "" },
  });
  if (sent) {
    return (
      <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
        Si un compte correspond à cet identifiant, un lien pour redéfinir le mot de passe vient d&apos;être envoyé à son adresse e-mail (ou
        à celle du référent de son entreprise pour un compte sans e-mail). Le lien est valable 72 heures.
      </p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const res = await requestPasswordResetAction(values);
        if (res.ok) setSent(true);
        else setError(res.fieldErrors?.identifier ?? res.error);
      })}
      className="grid gap-4"
    >
      <Field
        id="identifier"
        label="e-mail, ID unique ou n° adhérent"
        autoComplete="username"
        error={formState.errors.identifier?.message ?? error ?? undefined}
        {...register("identifier")}
      />
      <Button type="submit" disabled={formState.isSubmitting}>
        Redéfinir mon mot de passe
      </Button>
      <Link href="/" className={buttonClass("ghost")}>
        Annuler
      </Link>
    </form>
  );
}
