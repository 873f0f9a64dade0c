// Server actions open to anonymous visitors (forgotten password, registrations): input
// validated with the zod schema shared with the form, expected failures as French messages.
import "server-only";
import { z } from "zod";
import { UserFacingError } from "@/lib/errors";
import type { ActionResult } from "@/lib/safe-action";

export function publicAction<S extends z.ZodType, R>(schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "_"] ??= issue.message;
      return { ok: false, error: "Certains champs sont invalides.", fieldErrors };
    }
    try {
      return { ok: true, data: await fn(parsed.data) };
    } catch (error) {
      if (error instanceof UserFacingError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
      console.error("[action publique] échec inattendu", error);
      return { ok: false, error: "Une erreur inattendue est survenue. Réessayez dans un instant." };
    }
  };
}
