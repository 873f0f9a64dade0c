"use client";
// A react-hook-form form whose values go to a server action: on success the page is
// refreshed (and the form reset when asked); otherwise the server's errors are shown next to
// their fields and the form's own error above the button. The administrators' decision and
// confirmation forms share it.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/safe-action";
import { applyFieldErrors } from "@/components/ui/field-errors";

export function useActionForm<T extends FieldValues>(
  schema: z.ZodType<T, T>,
  defaultValues: DefaultValues<T>,
  action: (values: T) => Promise<ActionResult<unknown>>,
  options: { resetOnSuccess?: boolean } = {},
) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const form = useForm<T>({ mode: "onTouched", resolver: zodResolver(schema), defaultValues });
  /** Sends the values; true when the action succeeded. */
  const send = async (values: T) => {
    setError(null);
    const res = await action(values);
    if (res.ok) {
      if (options.resetOnSuccess) form.reset(defaultValues);
      router.refresh();
      return true;
    }
    applyFieldErrors(form.setError, res.fieldErrors);
    setError(res.error);
    return false;
  };
  return { form, error, setError, send };
}
