"use client";
// The French 500 inside the root layout. A client component (Next.js requires it): the link
// back goes through /mon-espace, which reads the session on the server.
import { useEffect } from "react";
import { ErrorPage } from "@/components/error-page";

export default function ErrorBoundary({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    // the server already logged it with its digest; the console helps a support call
    console.error(error);
  }, [error]);
  return (
    <ErrorPage
      code="500"
      title="Une erreur inattendue est survenue"
      back={{ href: "/mon-espace", label: "Retour à mon espace" }}
      action={
        <button
          type="button"
          onClick={reset}
          className="min-h-11 rounded-md px-4 py-2 font-bold uppercase tracking-wide text-navy underline"
        >
          Réessayer
        </button>
      }
    >
      <p>
        La page n&apos;a pas pu s&apos;afficher. Réessayez dans un instant&#8239;; si le problème persiste, signalez-le à l&apos;assistance.
      </p>
      {error.digest ? <p className="mt-2 text-sm text-slate-600">Référence de l&apos;erreur&#8239;: {error.digest}</p> : null}
    </ErrorPage>
  );
}
