"use client";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { myInformationSchema, type MyInformationInput } from "@/lib/people/my-information.schema";
import { updateMyInformationAction } from "@/lib/people/actions";
import { YesNo } from "@/components/ui/yes-no";

export function MyInformationForm({ defaults }: { defaults: MyInformationInput }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { control, register, handleSubmit, formState } = useForm<MyInformationInput>({
    resolver: zodResolver(myInformationSchema),
    defaultValues: defaults,
  });

  const onSubmit = async (values: MyInformationInput) => {
    const res = await updateMyInformationAction(values);
    setMessage(
      res.ok
        ? {
            ok: true,
            text: res.data.profileChanged
              ? `Informations enregistrées. Votre profil est désormais « ${res.data.profileName} » : votre parcours a été mis à jour.`
              : "Informations enregistrées.",
          }
        : { ok: false, text: res.error },
    );
  };

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-5 rounded-lg bg-white p-5 shadow-sm">
      <h2 className="text-lg font-bold">Mon activité sur les sites</h2>
      <Controller
        name="isHauler"
        control={control}
        render={({ field }) => <YesNo name="isHauler" legend="Êtes-vous transporteur ?" value={field.value} onChange={field.onChange} />}
      />
      <Controller
        name="isTechnical"
        control={control}
        render={({ field }) => (
          <YesNo
            name="isTechnical"
            legend="Allez-vous intervenir techniquement sur les installations ?"
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <fieldset className="grid gap-2">
        <legend className="text-lg font-bold">Notifications par e-mail</legend>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("notifyBeforeExpiry")} className="size-5 shrink-0" /> Alertes avant l&apos;expiration de mon
          passeport
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("notifyNewTasks")} className="size-5 shrink-0" /> Nouvelles tâches (modules à suivre)
        </label>
        <label className="flex min-h-11 items-center gap-2">
          <input type="checkbox" {...register("notifyMessages")} className="size-5 shrink-0" /> Messages de l&apos;UNPG adressés à mon rôle
        </label>
      </fieldset>
      {message ? (
        <p
          role={message.ok ? "status" : "alert"}
          className={`rounded p-3 font-semibold ${message.ok ? "bg-green-50 text-green-900" : "bg-red-50 text-red-800"}`}
        >
          {message.text}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={formState.isSubmitting}
        className="min-h-11 justify-self-start rounded-md bg-safety px-5 font-bold uppercase text-navy disabled:opacity-50"
      >
        Enregistrer
      </button>
    </form>
  );
}
