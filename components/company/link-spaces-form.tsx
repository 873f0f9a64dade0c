"use client";
// C1 "Lier ce compte entreprise à mon compte utilisateur": the referent proves they hold
// their user account (its identifier and password), or creates it here.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { YesNoField } from "@/components/ui/yes-no";
import { linkExistingSchema, linkNewSchema, type LinkExistingInput, type LinkNewInput } from "@/lib/companies/space-link.schema";
import { linkExistingAccountAction, linkNewAccountAction } from "@/lib/companies/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

export function LinkSpacesForm({ referent }: { referent: { firstName: string; lastName: string } }) {
  const [mode, setMode] = useState<"existing" | "new">("existing");
  const [linked, setLinked] = useState<string | null>(null);

  if (linked) {
    // the page re-renders as linked (revalidated by the action); until then, say so
    return (
      <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
        Liaison de {linked} enregistrée…
      </p>
    );
  }

  return (
    <div className="grid gap-4">
      <fieldset className="grid gap-2">
        <legend className="font-semibold">Votre compte utilisateur</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="mode" checked={mode === "existing"} onChange={() => setMode("existing")} className="size-5" />
          J&apos;ai déjà un compte utilisateur sur le Passeport Sécurité
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" name="mode" checked={mode === "new"} onChange={() => setMode("new")} className="size-5" />
          Je n&apos;ai pas encore de compte utilisateur&#8239;: le créer maintenant
        </label>
      </fieldset>
      {mode === "existing" ? <ExistingForm onLinked={setLinked} /> : <NewForm referent={referent} onLinked={setLinked} />}
    </div>
  );
}

function ExistingForm({ onLinked }: { onLinked: (name: string) => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<LinkExistingInput>({
    mode: "onTouched",
    resolver: zodResolver(linkExistingSchema),
    defaultValues: { identifier: "", password: "" },
  });
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await linkExistingAccountAction(values);
        if (res.ok) return onLinked(res.data.name);
        applyFieldErrors(setError, res.fieldErrors);
        setFormError(res.error);
      })}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm"
    >
      <p className="text-sm text-slate-700">
        Saisissez les identifiants de votre compte utilisateur&#8239;: ils prouvent qu&apos;il est bien le vôtre. Après la liaison, ils ne
        serviront plus&#8239;; vous vous connecterez avec ceux du compte entreprise.
      </p>
      <Field
        id="link-identifier"
        label="Identifiant du compte utilisateur (e-mail ou ID unique) *"
        autoComplete="username"
        error={errors.identifier?.message}
        {...register("identifier")}
      />
      <Field
        id="link-password"
        type="password"
        label="Mot de passe du compte utilisateur *"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Lier mes espaces
      </Button>
    </form>
  );
}

function NewForm({ referent, onLinked }: { referent: { firstName: string; lastName: string }; onLinked: (name: string) => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LinkNewInput>({
    mode: "onTouched",
    resolver: zodResolver(linkNewSchema),
    defaultValues: { firstName: referent.firstName, lastName: referent.lastName, isHauler: undefined, isTechnical: undefined },
  });
  const question = (name: "isHauler" | "isTechnical", legend: string) => <YesNoField control={control} name={name} legend={legend} />;
  return (
    <form
      noValidate
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await linkNewAccountAction(values);
        if (res.ok) return onLinked(res.data.name);
        setFormError(res.error);
      })}
      className="grid gap-4 rounded-lg bg-white p-5 shadow-sm"
    >
      <p className="text-sm text-slate-700">
        Votre compte utilisateur est créé dans l&apos;entreprise et lié au compte entreprise&#8239;: vous suivrez votre sensibilisation avec
        les identifiants du compte entreprise.
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="link-lastName" label="Nom *" error={errors.lastName?.message} {...register("lastName")} />
        <Field id="link-firstName" label="Prénom *" error={errors.firstName?.message} {...register("firstName")} />
      </div>
      {question("isHauler", "Êtes-vous transporteur\u202f? *")}
      {question("isTechnical", "Allez-vous intervenir techniquement sur nos installations ou engins\u202f? *")}
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Créer mon compte et lier mes espaces
      </Button>
    </form>
  );
}
