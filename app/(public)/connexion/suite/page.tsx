// After a successful login: send each role to its own space, and administrators to their
// second factor.
import { redirect } from "next/navigation";
import { getSessionState } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/spaces";

export default async function AfterLoginPage() {
  const state = await getSessionState();
  // administrators give their second factor first (issue 17, item 5), whichever form they used
  if (state.status === "SECOND_FACTOR") redirect("/acces-administrateur");
  redirect(state.status === "ACTIVE" ? homeOf(state.viewer) : "/?connexion=requise");
}
