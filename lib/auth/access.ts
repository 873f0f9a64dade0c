// Checks on a viewer for data-access functions: no Next.js imports, so the data layer can
// run anywhere (actions, route handlers, scripts, tests).
import type { Viewer } from "@/lib/auth/viewer";

export class AccessDeniedError extends Error {
  constructor() {
    super("Accès refusé.");
  }
}

export function assertCompany(viewer: Viewer | null): asserts viewer is Viewer & { company: NonNullable<Viewer["company"]> } {
  if (!viewer?.company) throw new AccessDeniedError();
}

export function assertPerson(viewer: Viewer | null): asserts viewer is Viewer & { person: NonNullable<Viewer["person"]> } {
  if (!viewer?.person) throw new AccessDeniedError();
}
