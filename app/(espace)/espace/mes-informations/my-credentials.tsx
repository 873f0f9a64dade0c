"use client";
// Issue 17, item 4: "Identifiants de connexion" in MES INFORMATIONS. A new password or a new
// e-mail, always with the current password; the new e-mail waits for the link sent to it,
// and a new password ends every session (this one too): the person logs in again.
import { useMemo, useState } from "react";
import { signOut } from "next-auth/react";
import { forgetOfflinePages } from "@/lib/offline/keep-offline";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { NewPasswordField } from "@/components/new-password-field";
import { applyFieldErrors } from "@/components/ui/field-errors";
import {
  changePasswordSchemaWith,
  emailChangeSchema,
  type ChangePasswordInput,
  type EmailChangeFormInput,
  type EmailChangeInput,
} from "@/lib/auth/credential-change.schema";
import { changeOwnPasswordAction, requestOwnEmailChangeAction } from "@/lib/auth/actions";
import { FormAlert } from "@/components/ui/form-alert";

function PasswordChange({ personalWords, onClose }: { personalWords: string[]; onClose: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const schema = useMemo(() => changePasswordSchemaWith(personalWords), [personalWords]);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<ChangePasswordInput>({
    mode: "onTouched",
    resolver: zodResolver(schema),
    defaultValues: { currentPassword: "", newPassword: "", passwordConfirmation: "" },
  });
  return (
    <form
      noValidate
      aria-labelledby="changer-mot-de-passe"
      className="grid gap-4"
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await changeOwnPasswordAction(values);
        if (!res.ok) {
          applyFieldErrors(setError, res.fieldErrors);
          setFormError(res.error);
          return;
        }
        await forgetOfflinePages();
        await signOut({ callbackUrl: "/?connexion=mot-de-passe-change" });
      })}
    >
      <h3 id="changer-mot-de-passe" className="font-bold">
        Changer mon mot de passe
      </h3>
      <Field
        id="own-current-password"
        type="password"
        autoComplete="current-password"
        label="Mot de passe actuel *"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <NewPasswordField
        id="own-new-password"
        label="Nouveau mot de passe *"
        password={watch("newPassword")}
        userInputs={personalWords}
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <Field
        id="own-password-confirmation"
        type="password"
        autoComplete="new-password"
        label="Confirmation du nouveau mot de passe *"
        error={errors.passwordConfirmation?.message}
        {...register("passwordConfirmation")}
      />
      <p className="text-sm text-slate-700">Toutes tes sessions seront fermées&#8239;: tu te reconnecteras avec le nouveau mot de passe.</p>
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          Changer mon mot de passe
        </Button>
        <button type="button" onClick={onClose} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
          Annuler
        </button>
      </div>
    </form>
  );
}

function EmailChange({ onDone, onClose }: { onDone: (email: string) => void; onClose: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<EmailChangeFormInput, unknown, EmailChangeInput>({
    mode: "onTouched",
    resolver: zodResolver(emailChangeSchema),
    defaultValues: { currentPassword: "", email: "", emailConfirmation: "" },
  });
  return (
    <form
      noValidate
      aria-labelledby="changer-adresse"
      className="grid gap-4"
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await requestOwnEmailChangeAction(values);
        if (!res.ok) {
          applyFieldErrors(setError, res.fieldErrors);
          setFormError(res.error);
          return;
        }
        onDone(res.data.pendingEmail);
      })}
    >
      <h3 id="changer-adresse" className="font-bold">
        Changer mon adresse e-mail
      </h3>
      <Field
        id="own-email"
        type="email"
        autoComplete="email"
        label="Nouvelle adresse e-mail *"
        hint="Elle deviendra ton identifiant de connexion quand tu ouvriras le lien que nous allons lui envoyer."
        error={errors.email?.message}
        {...register("email")}
      />
      <Field
        id="own-email-confirmation"
        type="email"
        autoComplete="off"
        label="Confirmation de la nouvelle adresse e-mail *"
        error={errors.emailConfirmation?.message}
        {...register("emailConfirmation")}
      />
      <Field
        id="own-email-current-password"
        type="password"
        autoComplete="current-password"
        label="Mot de passe actuel *"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <FormAlert message={formError} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          Envoyer le lien de confirmation
        </Button>
        <button type="button" onClick={onClose} className="min-h-11 rounded-md border-2 border-navy px-4 font-bold">
          Annuler
        </button>
      </div>
    </form>
  );
}

export function MyCredentials({
  login,
  linked,
  pendingEmail,
  personalWords,
}: {
  login: string;
  linked: boolean;
  pendingEmail: string | null;
  personalWords: string[];
}) {
  const [open, setOpen] = useState<"password" | "email" | null>(null);
  const [pending, setPending] = useState(pendingEmail);
  return (
    <section aria-labelledby="identifiants" className="grid gap-3 rounded-lg bg-white p-5 shadow-sm">
      <h2 id="identifiants" className="text-lg font-bold">
        Identifiants de connexion
      </h2>
      {linked ? (
        <p className="text-sm text-slate-700">
          Tu te connectes avec le compte entreprise (espaces liés)&#8239;: son adresse et son mot de passe se changent dans
          «&#8239;INFORMATIONS DE L&apos;ENTREPRISE&#8239;».
        </p>
      ) : (
        <>
          <p className="text-sm text-slate-700">
            Identifiant actuel&#8239;: <strong>{login}</strong>. Ton mot de passe actuel te sera demandé pour tout changement.
          </p>
          {pending ? (
            <p role="status" className="rounded bg-amber-50 p-3 text-sm">
              Nouvelle adresse en attente de confirmation&#8239;: <strong>{pending}</strong>. Ouvre le lien qui lui a été envoyé pour
              qu&apos;elle devienne ton identifiant.
            </p>
          ) : null}
          {open === null ? (
            <div className="flex flex-wrap gap-2">
              <Button type="button" variant="secondary" onClick={() => setOpen("password")}>
                Changer mon mot de passe
              </Button>
              <Button type="button" variant="secondary" onClick={() => setOpen("email")}>
                Changer mon adresse e-mail
              </Button>
            </div>
          ) : open === "password" ? (
            <PasswordChange personalWords={personalWords} onClose={() => setOpen(null)} />
          ) : (
            <EmailChange
              onClose={() => setOpen(null)}
              onDone={(email) => {
                setPending(email);
                setOpen(null);
              }}
            />
          )}
        </>
      )}
    </section>
  );
}
