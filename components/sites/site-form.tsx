"use client";
// Issue 18, item 4: "Déclarer un site" (name and commune), for member companies.
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/form-alert";
import { useActionForm } from "@/components/ui/use-action-form";
import { createSiteAction } from "@/lib/sites/actions";
import { createSiteSchema, type CreateSiteInput } from "@/lib/sites/site.schema";

export function SiteForm() {
  const { form, error, send } = useActionForm<CreateSiteInput>(createSiteSchema, { name: "", commune: "" }, createSiteAction, {
    resetOnSuccess: true,
  });
  const errors = form.formState.errors;
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit(send)}
      className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[1fr_1fr_auto] sm:items-end"
    >
      <Field
        id="site-nom"
        label="Nom du site"
        placeholder="Carrière de la Roche-Blanche"
        error={errors.name?.message}
        {...form.register("name")}
      />
      <Field
        id="site-commune"
        label="Commune"
        placeholder="Saint-Florent-le-Vieil"
        error={errors.commune?.message}
        {...form.register("commune")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        Ajouter le site
      </Button>
      <div className="sm:col-span-3">
        <FormAlert message={error} />
      </div>
    </form>
  );
}
