import Link from "next/link";
import { LoginForm } from "@/components/login-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { homeOf } from "@/lib/auth/spaces";
import { SignOutButton } from "@/components/sign-out-button";

export const metadata = { title: "Connexion et inscription" };

const REGISTRATIONS = [
  { href: "/inscription/entreprise", label: "Je suis une entreprise sous-traitante" },
  { href: "/inscription/adherent", label: "Je suis entreprise adhérente à l'UNPG" },
  { href: "/inscription/salarie", label: "Je m'inscris au Passeport Sécurité UNPG" },
];

export default async function HomePage({ searchParams }: { searchParams: Promise<{ connexion?: string }> }) {
  const { connexion } = await searchParams;
  const viewer = await getCurrentUser();
  return (
    <div className="grid gap-8">
      <section className="max-w-3xl">
        <h1 className="text-3xl font-black">Bienvenue sur le Passeport Sécurité</h1>
        <p className="mt-3 text-slate-700">
          Avant d&apos;entrer dans une carrière d&apos;un adhérent de l&apos;UNPG, chaque intervenant extérieur suit la sensibilisation
          accueil sécurité correspondant à son profil. Le passeport obtenu est contrôlé à l&apos;entrée du site.
        </p>
        {connexion === "requise" ? (
          <p role="status" className="mt-4 rounded bg-amber-50 p-3 text-sm font-semibold">
            Connectez-vous pour accéder à cette page.
          </p>
        ) : connexion === "mot-de-passe-change" ? (
          <p role="status" className="mt-4 rounded bg-green-50 p-3 text-sm font-semibold">
            Votre mot de passe a été changé et toutes vos sessions ont été fermées&#8239;: connectez-vous avec le nouveau mot de passe.
          </p>
        ) : connexion === "expiree" ? (
          <p role="status" className="mt-4 rounded bg-amber-50 p-3 text-sm font-semibold">
            Votre session a pris fin (inactivité prolongée ou connexion trop ancienne)&#8239;: connectez-vous à nouveau.
          </p>
        ) : null}
      </section>
      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="inscription-titre" className="rounded-lg bg-white p-6 shadow-sm">
          <h2 id="inscription-titre" className="text-lg font-black tracking-wide">
            INSCRIPTION
          </h2>
          <ul className="mt-4 flex flex-col gap-3">
            {REGISTRATIONS.map((r) => (
              <li key={r.href}>
                <Link
                  href={r.href}
                  className="block rounded-md border-2 border-navy px-4 py-3 font-semibold hover:bg-navy hover:text-white"
                >
                  {r.label}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {/* issue 15: on a phone the login comes first (the registrations are for newcomers only) */}
        <section className="order-first rounded-lg bg-white p-6 shadow-sm md:order-none">
          {viewer && homeOf(viewer) !== "/" ? (
            <div className="grid gap-4">
              <h2 className="text-lg font-black tracking-wide">CONNEXION</h2>
              <p>Vous êtes déjà connecté(e).</p>
              <div className="flex flex-wrap gap-3">
                <Link href={homeOf(viewer)} className="rounded-md bg-safety px-4 py-3 font-bold uppercase text-navy">
                  Accéder à mon espace
                </Link>
                {/* issue 15: a logged-in visitor can log out from here too */}
                <SignOutButton className="min-h-11 rounded-md border-2 border-navy px-4 font-bold text-navy" />
              </div>
            </div>
          ) : (
            <LoginForm />
          )}
        </section>
      </div>
    </div>
  );
}
