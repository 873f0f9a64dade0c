"use client";
import { useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { confirmEmailChangeAction } from "@/lib/auth/actions";
import { FormAlert } from "@/components/ui/form-alert";

export function ConfirmEmailForm({ token }: { token: string }) {
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (done) {
    return (
      <p role="status" className="rounded bg-green-50 p-3 font-semibold text-green-900">
        C&apos;est fait&#8239;: votre identifiant de connexion est désormais {done}.{" "}
        <Link href="/" className="underline">
          Connectez-vous
        </Link>{" "}
        avec cette adresse et votre mot de passe habituel.
      </p>
    );
  }
  return (
    <form
      className="grid gap-4"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const res = await confirmEmailChangeAction({ token });
        setBusy(false);
        if (res.ok) setDone(res.data.login);
        else setError(res.error);
      }}
    >
      <FormAlert message={error} />
      <Button type="submit" disabled={busy}>
        Confirmer ma nouvelle adresse
      </Button>
    </form>
  );
}
