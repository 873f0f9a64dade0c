"use client";
// The administrator's two forms on a support request: its status, and the answer e-mailed to
// its author through the outbox (which marks it "traitée").
import { useState } from "react";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { SUPPORT_STATUS_LABELS, SUPPORT_STATUSES, supportAnswerSchema, supportStatusSchema } from "@/lib/help/support.schema";
import { answerSupportRequestAction, setSupportStatusAction } from "@/lib/help/actions";
import type { z } from "zod";

export function StatusForm({ id, status }: { id: string; status: (typeof SUPPORT_STATUSES)[number] }) {
  const { form, error, send } = useActionForm<z.infer<typeof supportStatusSchema>>(
    supportStatusSchema,
    { id, status },
    setSupportStatusAction,
  );
  return (
    <form
      noValidate
      aria-label="État de la demande"
      onSubmit={form.handleSubmit(send)}
      className="flex flex-wrap items-end gap-2 rounded-lg bg-white p-4 shadow-sm"
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="statut" className="text-sm font-semibold">
          État
        </label>
        <select id="statut" className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2" {...form.register("status")}>
          {SUPPORT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {SUPPORT_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
        Changer l&apos;état
      </Button>
      <FormAlert message={error} />
    </form>
  );
}

export function AnswerForm({ id, email, again }: { id: string; email: string; again: boolean }) {
  const [sent, setSent] = useState(false);
  const { form, error, send } = useActionForm<z.infer<typeof supportAnswerSchema>>(
    supportAnswerSchema,
    { id, answer: "" },
    answerSupportRequestAction,
    {
      resetOnSuccess: true,
    },
  );
  const err = form.formState.errors.answer?.message;
  return (
    <form
      noValidate
      aria-label="Répondre"
      onSubmit={form.handleSubmit(async (v) => setSent(await send(v)))}
      className="grid gap-2 rounded-lg bg-white p-4 shadow-sm"
    >
      <label htmlFor="reponse" className="font-bold">
        {again ? "Envoyer une autre réponse" : "Répondre"}{" "}
        <span className="font-normal text-slate-600">(envoyée par e-mail à {email})</span>
      </label>
      <textarea
        id="reponse"
        rows={7}
        aria-invalid={err ? true : undefined}
        aria-describedby={err ? "reponse-error" : undefined}
        className={`rounded-md border bg-white px-3 py-2 text-base ${err ? "border-red-700" : "border-slate-400"}`}
        {...form.register("answer")}
      />
      {err ? (
        <p id="reponse-error" role="alert" className="text-sm font-medium text-red-700">
          {err}
        </p>
      ) : null}
      <FormAlert message={error} />
      {sent ? (
        <p role="status" className="text-sm font-semibold text-green-800">
          Réponse envoyée&#8239;: la demande est traitée.
        </p>
      ) : null}
      <Button type="submit" disabled={form.formState.isSubmitting} className="justify-self-start">
        Envoyer la réponse
      </Button>
    </form>
  );
}
