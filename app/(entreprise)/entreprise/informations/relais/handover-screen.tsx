// C4 "PASSAGE DE RELAIS", in both company spaces (/entreprise and /adherent).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { getLinkState } from "@/lib/companies/space-link";
import { HandoverForm } from "@/components/company/handover-form";

export async function HandoverScreen({ space }: { space: CompanySpace }) {
  const viewer = await requireSpace(space);
  const link = await getLinkState(viewer);
  return (
    <section aria-labelledby="titre" className="grid gap-4">
      <h1 id="titre" className="text-2xl font-black">
        PASSAGE DE RELAIS
      </h1>
      <p className="text-slate-700">
        Référent actuel&#8239;:{" "}
        <strong>
          {link.referent.firstName} {link.referent.lastName.toUpperCase()}
        </strong>{" "}
        ({link.referent.email}). Indiquez votre successeur&#8239;: il ou elle recevra une invitation pour choisir son mot de passe.
        Jusque-là, rien ne change.
      </p>
      {link.linked ? (
        <p role="alert" className="rounded bg-orange-50 p-3 font-semibold">
          Vos espaces sont liés&#8239;: distinguez-les d&apos;abord depuis «&#8239;MES INFORMATIONS&#8239;» de votre{" "}
          <Link href="/espace/mes-informations" className="underline">
            espace collaborateur
          </Link>{" "}
          («&#8239;Avoir un accès distinct à mon compte utilisateur&#8239;»), puis revenez ici.
        </p>
      ) : (
        <HandoverForm backPath={`/${space}/informations`} />
      )}
    </section>
  );
}
