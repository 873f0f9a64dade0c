"use client";
// A module's estimated duration and pass mark, in the new-module form and the draft's details.
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { Field } from "@/components/ui/field";

type Figures = { durationMinutes: number; passMark: number };

export function ModuleFigures<T extends Figures>({ register, errors }: { register: UseFormRegister<T>; errors: FieldErrors<T> }) {
  const reg = register as unknown as UseFormRegister<Figures>;
  const err = errors as FieldErrors<Figures>;
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id="durationMinutes"
        label="Durée estimée (minutes)"
        type="number"
        inputMode="numeric"
        min={1}
        max={240}
        error={err.durationMinutes?.message}
        {...reg("durationMinutes", { valueAsNumber: true })}
      />
      <Field
        id="passMark"
        label="Seuil de réussite (%)"
        type="number"
        inputMode="numeric"
        min={1}
        max={100}
        error={err.passMark?.message}
        {...reg("passMark", { valueAsNumber: true })}
      />
    </div>
  );
}
