"use client";
// A2: the registration form. The anti-robot proof of work is solved in the background
// while the referent types; nothing is sent to a third party.
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/new-password-field";
import { Button } from "@/components/ui/button";
import { registrationSchema, type RegistrationFormInput, type RegistrationInput } from "@/lib/companies/company.schema";
import { CompanyIdentityFields } from "@/components/company/company-identity-fields";
import { ProofOfWorkStatus, useProofOfWork } from "@/components/antibot/proof-of-work";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { registerMemberAction, registerSubcontractorAction } from "@/lib/companies/actions";
import { FormAlert } from "@/components/ui/form-alert";

/** A2 (subcontractor: active at once) and A3 (member company: a request an administrator approves). */
export function RegistrationForm({
  challenge,
  difficulty,
  kind = "SUBCONTRACTOR",
}: {
  challenge: string;
  difficulty: number;
  kind?: "SUBCONTRACTOR" | "MEMBER";
}) {
  const [done, setDone] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const pow = useProofOfWork({ challenge, difficulty });
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RegistrationFormInput, unknown, RegistrationInput>({
    mode: "onTouched",
    resolver: zodResolver(registrationSchema),
    defaultValues: {
      useVat: false,
      siret: "",
      vatNumber: "",
      name: "",
      regions: [],
      referentLastName: "",
      referentFirstName: "",
      referentEmail: "",
      referentEmailConfirmation: "",
      newPassword: "",
      passwordConfirmation: "",
      challenge,
      nonce: "pending",
    },
  });
  const useVat = watch("useVat");

  if (done && kind === "MEMBER") {
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">Votre demande d&apos;adhésion est enregistrée.</p>
        <p className="mt-1">
          Un administrateur de l&apos;UNPG va l&apos;examiner. Dès qu&apos;elle sera approuvée, vous recevrez par e-mail votre n°
          adhérent&#8239;: vous vous connecterez avec ce numéro (ou votre adresse e-mail) et le mot de passe choisi.
        </p>
        <Link href="/" className="mt-3 inline-block rounded-md bg-navy px-4 py-2 font-bold text-white">
          Retour à l&apos;accueil
        </Link>
      </div>
    );
  }
  if (done) {
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">Votre compte entreprise est créé.</p>
        <p className="mt-1">Un e-mail de confirmation vous a été envoyé. Connectez-vous avec votre adresse e-mail et votre mot de passe.</p>
        <Link href="/" className="mt-3 inline-block rounded-md bg-navy px-4 py-2 font-bold text-white">
          Je me connecte
        </Link>
      </div>
    );
  }

  const onSubmit = async (values: RegistrationInput) => {
    setFormError(null);
    const proof = await pow.proof();
    const register = kind === "MEMBER" ? registerMemberAction : registerSubcontractorAction;
    const res = await register({
      ...(values as unknown as RegistrationFormInput),
      siret: values.siret ?? undefined,
      vatNumber: values.vatNumber ?? undefined,
      ...proof,
    });
    if (res.ok) setDone(true);
    else {
      applyFieldErrors(setError, res.fieldErrors);
      setFormError(res.error);
      await pow.renew();
    }
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      <CompanyIdentityFields register={(name) => register(name)} errors={errors} useVat={useVat} setUseVat={(v) => setValue("useVat", v)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="referentLastName"
          label="Nom du référent *"
          hint="Exemple&#8239;: Dupont"
          error={errors.referentLastName?.message}
          {...register("referentLastName")}
        />
        <Field
          id="referentFirstName"
          label="Prénom du référent *"
          hint="Exemple&#8239;: Baptiste"
          error={errors.referentFirstName?.message}
          {...register("referentFirstName")}
        />
        <Field
          id="referentEmail"
          type="email"
          autoComplete="email"
          label="Adresse e-mail du référent *"
          hint="Elle sera l'identifiant de connexion de l'entreprise."
          error={errors.referentEmail?.message}
          {...register("referentEmail")}
        />
        <Field
          id="referentEmailConfirmation"
          type="email"
          autoComplete="off"
          label="Confirmation d'adresse e-mail du référent *"
          error={errors.referentEmailConfirmation?.message}
          {...register("referentEmailConfirmation")}
          onPaste={(e) => e.preventDefault()}
        />
        <NewPasswordField
          id="newPassword"
          label="Nouveau mot de passe *"
          password={watch("newPassword")}
          userInputs={[watch("referentEmail"), watch("referentFirstName"), watch("referentLastName"), watch("name")]}
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <Field
          id="passwordConfirmation"
          type="password"
          autoComplete="new-password"
          label="Confirmation du nouveau mot de passe *"
          error={errors.passwordConfirmation?.message}
          {...register("passwordConfirmation")}
        />
      </div>
      <ProofOfWorkStatus solved={pow.solved} />
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        {isSubmitting ? "Inscription…" : "Étape suivante"}
      </Button>
    </form>
  );
}
