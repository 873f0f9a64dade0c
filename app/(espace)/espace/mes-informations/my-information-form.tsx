"use client";
import { useState } from "react";
import { Controller, useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { myInformationSchema, type MyInformationInput } from "@/lib/people/my-information.schema";
import { updateMyInformationAction } from "@/lib/people/actions";
import { YesNo } from "@/components/ui/yes-no";

// the three categories of the seed's "Choix des notifications" (seed 003)
const PREFERENCES = [
  { label: "Alertes", help: "l'échéance de mon passeport", email: "notifyBeforeExpiry", inApp: "notifyBeforeExpiryInApp" },
  { label: "Notifications", help: "une nouvelle tâche à effectuer", email: "notifyNewTasks", inApp: "notifyNewTasksInApp" },
  { label: "Messages ciblés", help: "les messages de l'UNPG adressés à mon rôle", email: "notifyMessages", inApp: "notifyMessagesInApp" },
] as const;

export function MyInformationForm({ defaults }: { defaults: MyInformationInput }) {
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { control, register, handleSubmit, formState } = useForm<MyInformationInput>({
    mode: "onTouched",
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
              ? `Informations enregistrées. Ton profil est désormais «\u202f${res.data.profileName}\u202f»\u202f: ton parcours a été mis à jour.`
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
        render={({ field }) => <YesNo name="isHauler" legend="Es-tu transporteur&#8239;?" value={field.value} onChange={field.onChange} />}
      />
      <Controller
        name="isTechnical"
        control={control}
        render={({ field }) => (
          <YesNo
            name="isTechnical"
            legend="Vas-tu intervenir techniquement sur les installations&#8239;?"
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <fieldset className="grid gap-2">
        <legend className="text-lg font-bold">Choix des notifications</legend>
        <p className="text-sm text-slate-700">
          Pour chaque sorte de message, choisis de le recevoir par e-mail, dans l&apos;application (la cloche), ou les deux.
        </p>
        {PREFERENCES.map((p) => (
          <div
            key={p.email}
            role="group"
            aria-labelledby={`pref-${p.email}`}
            className="grid gap-1 border-t border-slate-200 py-2 md:grid-cols-[1fr_auto_auto] md:items-center md:gap-4"
          >
            <p id={`pref-${p.email}`}>
              <span className="font-semibold">{p.label}</span> <span className="text-sm text-slate-700">— {p.help}</span>
            </p>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" {...register(p.email)} className="size-5 shrink-0" /> Par e-mail
            </label>
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" {...register(p.inApp)} className="size-5 shrink-0" /> Dans l&apos;application
            </label>
          </div>
        ))}
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
