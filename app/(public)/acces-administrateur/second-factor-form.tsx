"use client";
// Item 5 of issue 17: the second step of an administrator's login, a code from the
// authenticator app or one of the recovery codes.
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { OneTimeCodeForm } from "@/components/auth/one-time-code-form";
import { verifySecondFactorAction } from "@/lib/auth/actions";

export function SecondFactorForm({ email }: { email: string | null }) {
  const [left, setLeft] = useState<number | null>(null);

  if (left !== null) {
    return (
      <div role="status" className="grid gap-4">
        <h1 className="text-lg font-black tracking-wide">ACCÈS ADMINISTRATEUR</h1>
        <p className="rounded bg-amber-50 p-3">
          Code de secours accepté. Il vous en reste <strong>{left}</strong> : chacun ne sert qu&apos;une fois.
          {left <= 3 ? " Générez-en de nouveaux dans «\u202fSÉCURITÉ DU COMPTE\u202f» dès que vous aurez retrouvé votre application." : ""}
        </p>
        {/* a full page load, so that every server component reads the completed session */}
        <a href="/admin" className={`${buttonClass()} justify-self-start`}>
          Accéder à l&apos;administration
        </a>
      </div>
    );
  }

  return (
    <OneTimeCodeForm
      titleId="second-facteur"
      label="Code de vérification"
      hint="Les 6 chiffres affichés par votre application d'authentification, ou l'un de vos codes de secours (XXXX-XXXX-XXXX)."
      submitLabel="Valider"
      action={verifySecondFactorAction}
      cancelable
      onDone={(data) => {
        if (data.recoveryCodesLeft !== null) return setLeft(data.recoveryCodesLeft);
        // a full page load, so that every server component reads the completed session
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/admin");
      }}
    >
      <h1 id="second-facteur" className="text-lg font-black tracking-wide">
        ACCÈS ADMINISTRATEUR
      </h1>
      <p className="text-sm text-slate-700">
        Mot de passe accepté{email ? ` pour ${email}` : ""}. Deuxième étape&#8239;: le code de votre application d&apos;authentification.
      </p>
    </OneTimeCodeForm>
  );
}
