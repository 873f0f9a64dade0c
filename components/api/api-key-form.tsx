"use client";
// Issue 18, item 6: "Créer une clé": the key is shown here once, never again.
import { useState } from "react";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createApiKeyAction } from "@/lib/api/actions";
import { createApiKeySchema, type CreateApiKeyInput } from "@/lib/api/api-key.schema";

export function ApiKeyForm({ sites }: { sites: { id: string; name: string; commune: string }[] }) {
  const [created, setCreated] = useState<string | null>(null);
  const { form, error, send } = useActionForm<CreateApiKeyInput>(
    createApiKeySchema,
    { name: "", siteId: "" },
    async (values) => {
      const res = await createApiKeyAction(values);
      if (res.ok) setCreated(res.data.key);
      return res;
    },
    { resetOnSuccess: true },
  );
  const errors = form.formState.errors;
  return (
    <div className="grid gap-3">
      <form
        noValidate
        onSubmit={form.handleSubmit(send)}
        className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[1fr_1fr_auto] sm:items-start"
      >
        <Field
          id="cle-nom"
          label="Nom de la clé"
          placeholder="Tourniquet entrée principale"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <div className="flex min-w-0 flex-col gap-1">
          <label htmlFor="cle-site" className="text-sm font-semibold">
            Site (facultatif)
          </label>
          <select
            id="cle-site"
            {...form.register("siteId")}
            aria-invalid={errors.siteId ? true : undefined}
            aria-describedby={errors.siteId ? "cle-site-error" : undefined}
            className="min-h-11 w-full min-w-0 rounded-md border border-slate-400 bg-white px-2"
          >
            <option value="">Aucun site</option>
            {sites.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name} ({s.commune})
              </option>
            ))}
          </select>
          {errors.siteId ? (
            <p id="cle-site-error" role="alert" className="text-sm font-medium text-red-700">
              {errors.siteId.message}
            </p>
          ) : null}
        </div>
        <Button type="submit" disabled={form.formState.isSubmitting} className="sm:mt-6">
          Créer la clé
        </Button>
        <div className="sm:col-span-3">
          <FormAlert message={error} />
        </div>
      </form>
      {created ? (
        <div role="status" className="grid gap-2 rounded-lg border-2 border-green-700 bg-green-50 p-4">
          <p className="font-bold">Votre nouvelle clé d&apos;API&#8239;: copiez-la maintenant, elle ne sera plus jamais affichée.</p>
          <code className="break-all rounded bg-white p-2 font-mono text-sm" aria-label="Nouvelle clé d'API">
            {created}
          </code>
          <button type="button" onClick={() => setCreated(null)} className="justify-self-start font-semibold text-navy underline">
            J&apos;ai copié la clé
          </button>
        </div>
      ) : null}
    </div>
  );
}
