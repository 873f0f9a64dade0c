"use client";
// The French 500 when the root layout itself fails: it replaces the whole document, so it
// brings its own <html> and <body> (and the global styles).
import "./globals.css";
import { ErrorPage } from "@/components/error-page";

export default function GlobalError({ error }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="fr">
      <body className="min-h-screen antialiased">
        <ErrorPage code="500" title="Une erreur inattendue est survenue" back={{ href: "/mon-espace", label: "Retour à mon espace" }}>
          <p>
            La plateforme n&apos;a pas pu afficher cette page. Réessayez dans un instant&#8239;; si le problème persiste, signalez-le à
            l&apos;assistance.
          </p>
          {error.digest ? <p className="mt-2 text-sm text-slate-600">Référence de l&apos;erreur&#8239;: {error.digest}</p> : null}
        </ErrorPage>
      </body>
    </html>
  );
}
