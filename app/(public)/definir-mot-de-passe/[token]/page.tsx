// A6: "DÉFINIR UN NOUVEAU MOT DE PASSE", opened from a first-connection or reset link.
import Link from "next/link";
import { redirect } from "next/navigation";
import { checkPasswordToken, TOKEN_ERRORS } from "@/lib/auth/password-token";
import { passwordOwnerWords } from "@/lib/auth/password-reset";
import { SetPasswordForm } from "./set-password-form";

export const metadata = { title: "Définir un nouveau mot de passe" };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const check = await checkPasswordToken(token);
  if (check.ok && check.purpose === "REFERENT_INVITATION") redirect(`/relais/${token}`);
  const ownerWords = check.ok ? await passwordOwnerWords(check.accountId) : [];
  return (
    <section className="mx-auto grid max-w-md gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-lg font-black tracking-wide">DÉFINIR UN NOUVEAU MOT DE PASSE</h1>
      {check.ok ? (
        <>
          <p className="text-sm text-slate-700">
            Saisissez le mot de passe de votre choix. Attention, <strong>vous serez le seul à connaître cette information</strong>. Veillez
            à bien la mémoriser.
          </p>
          <SetPasswordForm token={token} userInputs={ownerWords} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-red-800">
            {TOKEN_ERRORS[check.reason]}
          </p>
          <Link href="/mot-de-passe-oublie" className="underline">
            Demander un nouveau lien
          </Link>
        </>
      )}
    </section>
  );
}
