// "ACCÈS ADMINISTRATEUR" (issue 17, item 5): the password, then a second step for the TOTP
// code, or, at the first login, the enrolment of an authenticator app and the recovery codes.
import Link from "next/link";
import { LoginForm } from "@/components/login-form";
import { buttonClass } from "@/components/ui/button";
import { getSessionState } from "@/lib/auth/current-user";
import { enrolmentOffer } from "@/lib/auth/second-factor";
import { SecondFactorForm } from "./second-factor-form";
import { EnrolmentForm } from "./enrolment-form";

export const metadata = { title: "Accès administrateur" };
export const dynamic = "force-dynamic";

async function offerOrNull(sessionId: string) {
  try {
    return await enrolmentOffer(sessionId);
  } catch {
    return null;
  }
}

export default async function AdminLoginPage() {
  const state = await getSessionState();
  let body: React.ReactNode;
  if (state.status === "ACTIVE" && state.viewer.isAdmin) {
    body = (
      <div className="grid gap-4">
        <h1 className="text-lg font-black tracking-wide">ACCÈS ADMINISTRATEUR</h1>
        <p>Vous êtes connecté(e).</p>
        <Link href="/admin" className={`${buttonClass()} justify-self-start`}>
          Accéder à l&apos;administration
        </Link>
      </div>
    );
  } else if (state.status === "SECOND_FACTOR") {
    const offer = state.enrolled ? null : await offerOrNull(state.sessionId);
    body = offer ? <EnrolmentForm qrDataUrl={offer.qrDataUrl} manualKey={offer.manualKey} /> : <SecondFactorForm email={state.email} />;
  } else {
    body = <LoginForm title="ACCÈS ADMINISTRATEUR" identifierLabel="e-mail administrateur" />;
  }
  return <section className="mx-auto max-w-md rounded-lg bg-white p-6 shadow-sm">{body}</section>;
}
