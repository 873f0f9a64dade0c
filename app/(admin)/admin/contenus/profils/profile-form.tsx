"use client";
// A profile's name, description and passport validity: created (then its page opens) or edited.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { MAX_VALIDITY_MONTHS, profileFieldsSchema, type ProfileFieldsInput } from "@/lib/content/profile.schema";
import { createProfileAction, updateProfileAction } from "@/lib/content/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";

export function ProfileForm({ profileId, defaultValues }: { profileId?: string; defaultValues: ProfileFieldsInput }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    formState: { errors, isSubmitting },
  } = useForm<ProfileFieldsInput>({ mode: "onTouched", resolver: zodResolver(profileFieldsSchema), defaultValues });

  const onSubmit = handleSubmit(async (values) => {
    setError(null);
    setSaved(false);
    const res = profileId ? await updateProfileAction({ profileId, ...values }) : await createProfileAction(values);
    if (!res.ok) {
      applyFieldErrors(setFieldError, res.fieldErrors);
      setError(res.error);
      return;
    }
    if (!profileId && "id" in res.data) router.push(`/admin/contenus/profils/${res.data.id}`);
    else {
      setSaved(true);
      router.refresh();
    }
  });

  const descriptionError = errors.description?.message;
  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label={profileId ? "Informations du profil" : "Nouveau profil"}
      className="grid max-w-xl gap-4"
    >
      <Field id="profil-nom" label="Nom du profil *" autoComplete="off" error={errors.name?.message} {...register("name")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="profil-description" className="text-sm font-semibold">
          Description
        </label>
        <textarea
          id="profil-description"
          rows={3}
          aria-invalid={descriptionError ? true : undefined}
          aria-describedby={descriptionError ? "profil-description-error" : "profil-description-hint"}
          className={`rounded-md border bg-white px-3 py-2 ${descriptionError ? "border-red-700" : "border-slate-400"}`}
          {...register("description")}
        />
        <p id="profil-description-hint" className="text-xs text-slate-600">
          Montrée au formateur quand il choisit le profil d&apos;une sensibilisation.
        </p>
        {descriptionError ? (
          <p id="profil-description-error" role="alert" className="text-sm font-medium text-red-700">
            {descriptionError}
          </p>
        ) : null}
      </div>
      <Field
        id="profil-validite"
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_VALIDITY_MONTHS}
        label="Validité du passeport (en mois) *"
        hint="Pour les passeports délivrés à partir de maintenant&#8239;; ceux déjà délivrés gardent leur date de fin."
        error={errors.validityMonths?.message}
        {...register("validityMonths", { valueAsNumber: true })}
      />
      <FormAlert message={error} />
      {saved ? (
        <p role="status" className="rounded bg-green-50 p-3 text-sm font-semibold text-green-900">
          Profil enregistré.
        </p>
      ) : null}
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        {profileId ? "Enregistrer" : "Créer le profil"}
      </Button>
    </form>
  );
}
