"use client";
// Item 5 of issue 17: an administrator's first login enrols an authenticator app (QR code
// or key typed by hand, confirmed by its first code), then shows the 10 recovery codes once.
import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { OneTimeCodeForm, RecoveryCodeList } from "@/components/auth/one-time-code-form";
import { confirmEnrolmentAction } from "@/lib/auth/actions";

export function EnrolmentForm({ qrDataUrl, manualKey }: { qrDataUrl: string; manualKey: string }) {
  const [codes, setCodes] = useState<string[] | null>(null);

  if (codes) {
    return (
      <div className="grid gap-4">
        <h1 className="text-lg font-black tracking-wide">VOS CODES DE SECOURS</h1>
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
          Votre application d&apos;authentification est enregistrée.
        </p>
        <p>
          Si vous perdez votre téléphone, chacun de ces codes remplace une fois le code de l&apos;application.{" "}
          <strong>Notez-les maintenant et gardez-les en lieu sûr&#8239;: ils ne seront plus jamais affichés.</strong>
        </p>
        <RecoveryCodeList codes={codes} />
        {/* a full page load, so that every server component reads the completed session */}
        <a href="/admin" className={`${buttonClass()} justify-self-start`}>
          J&apos;ai noté mes codes&#8239;: accéder à l&apos;administration
        </a>
      </div>
    );
  }

  return (
    <OneTimeCodeForm
      titleId="enrolement"
      label="Code affiché par l'application"
      submitLabel="Enregistrer l'application"
      action={confirmEnrolmentAction}
      cancelable
      onDone={(data) => setCodes(data.recoveryCodes)}
    >
      <h1 id="enrolement" className="text-lg font-black tracking-wide">
        ACCÈS ADMINISTRATEUR
      </h1>
      <p className="text-sm text-slate-700">
        Mot de passe accepté. Les administrateurs confirment chaque connexion avec un code à usage unique&#8239;: enregistrez ce compte dans
        une application d&apos;authentification (Google Authenticator, Microsoft Authenticator, FreeOTP, Aegis…).
      </p>
      <ol className="grid list-decimal gap-3 pl-5 text-sm">
        <li>
          Scannez ce QR code avec l&apos;application&#8239;:
          {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL generated on the server */}
          <img
            src={qrDataUrl}
            alt="QR code à scanner avec votre application d'authentification"
            width={240}
            height={240}
            className="mt-2"
          />
        </li>
        <li>
          ou saisissez cette clé à la main (type «&#8239;basée sur le temps&#8239;»)&#8239;:
          <code className="mt-1 block rounded bg-slate-100 p-2 font-mono text-base break-all">{manualKey}</code>
        </li>
        <li>puis saisissez le code à 6 chiffres que l&apos;application affiche.</li>
      </ol>
    </OneTimeCodeForm>
  );
}
