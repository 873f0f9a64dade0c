// A6: "DÉFINIR UN NOUVEAU MOT DE PASSE", opened from a first-connection or reset link.
import { redirect } from "next/navigation";
import { checkPasswordToken, TOKEN_ERRORS } from "@/lib/auth/password-token";
import { passwordOwnerWords } from "@/lib/auth/password-reset";
import { SetPasswordForm } from "./set-password-form";
import { SingleUseLinkPage } from "@/components/single-use-link-page";

export const metadata = { title: "Définir un nouveau mot de passe" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkPasswordToken(token);
  if (check.ok && check.purpose === "REFERENT_INVITATION") redirect(`/relais/${token}`);
  const ownerWords = check.ok ? await passwordOwnerWords(check.accountId) : [];
  return (
    <SingleUseLinkPage
      title="DÉFINIR UN NOUVEAU MOT DE PASSE"
      error={check.ok ? null : TOKEN_ERRORS[check.reason]}
      back={{ href: "/mot-de-passe-oublie", label: "Demander un nouveau lien" }}
    >
      <p className="text-sm text-slate-700">
        Saisissez le mot de passe de votre choix. Attention, <strong>vous serez le seul à connaître cette information</strong>. Veillez à
        bien la mémoriser.
      </p>
      <SetPasswordForm token={token} userInputs={ownerWords} />
    </SingleUseLinkPage>
  );
}
