// Issue 17, item 4: a new login e-mail becomes the login only when the link sent to it is
// opened and confirmed here (a button, so that mail scanners opening links confirm nothing).
import Link from "next/link";
import { EMAIL_CHANGE_ERRORS, readEmailChange } from "@/lib/auth/credential-change";
import { ConfirmEmailForm } from "./confirm-email-form";

export const metadata = { title: "Confirmer votre nouvelle adresse" };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const change = await readEmailChange(token);
  return (
    <section className="mx-auto grid max-w-md gap-4 rounded-lg bg-white p-6 shadow-sm">
      <h1 className="text-lg font-black tracking-wide">CONFIRMER VOTRE NOUVELLE ADRESSE</h1>
      {change.ok ? (
        <>
          <p>
            L&apos;adresse <strong>{change.newEmail}</strong> deviendra l&apos;identifiant de connexion du compte
            {change.currentLogin ? (
              <>
                {" "}
                <strong>{change.currentLogin}</strong>
              </>
            ) : null}
            . Toutes les sessions ouvertes avec ce compte seront fermées.
          </p>
          <ConfirmEmailForm token={token} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded bg-red-50 p-3 font-semibold text-red-800">
            {EMAIL_CHANGE_ERRORS[change.reason]}
          </p>
          <Link href="/" className="underline">
            Retour à l&apos;accueil
          </Link>
        </>
      )}
    </section>
  );
}
