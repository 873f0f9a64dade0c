"use client";
import { useState } from "react";
import { OneTimeCodeForm, RecoveryCodeList } from "@/components/auth/one-time-code-form";
import { renewRecoveryCodesAction } from "@/lib/auth/actions";

export function RenewRecoveryCodes() {
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) {
    return (
      <div className="grid gap-3">
        <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
          Nouveaux codes de secours&#8239;: notez-les maintenant, ils ne seront plus affichés. Les anciens ne fonctionnent plus.
        </p>
        <RecoveryCodeList codes={codes} />
      </div>
    );
  }
  return (
    <OneTimeCodeForm
      label="Code affiché par votre application"
      submitLabel="Générer de nouveaux codes de secours"
      action={renewRecoveryCodesAction}
      onDone={(data) => setCodes(data.recoveryCodes)}
    />
  );
}
