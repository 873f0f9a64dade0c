// The role spaces (one route group each) and which of them a viewer may open.
import type { Viewer } from "@/lib/auth/viewer";

export type Space = "entreprise" | "adherent" | "salarie" | "formateur" | "admin";

export const SPACE_HOME: Record<Space, string> = {
  entreprise: "/entreprise",
  adherent: "/adherent",
  salarie: "/espace",
  formateur: "/formateur",
  admin: "/admin",
};

export function canOpen(viewer: Viewer, space: Space): boolean {
  switch (space) {
    case "entreprise":
      return viewer.company?.kind === "SUBCONTRACTOR";
    case "adherent":
      return viewer.company?.kind === "MEMBER";
    case "salarie":
      return viewer.person !== null;
    case "formateur":
      return viewer.person?.roles.includes("TRAINER") ?? false;
    case "admin":
      return viewer.isAdmin;
  }
}

export function isController(viewer: Viewer) {
  const roles = viewer.person?.roles ?? [];
  return roles.includes("CONTROLLER") || roles.includes("TRAINER");
}

/** Where a viewer lands after login: the company space first, then the learner's. */
export function homeOf(viewer: Viewer): string {
  const order: Space[] = ["admin", "entreprise", "adherent", "salarie"];
  const space = order.find((s) => canOpen(viewer, s));
  return space ? SPACE_HOME[space] : "/";
}
