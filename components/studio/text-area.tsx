import { frenchSpaces } from "@/lib/typography";
import type { TextareaHTMLAttributes } from "react";

// A labelled text area with its error next to it (the studio's longer texts).
export function TextArea({
  id,
  label,
  error,
  hint,
  ...area
}: TextareaHTMLAttributes<HTMLTextAreaElement> & { id: string; label: string; error?: string; hint?: string }) {
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {frenchSpaces(label)}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        className={`min-h-20 rounded-md border bg-white px-3 py-2 text-base ${error ? "border-red-700" : "border-slate-400"}`}
        {...area}
      />
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
