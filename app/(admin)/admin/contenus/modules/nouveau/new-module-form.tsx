"use client";
import { useRouter } from "next/navigation";
import { Field } from "@/components/ui/field";
import { ModuleFigures } from "@/components/studio/module-figures";
import { FormAlert } from "@/components/ui/form-alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/studio/text-area";
import { useActionForm } from "@/components/ui/use-action-form";
import { newModuleSchema, type NewModuleInput } from "@/lib/content/schemas";
import { createModuleAction } from "@/lib/content/actions";

export function NewModuleForm() {
  const router = useRouter();
  const { form, error, send } = useActionForm<NewModuleInput>(
    newModuleSchema,
    { title: "", summary: "", mediaKind: "VIDEO", durationMinutes: 5, passMark: 80, snbpeCommon: false },
    async (values) => {
      const res = await createModuleAction(values);
      if (res.ok) router.push(`/admin/contenus/modules/${res.data.moduleId}/brouillon`);
      return res;
    },
  );
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = form;
  return (
    <form noValidate onSubmit={handleSubmit(send)} className="grid gap-4 rounded-lg bg-white p-4 shadow-sm">
      <Field id="title" label="Titre du module" error={errors.title?.message} {...register("title")} />
      <TextArea id="summary" label="Courte description" rows={3} error={errors.summary?.message} {...register("summary")} />
      <fieldset className="grid gap-2">
        <legend className="text-sm font-semibold">Média</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="VIDEO" {...register("mediaKind")} /> Vidéo (MP4 ou WebM, avec sous-titres)
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="radio" value="SLIDES" {...register("mediaKind")} /> Diaporama (images, ou un PDF transformé en diapositives)
        </label>
      </fieldset>
      <ModuleFigures register={register} errors={errors} />
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" {...register("snbpeCommon")} /> Commun avec le SNBPE (validé d&apos;office par un passeport SNBPE en cours de
        validité)
      </label>
      <FormAlert message={error} />
      <div>
        <Button type="submit" disabled={isSubmitting}>
          Créer le module
        </Button>
      </div>
    </form>
  );
}
