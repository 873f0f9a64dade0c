"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { MESSAGE_ROLES, messageSchema, type MessageInput } from "@/lib/messages/message.schema";
import { createTargetedMessageAction, previewMessageAction } from "@/lib/messages/actions";
import { MARKDOWN } from "@/components/notifications/markdown-style";

type Option = { value: string; label: string };

function Checkboxes({
  legend,
  name,
  options,
  register,
}: {
  legend: string;
  name: keyof MessageInput;
  options: Option[];
  register: ReturnType<typeof useForm<MessageInput>>["register"];
}) {
  return (
    <fieldset className="grid gap-1">
      <legend className="font-semibold">{legend}</legend>
      <div className="grid gap-x-4 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input type="checkbox" value={o.value} {...register(name)} className="size-5 shrink-0" /> {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function MessageForm({ regions, profiles }: { regions: Option[]; profiles: Option[] }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ recipients: number; html: string } | null>(null);
  const form = useForm<MessageInput>({
    mode: "onTouched",
    resolver: zodResolver(messageSchema),
    defaultValues: { title: "", body: "", roles: [], companyKinds: [], regions: [], profileIds: [], scheduledFor: "" },
  });
  const { register, handleSubmit, formState } = form;

  const onPreview = handleSubmit(async (values) => {
    setError(null);
    const res = await previewMessageAction(values);
    if (res.ok) setPreview(res.data);
    else {
      applyFieldErrors(form.setError, res.fieldErrors);
      setError(res.error);
    }
  });
  const onSend = handleSubmit(async (values) => {
    setError(null);
    const res = await createTargetedMessageAction(values);
    if (res.ok) router.push("/admin/messages");
    else {
      applyFieldErrors(form.setError, res.fieldErrors);
      setError(res.error);
    }
  });

  return (
    <form onSubmit={onSend} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <Field id="message-titre" label="Titre" error={formState.errors.title?.message} {...register("title")} />
      <div className="flex flex-col gap-1">
        <label htmlFor="message-corps" className="text-sm font-semibold">
          Message (Markdown&#8239;: **gras**, *italique*, listes, [liens](https://…))
        </label>
        <textarea
          id="message-corps"
          rows={8}
          aria-invalid={formState.errors.body ? true : undefined}
          aria-describedby={formState.errors.body ? "message-corps-error" : undefined}
          className="rounded-md border border-slate-400 px-3 py-2 text-base"
          {...register("body")}
        />
        {formState.errors.body ? (
          <p id="message-corps-error" role="alert" className="text-sm font-medium text-red-700">
            {formState.errors.body.message}
          </p>
        ) : null}
      </div>
      <Checkboxes
        legend="Rôles (aucun coché&#8239;: tous)"
        name="roles"
        register={register}
        options={Object.entries(MESSAGE_ROLES).map(([value, label]) => ({ value, label }))}
      />
      <Checkboxes
        legend="Type d'entreprise (aucun coché&#8239;: les deux)"
        name="companyKinds"
        register={register}
        options={[
          { value: "SUBCONTRACTOR", label: "Entreprises sous-traitantes" },
          { value: "MEMBER", label: "Entreprises adhérentes" },
        ]}
      />
      <details>
        <summary className="min-h-11 cursor-pointer content-center font-semibold">Régions (aucune cochée&#8239;: toutes)</summary>
        <Checkboxes legend="Régions d'intervention de l'entreprise" name="regions" register={register} options={regions} />
      </details>
      <Checkboxes
        legend="Profils des salariés (aucun coché&#8239;: tous&#8239;; un profil coché écarte les comptes entreprise)"
        name="profileIds"
        register={register}
        options={profiles}
      />
      <Field
        id="message-date"
        type="datetime-local"
        label="Envoi programmé (heure de Paris&#8239;; vide&#8239;: tout de suite)"
        error={formState.errors.scheduledFor?.message}
        {...register("scheduledFor")}
      />
      {preview ? (
        <section aria-labelledby="apercu" className="grid gap-2 rounded-md border-2 border-navy p-4">
          <h2 id="apercu" className="font-bold" role="status">
            {preview.recipients === 0
              ? "Ce ciblage n'atteint personne."
              : `${preview.recipients} destinataire${preview.recipients > 1 ? "s" : ""}`}
          </h2>
          <div className={`grid gap-2 ${MARKDOWN}`} dangerouslySetInnerHTML={{ __html: preview.html }} />
        </section>
      ) : null}
      {error ? (
        <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onPreview} disabled={formState.isSubmitting} className={buttonClass("secondary")}>
          Aperçu et nombre de destinataires
        </button>
        <button type="submit" disabled={formState.isSubmitting || !preview} className={buttonClass("primary")}>
          Programmer l&apos;envoi
        </button>
      </div>
    </form>
  );
}
