// One guard per role, for data-access functions: no Next.js imports, so the data layer can
// run anywhere (actions, route handlers, scripts, tests). Each throws AccessDeniedError,
// which actions turn into "Accès refusé." and pages into a 404.
import type { Viewer } from "@/lib/auth/viewer";

export class AccessDeniedError extends Error {
  constructor() {
    super("Accès refusé.");
  }
}

type WithPerson = Viewer & { person: NonNullable<Viewer["person"]> };

export const isTrainer = (viewer: Viewer) => viewer.person?.roles.includes("TRAINER") ?? false;

/** Trainers check passports too (E7 and F2). */
export const isController = (viewer: Viewer) => {
  const roles = viewer.person?.roles ?? [];
  return roles.includes("CONTROLLER") || roles.includes("TRAINER");
};

export function assertCompany(viewer: Viewer | null): asserts viewer is Viewer & { company: NonNullable<Viewer["company"]> } {
  if (!viewer?.company) throw new AccessDeniedError();
}

/** issue 18: a member company (quarry sites, check history, API keys) */
export function assertMemberCompany(viewer: Viewer | null): asserts viewer is Viewer & { company: NonNullable<Viewer["company"]> } {
  if (!viewer?.company || viewer.company.kind !== "MEMBER") throw new AccessDeniedError();
}

export function assertPerson(viewer: Viewer | null): asserts viewer is WithPerson {
  if (!viewer?.person) throw new AccessDeniedError();
}

export function assertTrainer(viewer: Viewer | null): asserts viewer is WithPerson {
  if (!viewer?.person || !isTrainer(viewer)) throw new AccessDeniedError();
}

export function assertController(viewer: Viewer | null): asserts viewer is WithPerson {
  if (!viewer?.person || !isController(viewer)) throw new AccessDeniedError();
}

export function assertAdmin(viewer: Viewer | null): asserts viewer is Viewer {
  if (!viewer?.isAdmin) throw new AccessDeniedError();
}
