// The French 404, for a wrong URL and for a page one's role may not open (requireSpace).
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/spaces";
import { ErrorPage } from "@/components/error-page";

export const metadata = { title: "Page introuvable" };

export default async function NotFound() {
  const viewer = await getCurrentUser();
  const back = viewer ? { href: homeOf(viewer), label: "Retour à mon espace" } : { href: "/", label: "Retour à l'accueil" };
  return (
    <ErrorPage code="404" title="Cette page est introuvable" back={back}>
      <p>L&apos;adresse saisie ne correspond à aucune page, ou cette page n&apos;est pas accessible depuis votre compte.</p>
      <p className="mt-2">Vérifiez l&apos;adresse, revenez à votre espace ou consultez l&apos;aide.</p>
    </ErrorPage>
  );
}
