"use client";
// B2: "INFORMATIONS DE L'ENTREPRISE". Changing the login's e-mail or password asks for the
// current password (issue 17, item 4); a new e-mail waits for the link sent to it; a new
// password ends every session: the referent logs in again with it.
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/new-password-field";
import { Button } from "@/components/ui/button";
import { companyInfoSchema, type CompanyInfoFormInput, type CompanyInfoInput } from "@/lib/companies/company.schema";
import { CompanyIdentityFields } from "@/components/company/company-identity-fields";
import { updateCompanyInfoAction } from "@/lib/companies/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";

export function CompanyInfoForm({ defaults, pendingEmail }: { defaults: CompanyInfoFormInput; pendingEmail: string | null }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, setPending] = useState(pendingEmail);
  const {
    register,
    handleSubmit,
    watch,
    setValue,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<CompanyInfoFormInput, unknown, CompanyInfoInput>({
    mode: "onTouched",
    resolver: zodResolver(companyInfoSchema),
    defaultValues: defaults,
  });
  const useVat = watch("useVat");

  const onSubmit = async (values: CompanyInfoInput) => {
    setMessage(null);
    if (values.referentEmail !== defaults.referentEmail && !values.currentPassword) {
      setError("currentPassword", { message: "Saisissez votre mot de passe actuel pour changer l'adresse e-mail de connexion." });
      return;
    }
    const res = await updateCompanyInfoAction({
      ...values,
      siret: values.siret ?? undefined,
      vatNumber: values.vatNumber ?? undefined,
    } as CompanyInfoFormInput);
    if (!res.ok) {
      applyFieldErrors(setError, res.fieldErrors);
      setMessage({ ok: false, text: res.error });
      return;
    }
    if (res.data.passwordChanged) {
      await signOut({ callbackUrl: "/?connexion=mot-de-passe-change" });
      return;
    }
    setValue("currentPassword", "");
    if (res.data.pendingEmail) {
      // the login keeps its address until the link is opened
      setValue("referentEmail", defaults.referentEmail);
      setPending(res.data.pendingEmail);
      setMessage({
        ok: true,
        text: `Les informations de l'entreprise ont été enregistrées. Un lien de confirmation a été envoyé à ${res.data.pendingEmail}\u202f: l'adresse de connexion ne changera qu'à l'ouverture de ce lien.`,
      });
      return;
    }
    setMessage({ ok: true, text: "Les informations de l'entreprise ont été enregistrées." });
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      <CompanyIdentityFields register={(name) => register(name)} errors={errors} useVat={useVat} setUseVat={(v) => setValue("useVat", v)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="referentLastName" label="Nom du référent *" error={errors.referentLastName?.message} {...register("referentLastName")} />
        <Field
          id="referentFirstName"
          label="Prénom du référent *"
          error={errors.referentFirstName?.message}
          {...register("referentFirstName")}
        />
      </div>
      <Field
        id="referentEmail"
        type="email"
        label="Adresse e-mail du référent *"
        hint="Cette adresse est l'identifiant de connexion de l'entreprise&#8239;: vérifiez-la avec soin."
        error={errors.referentEmail?.message}
        {...register("referentEmail")}
      />
      {pending ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm">
          Nouvelle adresse en attente de confirmation&#8239;: <strong>{pending}</strong>. Elle deviendra l&apos;identifiant de connexion
          quand le lien qui lui a été envoyé sera ouvert.
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <NewPasswordField
          id="newPassword"
          label="Nouveau mot de passe"
          optional
          password={watch("newPassword") ?? ""}
          userInputs={[watch("referentEmail"), watch("referentFirstName"), watch("referentLastName"), watch("name")]}
          error={errors.newPassword?.message}
          {...register("newPassword")}
        />
        <Field
          id="passwordConfirmation"
          type="password"
          autoComplete="new-password"
          label="Confirmation du nouveau mot de passe"
          error={errors.passwordConfirmation?.message}
          {...register("passwordConfirmation")}
        />
      </div>
      <Field
        id="currentPassword"
        type="password"
        autoComplete="current-password"
        label="Mot de passe actuel"
        hint="Demandé pour changer l'adresse e-mail de connexion ou le mot de passe."
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded p-3 font-semibold ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      ) : null}
      {/* the manual's two buttons: Annuler puts back what is saved */}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          Enregistrer
        </Button>
        <button
          type="button"
          onClick={() => {
            reset(defaults);
            setMessage(null);
          }}
          className="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
        >
          Annuler
        </button>
      </div>
    </form>
  );
}
