// C1 "LIER VOS ESPACES", in both company spaces (/entreprise and /adherent).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { getLinkState } from "@/lib/companies/space-link";
import { buttonClass } from "@/components/ui/button";
import { LinkSpacesForm } from "@/components/company/link-spaces-form";

export async function LinkSpacesScreen({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const link = await getLinkState(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        LIER VOS ESPACES
      </h1>
      <p className="text-slate-700">
        Liez ce compte entreprise à votre compte utilisateur pour accéder à vos espaces Entreprise, Collaborateur (et Formateur) avec un
        seul couple d&apos;identifiants&#8239;: ceux du compte entreprise. La liaison est facultative et réversible&#8239;; elle ne change
        que votre façon de vous connecter, jamais les informations des comptes.
      </p>
      {link.linked ? (
        <div role="status" className="grid gap-3 rounded-lg border-l-4 border-green-700 bg-green-50 p-5">
          <p className="text-lg font-bold text-green-900">Vos espaces sont liés.</p>
          <p>
            Le compte entreprise et votre compte utilisateur s&apos;ouvrent avec les mêmes identifiants&#8239;: ceux du compte entreprise.
            Passez d&apos;un espace à l&apos;autre avec le sélecteur en haut du menu latéral.
          </p>
          <div className="flex flex-wrap gap-2">
            <Link href="/espace" className={buttonClass("secondary")}>
              Aller à mon espace collaborateur
            </Link>
            <Link href={`/${space}/informations`} className={buttonClass("ghost")}>
              Retour aux informations de l&apos;entreprise
            </Link>
          </div>
        </div>
      ) : (
        <LinkSpacesForm referent={{ firstName: link.referent.firstName, lastName: link.referent.lastName }} />
      )}
    </section>
  );
}
