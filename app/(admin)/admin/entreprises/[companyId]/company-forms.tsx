"use client";
// The administrator's forms on a company's page: suspend (with its reason) and change the
// referent. Each is checked field by field first, then confirmed in a dialog that says what
// will happen, then sent; the server's field errors come back next to the fields.
import { useRef, useState } from "react";
import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import {
  changeReferentSchema,
  suspendCompanySchema,
  type ChangeReferentInput,
  type SuspendCompanyInput,
} from "@/lib/companies/admin-company.schema";
import { changeReferentAction, suspendCompanyAction } from "@/lib/companies/actions";

/** Checked field by field, then confirmed in the dialog, then sent. */
function useConfirmedForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
  action: (values: T) => Promise<ActionResult<unknown>>,
) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [sending, setSending] = useState(false);
  const { form, error, setError, send } = useActionForm(schema, defaultValues, action, { resetOnSuccess: true });
  const ask = form.handleSubmit(() => {
    setError(null);
    dialog.current?.showModal();
  });
  const confirm = async () => {
    setSending(true);
    await send(form.getValues());
    setSending(false);
    dialog.current?.close();
  };
  return { form, dialog, error, sending, ask, confirm };
}

export function SuspendForm({ companyId, name }: { companyId: string; name: string }) {
  const { form, dialog, error, sending, ask, confirm } = useConfirmedForm<SuspendCompanyInput>(
    suspendCompanySchema,
    { companyId, reason: "" },
    suspendCompanyAction,
  );
  return (
    <form noValidate aria-label="Suspendre l'entreprise" onSubmit={ask} className="grid gap-2">
      <Field
        id="motif-suspension"
        label="Motif de la suspension *"
        hint="Gardé dans le journal d'audit&#8239;; il n'est pas envoyé à l'entreprise."
        maxLength={500}
        error={form.formState.errors.reason?.message}
        {...form.register("reason")}
      />
      <FormAlert message={error} />
      <Button type="submit" variant="secondary" className="justify-self-start">
        Suspendre l&apos;entreprise
      </Button>
      <ConfirmDialog id="confirmer-suspension" dialog={dialog} title={`Suspendre ${name}\u202f?`} pending={sending} onConfirm={confirm}>
        <p className="mt-2">
          Son compte entreprise ne pourra plus se connecter et ses sessions ouvertes prennent fin tout de suite. Ses salariés gardent leur
          compte personnel et leurs passeports. Le référent est informé par e-mail.
        </p>
      </ConfirmDialog>
    </form>
  );
}

export function ReferentForm({ companyId, name }: { companyId: string; name: string }) {
  const empty = { companyId, lastName: "", firstName: "", email: "", emailConfirmation: "" };
  const { form, dialog, error, sending, ask, confirm } = useConfirmedForm<ChangeReferentInput>(
    changeReferentSchema,
    empty,
    changeReferentAction,
  );
  const errors = form.formState.errors;
  return (
    <form noValidate aria-label="Changer le référent" onSubmit={ask} className="grid gap-3 sm:grid-cols-2">
      <Field
        id="referent-nom"
        label="Nom du nouveau référent *"
        autoComplete="off"
        error={errors.lastName?.message}
        {...form.register("lastName")}
      />
      <Field id="referent-prenom" label="Prénom *" autoComplete="off" error={errors.firstName?.message} {...form.register("firstName")} />
      <Field
        id="referent-email"
        type="email"
        label="Adresse e-mail *"
        autoComplete="off"
        error={errors.email?.message}
        {...form.register("email")}
      />
      <Field
        id="referent-email-2"
        type="email"
        label="Confirmation de l'adresse e-mail *"
        autoComplete="off"
        error={errors.emailConfirmation?.message}
        {...form.register("emailConfirmation")}
      />
      <div className="grid gap-2 sm:col-span-2">
        <FormAlert message={error} />
        <Button type="submit" variant="secondary" className="justify-self-start">
          Inviter le nouveau référent
        </Button>
      </div>
      <ConfirmDialog
        id="confirmer-referent"
        dialog={dialog}
        title={`Changer le référent de ${name}\u202f?`}
        pending={sending}
        onConfirm={confirm}
      >
        <p className="mt-2">
          Une invitation est envoyée à la nouvelle adresse. Quand elle est acceptée, cette adresse et le mot de passe choisi deviennent
          l&apos;identifiant du compte entreprise et l&apos;accès du référent actuel prend fin. Un passage de relais déjà en attente est
          annulé.
        </p>
      </ConfirmDialog>
    </form>
  );
}
