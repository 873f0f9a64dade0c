// After a successful login: send each role to its own space.
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/spaces";

export default async function AfterLoginPage() {
  const viewer = await getCurrentUser();
  redirect(viewer ? homeOf(viewer) : "/?connexion=requise");
}
