// One server-action client per role: it authenticates, checks the role, validates the input
// with the zod schema shared with the form, and hands the viewer to the action. Expected
// failures come back as French messages; unexpected ones are logged with the action's name
// and the account, and stay generic for the user.
import "server-only";
import type { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { AccessDeniedError, isController } from "@/lib/auth/access";
import { canOpen, type Space } from "@/lib/auth/spaces";
import type { Viewer } from "@/lib/auth/viewer";
import { UserFacingError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Guard = (viewer: Viewer) => boolean;

/** The first message of each invalid field, keyed by its path ("participants.2.email"). */
function firstErrors(error: z.ZodError) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= issue.message;
  }
  return out;
}

const INVALID = "Certains champs sont invalides.";
const UNEXPECTED = "Une erreur inattendue est survenue. Réessayez dans un instant.";

/** Runs an action's body: expected failures as French messages, the rest logged. */
export async function runAction<R>(name: string, accountId: string | null, body: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    if (error instanceof UserFacingError) return { ok: false, error: error.message, fieldErrors: error.fieldErrors };
    if (error instanceof AccessDeniedError) return { ok: false, error: "Accès refusé." };
    logger.error({ action: name, accountId, err: error }, `[action ${name}] échec inattendu`);
    return { ok: false, error: UNEXPECTED };
  }
}

export function actionClient(guard: Guard, loadViewer: () => Promise<Viewer | null> = getCurrentUser) {
  return function action<S extends z.ZodType, R>(name: string, schema: S, fn: (input: z.infer<S>, ctx: { viewer: Viewer }) => Promise<R>) {
    return async (raw: z.input<S>): Promise<ActionResult<R>> => {
      const viewer = await loadViewer();
      if (!viewer) return { ok: false, error: "Votre session a expiré : reconnectez-vous." };
      if (!guard(viewer)) return { ok: false, error: "Accès refusé." };
      const parsed = await schema.safeParseAsync(raw);
      if (!parsed.success) return { ok: false, error: INVALID, fieldErrors: firstErrors(parsed.error) };
      return runAction(name, viewer.accountId, () => fn(parsed.data, { viewer }));
    };
  };
}

/** Actions open to anonymous visitors (forgotten password, registrations). */
export function publicAction<S extends z.ZodType, R>(name: string, schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const parsed = await schema.safeParseAsync(raw);
    if (!parsed.success) return { ok: false, error: INVALID, fieldErrors: firstErrors(parsed.error) };
    return runAction(name, null, () => fn(parsed.data));
  };
}

const space =
  (s: Space): Guard =>
  (viewer) =>
    canOpen(viewer, s);

export const learnerAction = actionClient(space("espace"));
export const controllerAction = actionClient((v) => canOpen(v, "espace") && isController(v));
export const trainerAction = actionClient(space("formateur"));
export const companyAction = actionClient((v) => v.company !== null);
export const adminAction = actionClient(space("admin"));
