"use client";
// B4/B5: "INSCRIRE UN NOUVEAU SALARIÉ". The four questions choose the profile and roles;
// the SNBPE question links a SNBPE passport at creation only.
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { YesNoField } from "@/components/ui/yes-no";
import { employeeSchema, type EmployeeInput } from "@/lib/people/employee.schema";
import type { ActionResult } from "@/lib/safe-action";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

type Created = { uniqueId: string | null; profileName: string; snbpe: { validated: number; valid: boolean } | null };

export function EmployeeForm({ listPath, action }: { listPath: string; action: (input: EmployeeInput) => Promise<ActionResult<Created>> }) {
  const [created, setCreated] = useState<(Created & { name: string }) | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EmployeeInput>({
    mode: "onTouched",
    resolver: zodResolver(employeeSchema),
    defaultValues: {
      firstName: "",
      lastName: "",
      noEmail: false,
      email: "",
      isHauler: undefined,
      isTechnical: undefined,
      isTrainer: undefined,
      isController: undefined,
      hasSnbpe: undefined,
      snbpeObtainedAt: "",
    },
  });
  const {
    register,
    control,
    handleSubmit,
    watch,
    setValue,
    clearErrors,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = form;
  const noEmail = watch("noEmail");
  const hasSnbpe = watch("hasSnbpe");

  if (created) {
    return (
      <div role="status" className="grid gap-3 rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
        <p className="text-lg font-bold text-green-900">L&apos;utilisateur a bien été créé</p>
        <p>
          {created.name} — profil {created.profileName}.
        </p>
        {created.uniqueId ? (
          <p>
            Son identifiant de connexion (ID unique) est <strong className="font-mono text-lg">{created.uniqueId}</strong>. Ses identifiants
            et le lien pour choisir son mot de passe vous ont été envoyés par e-mail&#8239;: transmettez-les-lui.
          </p>
        ) : (
          <p>Un e-mail lui a été envoyé pour choisir son mot de passe&#8239;; vous en recevez une copie.</p>
        )}
        {created.snbpe ? (
          <p>
            {created.snbpe.valid
              ? `Passeport SNBPE lié\u202f: ${created.snbpe.validated} module(s) commun(s) validé(s).`
              : "Passeport SNBPE expiré\u202f: il est enregistré mais ne valide aucun module."}
          </p>
        ) : null}
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            className={buttonClass("secondary")}
            onClick={() => {
              reset();
              setCreated(null);
            }}
          >
            Inscrire un autre salarié
          </button>
          <Link href={listPath} className={buttonClass("ghost")}>
            Retour à la liste des salariés
          </Link>
        </div>
      </div>
    );
  }

  const onSubmit = async (values: EmployeeInput) => {
    setFormError(null);
    const res = await action(values);
    if (res.ok) {
      setCreated({ ...res.data, name: `${values.firstName} ${values.lastName.toUpperCase()}` });
      return;
    }
    applyFieldErrors(setError, res.fieldErrors);
    setFormError(res.error);
  };

  const question = (name: "isHauler" | "isTechnical" | "isTrainer" | "isController", legend: string) => (
    <YesNoField control={control} name={name} legend={legend} />
  );

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="firstName" label="Prénom *" autoComplete="off" error={errors.firstName?.message} {...register("firstName")} />
        <Field id="lastName" label="Nom *" autoComplete="off" error={errors.lastName?.message} {...register("lastName")} />
      </div>
      <div className="grid gap-2">
        {/* the manual's field and link (issue 15): the address, or « Pas d'adresse e-mail ? » for a unique ID */}
        {!noEmail ? (
          <Field
            id="email"
            type="email"
            label="Adresse e-mail de contact"
            autoComplete="off"
            error={errors.email?.message}
            {...register("email")}
          />
        ) : (
          <p role="status" className="text-sm text-slate-700">
            Un ID unique sera généré&#8239;; ses identifiants vous seront envoyés pour que vous les lui transmettiez.
          </p>
        )}
        <button
          type="button"
          onClick={() => {
            setValue("noEmail", !noEmail);
            clearErrors("email");
          }}
          className="min-h-11 justify-self-start font-semibold underline"
        >
          {noEmail ? "Saisir une adresse e-mail" : "Pas d'adresse e-mail\u202f?"}
        </button>
      </div>
      {question("isHauler", "Cet utilisateur est-il transporteur\u202f? *")}
      {question("isTechnical", "Cet utilisateur va-t-il intervenir techniquement sur nos installations\u202f? *")}
      <div className="grid gap-1">
        {question("isTrainer", "Cet utilisateur va-t-il mener des sessions de sensibilisation\u202f? *")}
        <p className="text-sm text-slate-700">
          «&#8239;Oui&#8239;» demande son habilitation formateur&#8239;: l&apos;espace formateur s&apos;ouvre quand un administrateur de
          l&apos;UNPG l&apos;approuve.
        </p>
      </div>
      {question("isController", "Cet utilisateur va-t-il mener des contrôles de passeports\u202f? *")}
      {/* seed 000 §4.2.1.a: the date, then « Lier le passeport SNBPE » or « Il ne possède pas de passeport SNBPE » */}
      <fieldset className="grid gap-2" aria-describedby={errors.hasSnbpe ? "hasSnbpe-error" : "snbpe-note"}>
        <legend className="font-semibold">Ce salarié possède-t-il un passeport sécurité SNBPE&#8239;? *</legend>
        <p id="snbpe-note" className="text-sm text-slate-700">
          Si oui, merci de renseigner la date d&apos;obtention de son passeport (format JJ/MM/AAAA). Les modules communs avec le SNBPE
          seront validés si ce passeport est encore valable.
        </p>
        <div className="max-w-xs">
          <Field
            id="snbpeObtainedAt"
            label="Date d'obtention du passeport SNBPE"
            placeholder="JJ/MM/AAAA"
            inputMode="numeric"
            error={hasSnbpe ? errors.snbpeObtainedAt?.message : undefined}
            {...register("snbpeObtainedAt")}
          />
        </div>
        <div className="flex flex-wrap gap-2">
          {(
            [
              [true, "Lier le passeport SNBPE"],
              [false, "Il ne possède pas de passeport SNBPE"],
            ] as const
          ).map(([value, label]) => (
            <button
              key={label}
              type="button"
              aria-pressed={hasSnbpe === value}
              onClick={() => {
                setValue("hasSnbpe", value, { shouldValidate: true });
                if (!value) clearErrors("snbpeObtainedAt");
              }}
              className={`min-h-11 rounded-md border-2 border-navy px-4 font-bold ${hasSnbpe === value ? "bg-navy text-white" : "bg-white text-navy"}`}
            >
              {hasSnbpe === value ? "✓ " : ""}
              {label}
            </button>
          ))}
        </div>
        {errors.hasSnbpe ? (
          <p id="hasSnbpe-error" role="alert" className="text-sm font-medium text-red-700">
            {errors.hasSnbpe.message}
          </p>
        ) : null}
      </fieldset>
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          {isSubmitting ? "Inscription…" : "Inscrire"}
        </Button>
        <Link href={listPath} className={buttonClass("ghost")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
