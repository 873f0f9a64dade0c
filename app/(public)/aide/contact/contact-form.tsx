"use client";
// The contact form. A logged-in visitor's identity comes from the account (shown, not typed);
// an anonymous visitor types a name and an e-mail, and the proof of work is solved in the
// background while they write (and again after a refusal: a challenge serves once).
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { ProofOfWorkStatus, useProofOfWork } from "@/components/antibot/proof-of-work";
import { supportRequestSchema, type SupportRequestInput } from "@/lib/help/support.schema";
import { sendSupportRequestAction } from "@/lib/help/actions";

type Identity = { name: string; email: string | null };
type Challenge = { challenge: string; difficulty: number };

export function ContactForm({ identity, antibot }: { identity: Identity | null; antibot: Challenge | null }) {
  const [sent, setSent] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  // the hook runs in every case (hooks' rules); a logged-in visitor's work is a trivial one
  const pow = useProofOfWork(antibot ?? { challenge: "", difficulty: 0 });
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<z.input<typeof supportRequestSchema>, unknown, SupportRequestInput>({
    mode: "onTouched",
    resolver: zodResolver(supportRequestSchema),
    defaultValues: { subject: "", message: "", name: "", email: "", challenge: "", nonce: "" },
  });

  if (sent) {
    return (
      <div role="status" className="rounded-lg border-l-4 border-green-700 bg-green-50 p-5 font-semibold text-green-900">
        Votre demande est envoyée. Un administrateur vous répondra par e-mail
        {identity?.email ? ` (${identity.email})` : ""}.
      </div>
    );
  }

  const onSubmit = async (values: SupportRequestInput) => {
    setFormError(null);
    const proof = antibot ? await pow.proof() : { challenge: "", nonce: "" };
    const res = await sendSupportRequestAction({ ...values, ...proof });
    if (res.ok) {
      setSent(true);
      return;
    }
    applyFieldErrors(setError, res.fieldErrors);
    setFormError(res.error);
    if (antibot) await pow.renew();
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="grid gap-4 rounded-lg bg-white p-5 shadow-sm">
      <p className="text-sm text-slate-700">Tous les champs marqués d&apos;un * sont obligatoires.</p>
      {identity ? (
        <div className="rounded bg-slate-100 p-3 text-sm">
          <p>
            Vous écrivez en tant que <strong>{identity.name}</strong>
            {identity.email ? (
              <>
                {" "}
                (<span>{identity.email}</span>)
              </>
            ) : null}
            .
          </p>
        </div>
      ) : null}
      {!identity ? <Field id="name" label="Votre nom *" autoComplete="name" error={errors.name?.message} {...register("name")} /> : null}
      {!identity || !identity.email ? (
        <Field
          id="email"
          type="email"
          label="Adresse e-mail pour la réponse *"
          autoComplete="email"
          error={errors.email?.message}
          {...register("email")}
        />
      ) : null}
      <Field id="subject" label="Objet *" maxLength={150} error={errors.subject?.message} {...register("subject")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="message" className="text-sm font-semibold">
          Message *
        </label>
        <textarea
          id="message"
          rows={7}
          maxLength={5000}
          aria-invalid={errors.message ? true : undefined}
          aria-describedby={errors.message ? "message-error" : undefined}
          className={`rounded-md border bg-white px-3 py-2 text-base ${errors.message ? "border-red-700" : "border-slate-400"}`}
          {...register("message")}
        />
        {errors.message ? (
          <p id="message-error" role="alert" className="text-sm font-medium text-red-700">
            {errors.message.message}
          </p>
        ) : null}
      </div>
      {antibot ? <ProofOfWorkStatus solved={pow.solved} /> : null}
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting} className="justify-self-start">
        Envoyer ma demande
      </Button>
    </form>
  );
}
