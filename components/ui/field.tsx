import { frenchSpaces } from "@/lib/typography";
import type { InputHTMLAttributes, ReactNode } from "react";

/** The label, hint and error around a field's control, the control tied to them by `describedBy`. */
export function FieldFrame({
  id,
  label,
  error,
  hint,
  icon,
  children,
}: {
  id: string;
  label: string;
  error?: string;
  hint?: string;
  icon?: ReactNode;
  children: (control: { "aria-invalid": true | undefined; "aria-describedby": string | undefined; className: string }) => ReactNode;
}) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <div className="flex items-center gap-1">
        {icon ? <span aria-hidden="true">{icon}</span> : null}
        <label htmlFor={id} className="text-sm font-semibold">
          {frenchSpaces(label)}
        </label>
      </div>
      {children({
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: `rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`,
      })}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-slate-600">
          {frenchSpaces(hint)}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} role="alert" className="text-sm font-medium text-red-700">
          {frenchSpaces(error)}
        </p>
      ) : null}
    </div>
  );
}

// A labelled input with its error next to it (announced to screen readers).
export function Field({
  id,
  label,
  error,
  hint,
  icon,
  ...input
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; error?: string; hint?: string; icon?: ReactNode }) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} icon={icon}>
      {({ className, ...aria }) => <input id={id} {...aria} className={`min-h-11 ${className}`} {...input} />}
    </FieldFrame>
  );
}
