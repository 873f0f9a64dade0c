"use client";
// A4: "Je m'inscris au Passeport Sécurité". The worker picks a registered company in the
// list; the two questions choose the profile. The anti-robot proof of work is solved in the
// background while they type, and solved again on a new challenge after a refusal (the
// server uses a challenge up even when it then refuses the registration).
import { useCallback, useState } from "react";
import Link from "next/link";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { YesNoField } from "@/components/ui/yes-no";
import { CompanyCombobox } from "@/components/company/company-combobox";
import { selfRegistrationSchema, type SelfRegistrationFormInput, type SelfRegistrationInput } from "@/lib/people/self-registration.schema";
import { ProofOfWorkStatus, useProofOfWork } from "@/components/antibot/proof-of-work";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { searchRegisteredCompaniesAction } from "@/lib/companies/actions";
import { selfRegisterAction } from "@/lib/people/actions";
import { FormAlert } from "@/components/ui/form-alert";

export function SelfRegistrationForm({ challenge, difficulty }: { challenge: string; difficulty: number }) {
  const [registeredEmail, setRegisteredEmail] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [companyName, setCompanyName] = useState("");
  // a refused search (too many from this address) says why next to the field
  const [searchError, setSearchError] = useState<string | null>(null);
  const searchCompanies = useCallback(async (q: string) => {
    const res = await searchRegisteredCompaniesAction({ q });
    setSearchError(res.ok ? null : res.error);
    return res.ok ? res.data : [];
  }, []);
  const pow = useProofOfWork({ challenge, difficulty });
  const {
    register,
    control,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SelfRegistrationFormInput, unknown, SelfRegistrationInput>({
    mode: "onTouched",
    resolver: zodResolver(selfRegistrationSchema),
    defaultValues: {
      firstName: "",
      lastName: "",
      email: "",
      emailConfirmation: "",
      companyId: "",
      isHauler: undefined,
      isTechnical: undefined,
      challenge,
      nonce: "pending",
    },
  });

  if (registeredEmail) {
    return (
      <div role="status" className="grid gap-2 rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">
          Votre compte est créé. Un e-mail vous a été envoyé à <strong>{registeredEmail}</strong> pour choisir votre mot de passe.
        </p>
        <p>Le lien est valable 72 heures. Vous ne le trouvez pas&#8239;? Pensez à vérifier vos spams.</p>
        <Link href="/" className={`${buttonClass("secondary")} justify-self-start`}>
          Retour à l&apos;accueil
        </Link>
      </div>
    );
  }

  const onSubmit = async (values: SelfRegistrationInput) => {
    setFormError(null);
    const res = await selfRegisterAction({ ...values, ...(await pow.proof()) });
    if (res.ok) {
      setRegisteredEmail(values.email);
      return;
    }
    applyFieldErrors(setError, res.fieldErrors);
    setFormError(res.error);
    await pow.renew();
  };

  const question = (name: "isHauler" | "isTechnical", legend: string) => <YesNoField control={control} name={name} legend={legend} />;

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          id="firstName"
          label="Prénom *"
          autoComplete="given-name"
          hint="Exemple&#8239;: Baptiste"
          error={errors.firstName?.message}
          {...register("firstName")}
        />
        <Field
          id="lastName"
          label="Nom *"
          autoComplete="family-name"
          hint="Exemple&#8239;: Dupont"
          error={errors.lastName?.message}
          {...register("lastName")}
        />
        <Field
          id="email"
          type="email"
          autoComplete="email"
          label="Adresse e-mail *"
          hint="Elle sera votre identifiant de connexion. Une adresse personnelle sera visible par votre entreprise et par les administrateurs de la plateforme."
          error={errors.email?.message}
          {...register("email")}
        />
        <Field
          id="emailConfirmation"
          type="email"
          autoComplete="off"
          label="Confirmation de l'adresse e-mail *"
          error={errors.emailConfirmation?.message}
          {...register("emailConfirmation")}
          onPaste={(e) => e.preventDefault()}
        />
      </div>
      <div className="grid gap-1">
        <Controller
          control={control}
          name="companyId"
          render={({ field, fieldState }) => (
            <CompanyCombobox
              id="company"
              label="Entreprise *"
              name={companyName}
              companyId={field.value}
              onChange={(v) => {
                setCompanyName(v.name);
                field.onChange(v.companyId);
              }}
              onBlur={field.onBlur}
              search={searchCompanies}
              error={fieldState.error?.message ?? searchError ?? undefined}
              allowUnknown={false}
              minChars={3}
            />
          )}
        />
        <p className="text-xs text-slate-600">
          Saisissez au moins 3 caractères du nom, ou les premiers chiffres du SIRET. Seules les entreprises inscrites sur la plateforme sont
          proposées.
        </p>
      </div>
      {question("isHauler", "Êtes-vous transporteur\u202f? *")}
      {question("isTechnical", "Allez-vous intervenir techniquement sur nos installations ou engins\u202f? *")}
      <ProofOfWorkStatus solved={pow.solved} />
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Inscription…" : "Je m'inscris"}
        </Button>
        <Link href="/" className={buttonClass("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
