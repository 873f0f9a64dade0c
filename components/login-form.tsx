"use client";
// A1: the "CONNEXION" block. Validation errors appear next to each field; a failed login
// shows one generic message whatever the reason. After repeated failures on an identifier
// the server asks for a proof of work (issue 17, item 8): the form fetches a challenge of
// the difficulty asked, solves it in the browser, and sends the login again with it.
import { useState } from "react";
import Link from "next/link";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { forgetOfflinePages } from "@/lib/offline/keep-offline";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { LOGIN_ERRORS, loginSchema, type LoginInput } from "@/lib/auth/login.schema";
import { loginChallengeAction } from "@/lib/auth/actions";
import { solveProofOfWork } from "@/lib/antibot/solve";
import { FormAlert } from "@/components/ui/form-alert";

export function LoginForm({
  title = "CONNEXION",
  identifierLabel = "e-mail, ID unique ou n° adhérent",
}: {
  title?: string;
  identifierLabel?: string;
}) {
  const [formError, setFormError] = useState<string | null>(null);
  const [proofStatus, setProofStatus] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<LoginInput>({ mode: "onTouched", resolver: zodResolver(loginSchema), defaultValues: { identifier: "", password: "" } });

  async function onSubmit(values: LoginInput) {
    setFormError(null);
    const credentials = { identifier: values.identifier, password: values.password };
    let result = await signIn("credentials", { ...credentials, redirect: false });
    if (result?.error === "PROOF_REQUIRED") {
      setProofStatus(
        "Plusieurs échecs récents pour cet identifiant\u202f: votre navigateur effectue une vérification anti-robot (quelques secondes)…",
      );
      const challenge = await loginChallengeAction({ identifier: values.identifier });
      if (challenge.ok) {
        const nonce = await solveProofOfWork(challenge.data.challenge, challenge.data.difficulty);
        result = await signIn("credentials", { ...credentials, challenge: challenge.data.challenge, nonce, redirect: false });
      }
      setProofStatus(null);
    }
    if (!result || result.error) {
      setFormError(LOGIN_ERRORS[result?.error ?? "default"] ?? LOGIN_ERRORS.CredentialsSignin);
      return;
    }
    // issue 18: pages another person kept on this phone for offline use never outlive a new login
    await forgetOfflinePages();
    // a full page load, so that every server component reads the new session cookie
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign("/connexion/suite");
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate aria-labelledby="connexion-titre" className="flex flex-col gap-4">
      <h2 id="connexion-titre" className="text-lg font-black tracking-wide">
        {title}
      </h2>
      <Field
        id="identifier"
        label={identifierLabel}
        autoComplete="username"
        error={errors.identifier?.message}
        {...register("identifier")}
      />
      <Field
        id="password"
        label="Mot de passe"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <Link href="/mot-de-passe-oublie" className="text-sm underline">
        Mot de passe oublié&#8239;?
      </Link>
      {proofStatus ? (
        <p role="status" className="rounded bg-amber-50 p-3 text-sm">
          {proofStatus}
        </p>
      ) : null}
      <FormAlert message={formError} />
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? "Connexion…" : "Je me connecte"}
      </Button>
    </form>
  );
}
