// C4: the new referent accepts the invitation and chooses the company login's password.
import Link from "next/link";
import { INVITATION_ERRORS, readInvitation } from "@/lib/companies/referent-handover";
import { AcceptHandoverForm } from "./accept-handover-form";

export const metadata = { title: "Passage de relais" };

export default async function HandoverInvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invitation = await readInvitation(token);
  return (
    <section className="mx-auto grid max-w-md gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-lg font-black tracking-wide">PASSAGE DE RELAIS</h1>
      {invitation.ok ? (
        <>
          <p>
            {invitation.formerReferent} vous désigne, <strong>{invitation.newReferent}</strong>, comme référent Passeport Sécurité de{" "}
            <strong>{invitation.companyName}</strong>.
          </p>
          <p className="text-sm text-slate-700">
            Votre adresse <strong>{invitation.email}</strong> deviendra l&apos;identifiant de connexion du compte entreprise. Choisissez son
            mot de passe : <strong>vous serez le seul à le connaître</strong>. L&apos;accès de l&apos;ancien référent prendra fin.
          </p>
          <AcceptHandoverForm token={token} userInputs={[invitation.email, invitation.newReferent, invitation.companyName]} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-red-800">
            {INVITATION_ERRORS[invitation.reason]}
          </p>
          <Link href="/" className="underline">
            Retour à l&apos;accueil
          </Link>
        </>
      )}
    </section>
  );
}
