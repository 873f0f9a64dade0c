// The screen "INFORMATIONS DE L'ENTREPRISE" of both company spaces (/entreprise and /adherent):
// the company and its referent, linked spaces (C1) and the referent handover (C4).
import Link from "next/link";
import { requireSpace } from "@/lib/auth/guards";
import type { CompanySpace } from "@/lib/auth/spaces";
import { getCompanyInfo } from "@/lib/companies/company-info";
import { getLinkState } from "@/lib/companies/space-link";
import { getPendingHandover } from "@/lib/companies/referent-handover";
import { cancelHandoverAction } from "@/lib/companies/actions";
import { buttonClass } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { CompanyInfoForm } from "@/components/company/company-info-form";
import { DomainChangeTool } from "@/components/company/domain-change-tool";
import { formatDate, formatDateTime } from "@/lib/format";

export async function InformationScreen({ space, sent }: { space: CompanySpace; sent?: boolean }) {
  const viewer = await requireSpace(space);
  const [c, link, handover] = await Promise.all([getCompanyInfo(viewer), getLinkState(viewer), getPendingHandover(viewer)]);
  return (
    <div className="grid min-w-0 gap-6">
      <h1 className="text-2xl font-black">INFORMATIONS DE L&apos;ENTREPRISE</h1>
      {c.memberNumber ? (
        <p>
          N° adhérent&#8239;: <strong className="font-mono">{c.memberNumber}</strong>
        </p>
      ) : null}
      <CompanyInfoForm
        defaults={{
          useVat: !c.siret && Boolean(c.vatNumber),
          siret: c.siret ?? "",
          vatNumber: c.vatNumber ?? "",
          name: c.name,
          regions: c.regions,
          referentLastName: c.referentLastName,
          referentFirstName: c.referentFirstName,
          referentEmail: c.referentEmail,
          newPassword: "",
          passwordConfirmation: "",
          currentPassword: "",
        }}
        pendingEmail={c.pendingEmail}
      />
      <section aria-labelledby="lier" className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="lier" className="text-lg font-bold">
          Lier vos espaces
        </h2>
        {link.linked ? (
          <p>
            Ce compte entreprise est lié à votre compte utilisateur&#8239;: les mêmes identifiants ouvrent les deux espaces. Pour les
            distinguer, allez dans «&#8239;MES INFORMATIONS&#8239;» de votre{" "}
            <Link href="/espace/mes-informations" className="font-bold underline">
              espace collaborateur
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              Vous suivez aussi votre propre sensibilisation, ou vous êtes formateur&#8239;? Liez ce compte entreprise à votre compte
              utilisateur pour ouvrir vos espaces avec un seul identifiant. Facultatif et réversible&#8239;: seule la façon de vous
              connecter change.
            </p>
            <Link href={`/${space}/informations/lier`} className={`${buttonClass("secondary")} justify-self-start`}>
              Lier ce compte entreprise à mon compte utilisateur
            </Link>
          </>
        )}
      </section>
      <section aria-labelledby="relais" className="grid gap-2 rounded-lg bg-white p-5 shadow-sm">
        <h2 id="relais" className="text-lg font-bold">
          Changement de référent (passage de relais)
        </h2>
        {sent && handover ? (
          <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
            L&apos;invitation a été envoyée.
          </p>
        ) : null}
        {handover ? (
          <>
            <p>
              Invitation envoyée le {formatDateTime(handover.requestedAt)} à{" "}
              <strong>
                {handover.newFirstName} {handover.newLastName.toUpperCase()}
              </strong>{" "}
              ({handover.newEmail}), valable jusqu&apos;au {formatDate(handover.token!.expiresAt)}. Vous restez le référent jusqu&apos;à ce
              qu&apos;elle soit acceptée.
            </p>
            <ConfirmButton
              id="annuler-relais"
              trigger="Annuler le passage de relais"
              triggerClassName="min-h-11 justify-self-start rounded-md border-2 border-navy px-4 font-bold"
              title="Annuler le passage de relais&#8239;?"
              onConfirm={cancelHandoverAction.bind(null, {})}
            >
              <p className="mt-2">Le lien envoyé à {handover.newEmail} ne fonctionnera plus.</p>
            </ConfirmButton>
          </>
        ) : (
          <>
            <p className="text-sm text-slate-700">
              Vous n&apos;êtes plus le référent&#8239;? Votre successeur reçoit une invitation et choisit son propre mot de passe&#8239;:
              aucun mot de passe n&apos;est transmis. Votre accès au compte entreprise prend fin quand il ou elle l&apos;accepte.
            </p>
            <Link href={`/${space}/informations/relais`} className={`${buttonClass("secondary")} justify-self-start`}>
              Passer le relais à un nouveau référent
            </Link>
          </>
        )}
      </section>
      <DomainChangeTool />
    </div>
  );
}
