"use client";
// C3: "Avoir un accès distinct à mon compte utilisateur" — new credentials for the user
// account, then the seed's "DISTINGUER MES ESPACES" confirmation naming both logins.
import { useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { NewPasswordField } from "@/components/new-password-field";
import { Button } from "@/components/ui/button";
import { splitSchema, type SplitInput } from "@/lib/companies/space-link.schema";
import { splitSpacesAction } from "@/lib/companies/actions";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { FormAlert } from "@/components/ui/form-alert";

export function SplitSpaces({ companyHome, suggestedEmail }: { companyHome: string; suggestedEmail: string }) {
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<{ companyLogin: string; userLogin: string } | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<SplitInput>({
    mode: "onTouched",
    resolver: zodResolver(splitSchema),
    defaultValues: { email: suggestedEmail, newPassword: "", passwordConfirmation: "" },
  });

  const onSubmit = async (values: SplitInput) => {
    setFormError(null);
    const res = await splitSpacesAction(values);
    if (!res.ok) {
      applyFieldErrors(setError, res.fieldErrors);
      setFormError(res.error);
      return;
    }
    setDone(res.data);
    setTimeout(() => dialog.current?.showModal(), 0);
  };

  return (
    <section aria-labelledby="distinct" className="grid gap-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="distinct" className="text-lg font-bold">
        Espaces liés
      </h2>
      <p className="text-sm text-slate-700">
        Tu te connectes à ton compte utilisateur avec l&apos;identifiant du compte entreprise. Tu peux retrouver un accès distinct&#8239;:
        tu choisis alors un nouvel identifiant et un nouveau mot de passe pour ton compte utilisateur&#8239;; le compte entreprise garde les
        siens.
      </p>
      {!open && !done ? (
        <Button type="button" variant="secondary" className="justify-self-start" onClick={() => setOpen(true)}>
          Avoir un accès distinct à mon compte utilisateur
        </Button>
      ) : null}
      {open && !done ? (
        <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-4">
          <Field
            id="split-email"
            type="email"
            autoComplete="email"
            label="Adresse e-mail de ton compte utilisateur *"
            hint="Ton nouvel identifiant de connexion&#8239;: une adresse différente de celle du compte entreprise."
            error={errors.email?.message}
            {...register("email")}
          />
          <div className="grid gap-4 sm:grid-cols-2">
            <NewPasswordField
              id="split-password"
              label="Nouveau mot de passe *"
              password={watch("newPassword")}
              userInputs={[watch("email")]}
              error={errors.newPassword?.message}
              {...register("newPassword")}
            />
            <Field
              id="split-confirmation"
              type="password"
              autoComplete="new-password"
              label="Confirmation du nouveau mot de passe *"
              error={errors.passwordConfirmation?.message}
              {...register("passwordConfirmation")}
            />
          </div>
          <FormAlert message={formError} />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" disabled={isSubmitting}>
              Distinguer mes espaces
            </Button>
            <button type="button" onClick={() => setOpen(false)} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
              Annuler
            </button>
          </div>
        </form>
      ) : null}
      <dialog ref={dialog} aria-labelledby="distinguer-titre" className="m-auto max-w-lg rounded-lg p-5 backdrop:bg-black/50">
        <h2 id="distinguer-titre" className="font-black">
          DISTINGUER MES ESPACES
        </h2>
        {done ? (
          <div className="mt-3 grid gap-3">
            <p>Tu disposes désormais de deux accès distincts pour tes 2 comptes&#8239;:</p>
            <ol className="grid list-decimal gap-2 pl-5">
              <li>
                <strong>Le compte référent d&apos;entreprise</strong>
                <br />
                L&apos;identifiant de connexion est l&apos;adresse <strong>{done.companyLogin}</strong>.
                <br />
                Le mot de passe est resté le même.
              </li>
              <li>
                <strong>Le compte d&apos;intervenant</strong>
                <br />
                L&apos;identifiant de connexion est l&apos;adresse <strong>{done.userLogin}</strong>.
                <br />
                Le mot de passe est celui que tu viens de saisir.
              </li>
            </ol>
            <p className="text-sm">
              Si tu es formateur, tu conserves l&apos;accès à ton Espace Formateur directement depuis ton compte utilisateur.
            </p>
            {/* the current login is the company's: it now opens the company space only */}
            <Button type="button" className="justify-self-start" onClick={() => window.location.assign(companyHome)}>
              Ok
            </Button>
          </div>
        ) : null}
      </dialog>
    </section>
  );
}
