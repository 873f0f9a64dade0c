"use client";
import { useMemo, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { NewPasswordFields } from "@/components/new-password-fields";
import { Button } from "@/components/ui/button";
import { type setPasswordSchema, setPasswordSchemaWith } from "@/lib/auth/password-forms.schema";
import { setPasswordAction } from "@/lib/auth/actions";
import { FormAlert } from "@/components/ui/form-alert";

type Input = z.infer<typeof setPasswordSchema>;

export function SetPasswordForm({ token, userInputs }: { token: string; userInputs: string[] }) {
  const [done, setDone] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const schema = useMemo(() => setPasswordSchemaWith(userInputs), [userInputs]);
  const { register, handleSubmit, watch, formState } = useForm<Input>({
    mode: "onTouched",
    resolver: zodResolver(schema),
    defaultValues: { token, password: "", confirmation: "" },
  });
  if (done) {
    return (
      <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
        Votre mot de passe est enregistré.{" "}
        <Link href="/" className="underline">
          Connectez-vous
        </Link>{" "}
        avec votre identifiant et ce mot de passe.
      </p>
    );
  }
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        const res = await setPasswordAction(values);
        if (res.ok) setDone(true);
        else setError(res.fieldErrors?.password ?? res.fieldErrors?.confirmation ?? res.error);
      })}
      className="grid gap-4"
    >
      <NewPasswordFields register={register} watch={watch} errors={formState.errors} userInputs={userInputs} />
      <FormAlert message={error} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Redéfinir mon mot de passe
      </Button>
    </form>
  );
}
