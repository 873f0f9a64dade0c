// C4: the new referent accepts the invitation and chooses the company login's password.
import { INVITATION_ERRORS, readInvitation } from "@/lib/companies/referent-handover";
import { AcceptHandoverForm } from "./accept-handover-form";
import { SingleUseLinkPage } from "@/components/single-use-link-page";

export const metadata = { title: "Passage de relais" };

export default async function HandoverInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await readInvitation(token);
  return (
    <SingleUseLinkPage
      title="PASSAGE DE RELAIS"
      error={invitation.ok ? null : INVITATION_ERRORS[invitation.reason]}
      back={{ href: "/", label: "Retour à l'accueil" }}
    >
      {invitation.ok ? (
        <>
          <p>
            {invitation.formerReferent} vous désigne, <strong>{invitation.newReferent}</strong>, comme référent Passeport Sécurité de{" "}
            <strong>{invitation.companyName}</strong>.
          </p>
          <p className="text-sm text-slate-700">
            Votre adresse <strong>{invitation.email}</strong> deviendra l&apos;identifiant de connexion du compte entreprise. Choisissez son
            mot de passe&#8239;: <strong>vous serez le seul à le connaître</strong>. L&apos;accès de l&apos;ancien référent prendra fin.
          </p>
          <AcceptHandoverForm token={token} userInputs={[invitation.email, invitation.newReferent, invitation.companyName]} />
        </>
      ) : null}
    </SingleUseLinkPage>
  );
}
