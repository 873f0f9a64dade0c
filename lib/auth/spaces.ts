// The role spaces (one route group each) and which of them a viewer may open.
import type { Viewer } from "@/lib/auth/viewer";
import { isTrainer } from "@/lib/auth/access";

export type Space = "entreprise" | "adherent" | "espace" | "formateur" | "admin";

/** The two company spaces share their screens (implemented once, under app/(entreprise)). */
export type CompanySpace = Extract<Space, "entreprise" | "adherent">;

export const SPACE_HOME: Record<Space, string> = {
  entreprise: "/entreprise",
  adherent: "/adherent",
  espace: "/espace",
  formateur: "/formateur",
  admin: "/admin",
};

export function canOpen(viewer: Viewer, space: Space): boolean {
  switch (space) {
    case "entreprise":
      return viewer.company?.kind === "SUBCONTRACTOR";
    case "adherent":
      return viewer.company?.kind === "MEMBER";
    case "espace":
      return viewer.person !== null;
    case "formateur":
      return isTrainer(viewer);
    case "admin":
      return viewer.isAdmin;
  }
}

/** Where a viewer lands after login: the company space first, then the learner's. */
export function homeOf(viewer: Viewer): string {
  const order: Space[] = ["admin", "entreprise", "adherent", "espace"];
  const space = order.find((s) => canOpen(viewer, s));
  // issue 18, item 5: a controller logs in to check passports: straight to the check screen
  if (space === "espace" && viewer.person?.roles.includes("CONTROLLER")) return "/espace/controle";
  return space ? SPACE_HOME[space] : "/";
}

export type SpaceChoice = { href: string; label: string; current: boolean };

/** C2 "Espace augmenté": the spaces one login opens, for the switcher at the top of the side menu. */
export function spaceChoices(viewer: Viewer, current: Space): SpaceChoice[] {
  const all: { space: Space; label: string }[] = [
    { space: "entreprise", label: "ESPACE ENTREPRISE" },
    { space: "adherent", label: "ESPACE ADHÉRENT" },
    { space: "espace", label: "ESPACE COLLABORATEUR" },
    { space: "formateur", label: "ESPACE FORMATEUR" },
  ];
  const open = all
    .filter((s) => canOpen(viewer, s.space))
    .map((s) => ({ href: SPACE_HOME[s.space], label: s.label, current: s.space === current }));
  return open.length > 1 ? open : [];
}
