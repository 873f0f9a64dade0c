// Checks used by every page, data-access function and server action of a space. A page
// check alone protects nothing: actions call these too.
import "server-only";
import { notFound, redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/current-user";
import { canOpen, type Space } from "@/lib/auth/spaces";
import { isController } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";

export async function requireViewer(): Promise<Viewer> {
  const state = await getSessionState();
  if (state.status === "ACTIVE") return state.viewer;
  // an administrator who gave the password only: the second factor first
  if (state.status === "SECOND_FACTOR") redirect("/acces-administrateur");
  // an idle or expired session says so; any other reason reveals nothing
  redirect(state.reason === "IDLE" || state.reason === "EXPIRED" ? "/?connexion=expiree" : "/?connexion=requise");
}

/** For pages and layouts: anonymous → home page, wrong space → 404 (reveals nothing). */
export async function requireSpace(space: Space): Promise<Viewer> {
  const viewer = await requireViewer();
  if (!canOpen(viewer, space)) notFound();
  return viewer;
}

export async function requireControllerSpace(): Promise<Viewer> {
  const viewer = await requireSpace("espace");
  if (!isController(viewer)) notFound();
  return viewer;
}
