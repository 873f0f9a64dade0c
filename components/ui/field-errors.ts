// Puts the server's French field errors (ActionResult.fieldErrors, keyed by the field's path)
// next to the fields of a react-hook-form form.
import type { FieldValues, Path, UseFormSetError } from "react-hook-form";

export function applyFieldErrors<T extends FieldValues>(setError: UseFormSetError<T>, fieldErrors: Record<string, string> | undefined) {
  for (const [field, message] of Object.entries(fieldErrors ?? {})) setError(field as Path<T>, { type: "server", message });
}
