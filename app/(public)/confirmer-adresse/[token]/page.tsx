// Issue 17, item 4: a new login e-mail becomes the login only when the link sent to it is
// opened and confirmed here (a button, so that mail scanners opening links confirm nothing).
import { EMAIL_CHANGE_ERRORS, readEmailChange } from "@/lib/auth/credential-change";
import { ConfirmEmailForm } from "./confirm-email-form";
import { SingleUseLinkPage } from "@/components/single-use-link-page";

export const metadata = { title: "Confirmer votre nouvelle adresse" };

export default async function ConfirmEmailPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const change = await readEmailChange(token);
  return (
    <SingleUseLinkPage
      title="CONFIRMER VOTRE NOUVELLE ADRESSE"
      error={change.ok ? null : EMAIL_CHANGE_ERRORS[change.reason]}
      back={{ href: "/", label: "Retour à l'accueil" }}
    >
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
    </SingleUseLinkPage>
  );
}
