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
import { frenchSpaces } from "@/lib/typography";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fieldErrors?: Record<string, string> };

type Guard = (viewer: Viewer) => boolean;

/** The first message of each invalid field, keyed by its path ("participants.2.email"). */
function firstErrors(error: z.ZodError) {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    out[key] ??= frenchSpaces(issue.message);
  }
  return out;
}

const INVALID = "Certains champs sont invalides.";

/** The path of the first string holding a NUL or another control character PostgreSQL or a form never needs. */
function forbiddenCharacterAt(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === "string") return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value) ? path.join(".") || "_" : null;
  if (depth > 6 || value === null || typeof value !== "object") return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = forbiddenCharacterAt(inner, [...path, key], depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * Input checked before any code of the action runs: no control characters (a NUL byte is
 * refused by PostgreSQL), then the zod schema. A schema that throws on a value of the wrong
 * type is a bug of ours, logged, but the answer stays a French error, never a crash.
 */
async function parseInput<S extends z.ZodType>(name: string, schema: S, raw: unknown) {
  const bad = forbiddenCharacterAt(raw);
  if (bad) return { ok: false as const, error: INVALID, fieldErrors: { [bad]: "Ce champ contient un caractère non autorisé." } };
  try {
    // async: the password rules estimate strength with a dictionary loaded on first use
    const parsed = await schema.safeParseAsync(raw);
    return parsed.success
      ? { ok: true as const, data: parsed.data as z.infer<S> }
      : { ok: false as const, error: INVALID, fieldErrors: firstErrors(parsed.error) };
  } catch (err) {
    logger.warn({ action: name, err }, `[action ${name}] schéma en échec sur une saisie inattendue`);
    return { ok: false as const, error: INVALID };
  }
}
const typeset = (fieldErrors?: Record<string, string>) =>
  fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, frenchSpaces(v)]));

const UNEXPECTED = "Une erreur inattendue est survenue. Réessayez dans un instant.";

/** Runs an action's body: expected failures as French messages, the rest logged. */
export async function runAction<R>(name: string, accountId: string | null, body: () => Promise<R>): Promise<ActionResult<R>> {
  try {
    return { ok: true, data: await body() };
  } catch (error) {
    // issue 15: every message shown to a user leaves with French typography, whatever shows it
    if (error instanceof UserFacingError) return { ok: false, error: frenchSpaces(error.message), fieldErrors: typeset(error.fieldErrors) };
    if (error instanceof AccessDeniedError) return { ok: false, error: "Accès refusé." };
    logger.error({ action: name, accountId, err: error }, `[action ${name}] échec inattendu`);
    return { ok: false, error: UNEXPECTED };
  }
}

export function actionClient(guard: Guard, loadViewer: () => Promise<Viewer | null> = getCurrentUser) {
  return function action<S extends z.ZodType, R>(name: string, schema: S, fn: (input: z.infer<S>, ctx: { viewer: Viewer }) => Promise<R>) {
    return async (raw: z.input<S>): Promise<ActionResult<R>> => {
      let viewer: Viewer | null;
      try {
        viewer = await loadViewer();
      } catch (error) {
        // Next.js's own control flow (redirect, dynamic rendering) carries a digest: let it through
        if (error && typeof error === "object" && "digest" in error) throw error;
        // issue 16: the database away (restart, failover) ends the action at once with a French message
        logger.error({ action: name, err: error }, `[action ${name}] session illisible (base indisponible ?)`);
        return { ok: false, error: UNEXPECTED };
      }
      if (!viewer) return { ok: false, error: "Votre session a expiré\u202f: reconnectez-vous." };
      if (!guard(viewer)) return { ok: false, error: "Accès refusé." };
      const parsed = await parseInput(name, schema, raw);
      if (!parsed.ok) return parsed;
      return runAction(name, viewer.accountId, () => fn(parsed.data, { viewer }));
    };
  };
}

/** Actions open to anonymous visitors (forgotten password, registrations). */
export function publicAction<S extends z.ZodType, R>(name: string, schema: S, fn: (input: z.infer<S>) => Promise<R>) {
  return async (raw: z.input<S>): Promise<ActionResult<R>> => {
    const parsed = await parseInput(name, schema, raw);
    if (!parsed.ok) return parsed;
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
/** issue 18: member companies only (sites, API keys) */
export const memberAction = actionClient(space("adherent"));
export const adminAction = actionClient(space("admin"));
