"use client";
// C4 "Passage de relais": the successor's name and e-mail; they receive an invitation and
// choose their own password.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { handoverSchema, type HandoverFormInput, type HandoverInput } from "@/lib/companies/referent-handover.schema";
import { requestHandoverAction } from "@/lib/companies/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

export function HandoverForm({ backPath }: { backPath: string }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<HandoverFormInput, unknown, HandoverInput>({
    mode: "onTouched",
    resolver: zodResolver(handoverSchema),
    defaultValues: { lastName: "", firstName: "", email: "", emailConfirmation: "" },
  });
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await requestHandoverAction(values);
        if (res.ok) return router.push(`${backPath}?relais=envoye`);
        applyFieldErrors(setError, res.fieldErrors);
        setFormError(res.error);
      })}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm"
    >
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="handover-lastName"
          label="Nom du nouveau référent *"
          autoComplete="off"
          error={errors.lastName?.message}
          {...register("lastName")}
        />
        <Field
          id="handover-firstName"
          label="Prénom du nouveau référent *"
          autoComplete="off"
          error={errors.firstName?.message}
          {...register("firstName")}
        />
        <Field
          id="handover-email"
          type="email"
          label="Adresse e-mail du nouveau référent *"
          autoComplete="off"
          error={errors.email?.message}
          {...register("email")}
        />
        <Field
          id="handover-emailConfirmation"
          type="email"
          label="Confirmation de l'adresse e-mail *"
          autoComplete="off"
          error={errors.emailConfirmation?.message}
          {...register("emailConfirmation")}
          onPaste={(e) => e.preventDefault()}
        />
      </div>
      <p className="rounded border-l-4 border-safety bg-orange-50 p-3 text-sm">
        <strong>IMPORTANT&#8239;: vérifiez que l&apos;adresse e-mail a été correctement saisie</strong> ; elle deviendra le nouvel
        identifiant de connexion au compte de l&apos;entreprise et notre nouveau contact privilégié.
      </p>
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Envoyer l&apos;invitation
      </Button>
    </form>
  );
}
