// One server-action client per role: it authenticates, checks the role, validates the input
// with the zod schema shared with the form, and hands the viewer to the action. Expected
// failures come back as French messages; unexpected ones are logged and stay generic.
import "server-only";
import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AccessDeniedError } from "@/lib/auth/access";
import { canOpen, isController, type Space } from "@/lib/auth/spaces";
import type { Viewer } from "@/lib/auth/viewer";
import { UserFacingError } from "@/lib/errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Guard = (viewer: Viewer) => boolean;

function firstErrors(error: z.ZodError) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

export function actionClient(guard: Guard, loadViewer: () => Promise<Viewer | null> = getCurrentUser) {
  return function action<S extends z.ZodType, R>(schema: S, fn: (input: z.infer<S>, ctx: { viewer: Viewer }) => Promise<R>) {
    return async (raw: z.input<S>): Promise<ActionResult<R>> => {
      const viewer = await loadViewer();
      if (!viewer) return { ok: false, error: "Votre session a expiré : reconnectez-vous." };
      if (!guard(viewer)) return { ok: false, error: "Accès refusé." };
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        return { ok: false, error: "Certains champs sont invalides.", fieldErrors: firstErrors(parsed.error) };
      }
      try {
        return { ok: true, data: await fn(parsed.data, { viewer }) };
      } catch (error) {
        if (error instanceof UserFacingError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
        if (error instanceof AccessDeniedError) return { ok: false, error: "Accès refusé." };
        console.error("[action] échec inattendu", { accountId: viewer.accountId, error });
        return { ok: false, error: "Une erreur inattendue est survenue. Réessayez dans un instant." };
      }
    };
  };
}

const space = (s: Space): Guard => (viewer) => canOpen(viewer, s);

export const learnerAction = actionClient(space("salarie"));
export const controllerAction = actionClient((v) => canOpen(v, "salarie") && isController(v));
export const trainerAction = actionClient(space("formateur"));
export const companyAction = actionClient((v) => v.company !== null);
export const adminAction = actionClient(space("admin"));
