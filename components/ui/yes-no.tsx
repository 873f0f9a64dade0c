"use client";
import { frenchSpaces } from "@/lib/typography";
import { Controller, type Control, type FieldValues, type Path } from "react-hook-form";
// A yes/no question as a radio group with a legend (keyboard: arrows move between answers).
export function YesNo({
  name,
  legend,
  value,
  onChange,
  error,
}: {
  name: string;
  legend: string;
  value: boolean | undefined;
  onChange: (v: boolean) => void;
  error?: string;
}) {
  return (
    <fieldset className="grid gap-1" aria-describedby={error ? `${name}-error` : undefined}>
      <legend className="font-semibold">{frenchSpaces(legend)}</legend>
      <div className="flex gap-6">
        {[true, false].map((v) => (
          <label key={String(v)} className="flex min-h-11 items-center gap-2">
            <input type="radio" name={name} checked={value === v} onChange={() => onChange(v)} className="size-5 shrink-0" />
            {v ? "Oui" : "Non"}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} role="alert" className="text-sm font-medium text-red-700">
          {frenchSpaces(error)}
        </p>
      ) : null}
    </fieldset>
  );
}

/** A YesNo question bound to a react-hook-form field, its error shown under it. */
export function YesNoField<T extends FieldValues>({ control, name, legend }: { control: Control<T>; name: Path<T>; legend: string }) {
  return (
    <Controller
      name={name}
      control={control}
      render={({ field, fieldState }) => (
        <YesNo name={name} legend={legend} value={field.value} onChange={field.onChange} error={fieldState.error?.message} />
      )}
    />
  );
}
