"use client";
// Item 5 of issue 17: the second step of an administrator's login, a code from the
// authenticator app or one of the recovery codes.
import { useState } from "react";
import { signOut } from "next-auth/react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Field } from "@/components/ui/field";
import { Button, buttonClass } from "@/components/ui/button";
import { applyFieldErrors } from "@/components/ui/field-errors";
import { secondFactorCodeSchema, type SecondFactorCodeInput } from "@/lib/auth/login.schema";
import { verifySecondFactorAction } from "@/lib/auth/actions";

export function SecondFactorForm({ email }: { email: string | null }) {
  const [left, setLeft] = useState<number | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<SecondFactorCodeInput>({ resolver: zodResolver(secondFactorCodeSchema), defaultValues: { code: "" } });

  if (left !== null) {
    return (
      <div role="status" className="grid gap-4">
        <h1 className="text-lg font-black tracking-wide">ACCÈS ADMINISTRATEUR</h1>
        <p className="rounded bg-amber-50 p-3">
          Code de secours accepté. Il vous en reste <strong>{left}</strong> : chacun ne sert qu&apos;une fois.
          {left <= 3
            ? " Pensez à retrouver votre application d'authentification, ou demandez de nouveaux codes à un autre administrateur."
            : ""}
        </p>
        {/* a full page load, so that every server component reads the completed session */}
        <a href="/admin" className={`${buttonClass()} justify-self-start`}>
          Accéder à l&apos;administration
        </a>
      </div>
    );
  }

  return (
    <form
      noValidate
      aria-labelledby="second-facteur"
      className="grid gap-4"
      onSubmit={handleSubmit(async (values) => {
        setFormError(null);
        const res = await verifySecondFactorAction(values);
        if (!res.ok) {
          applyFieldErrors(setError, res.fieldErrors);
          if (!res.fieldErrors) setFormError(res.error);
          return;
        }
        if (res.data.recoveryCodesLeft !== null) setLeft(res.data.recoveryCodesLeft);
        // a full page load, so that every server component reads the completed session
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        else window.location.assign("/admin");
      })}
    >
      <h1 id="second-facteur" className="text-lg font-black tracking-wide">
        ACCÈS ADMINISTRATEUR
      </h1>
      <p className="text-sm text-slate-700">
        Mot de passe accepté{email ? ` pour ${email}` : ""}. Deuxième étape : le code de votre application d&apos;authentification.
      </p>
      <Field
        id="code"
        label="Code de vérification"
        inputMode="numeric"
        autoComplete="one-time-code"
        hint="Les 6 chiffres affichés par votre application d'authentification, ou l'un de vos codes de secours (XXXX-XXXX-XXXX)."
        error={errors.code?.message}
        {...register("code")}
      />
      {formError ? (
        <p role="alert" className="rounded bg-red-50 p-3 text-sm font-semibold text-red-800">
          {formError}
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={isSubmitting}>
          Valider
        </Button>
        <button
          type="button"
          className="min-h-11 rounded-md border-2 border-navy px-4 font-bold"
          onClick={() => signOut({ callbackUrl: "/acces-administrateur" })}
        >
          Annuler
        </button>
      </div>
    </form>
  );
}
