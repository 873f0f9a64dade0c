"use client";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Field } from "@/components/ui/field";
import { buttonClass } from "@/components/ui/button";
import { reminderSettingsSchema } from "@/lib/reminders/reminder-settings.schema";
import { updateReminderSettingsAction } from "@/lib/reminders/actions";

/** "90, 30, 7" → [90, 30, 7]; the numbers are checked by the shared schema. */
const parse = (text: string) =>
  text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .map((s) => (/^\d+$/.test(s) ? Number(s) : NaN));

export function ThresholdsForm({ defaults }: { defaults: number[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<{ days: string }>({
    mode: "onTouched",
    defaultValues: { days: defaults.join(", ") },
  });
  const onSubmit = async ({ days }: { days: string }) => {
    setMessage(null);
    const parsed = reminderSettingsSchema.safeParse({ thresholdDays: parse(days) });
    if (!parsed.success) {
      setError("days", { message: parsed.error.issues[0]?.message ?? "Saisie invalide." });
      return;
    }
    const res = await updateReminderSettingsAction(parsed.data);
    if (!res.ok) {
      setError("days", { message: Object.values(res.fieldErrors ?? {})[0] ?? res.error });
      return;
    }
    setMessage({ ok: true, text: `Rappels enregistrés\u202f: ${res.data.thresholdDays.join(", ")} jours avant l'expiration.` });
    router.refresh();
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)} className="grid gap-3 rounded-lg bg-white p-4 shadow-sm sm:max-w-md">
      <Field
        id="seuils-jours"
        label="Jours avant l'expiration"
        hint="Un à six nombres de jours, séparés par des virgules (par défaut&#8239;: 90, 30, 7)."
        inputMode="numeric"
        error={formState.errors.days?.message}
        {...register("days")}
      />
      {message ? (
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
          {message.text}
        </p>
      ) : null}
      <button type="submit" disabled={formState.isSubmitting} className={buttonClass("primary")}>
        Enregistrer
      </button>
    </form>
  );
}
