"use client";
import { useMemo, useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { NewPasswordFields } from "@/components/new-password-fields";
import { Button } from "@/components/ui/button";
import type { AcceptInvitationInput } from "@/lib/companies/referent-handover.schema";
import { setPasswordSchemaWith } from "@/lib/auth/password-forms.schema";
import { acceptHandoverAction } from "@/lib/companies/actions";
import { FormAlert } from "@/components/ui/form-alert";

export function AcceptHandoverForm({ token, userInputs }: { token: string; userInputs: string[] }) {
  const [done, setDone] = useState<{ companyName: string; login: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const schema = useMemo(() => setPasswordSchemaWith(userInputs), [userInputs]);
  const { register, handleSubmit, watch, formState } = useForm<AcceptInvitationInput>({
    mode: "onTouched",
    resolver: zodResolver(schema),
    defaultValues: { token, password: "", confirmation: "" },
  });
  if (done) {
    return (
      <div role="status" className="grid gap-2 rounded bg-green-50 p-3 text-green-900">
        <p className="font-semibold">Vous êtes désormais le référent Passeport Sécurité de {done.companyName}.</p>
        <p>Connectez-vous avec votre adresse e-mail ({done.login}) et le mot de passe que vous venez de choisir.</p>
        <Link href="/" className="font-bold underline">
          Je me connecte
        </Link>
      </div>
    );
  }
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setError(null);
        const res = await acceptHandoverAction(values);
        if (res.ok) setDone(res.data);
        else setError(res.fieldErrors?.password ?? res.fieldErrors?.confirmation ?? res.error);
      })}
      className="grid gap-4"
    >
      <NewPasswordFields register={register} watch={watch} errors={formState.errors} userInputs={userInputs} />
      <FormAlert message={error} />
      <Button type="submit" disabled={formState.isSubmitting}>
        Accepter et devenir référent
      </Button>
    </form>
  );
}
