import { newChallenge } from "@/lib/antibot/proof-of-work";
import { RegistrationForm } from "./registration-form";

export const metadata = { title: "Inscription entreprise sous-traitante" };
export const dynamic = "force-dynamic"; // a new anti-robot challenge for every visit

export default function SubcontractorRegistrationPage() {
  const { challenge, difficulty } = newChallenge();
  return (
    <section aria-labelledby="titre" className="mx-auto grid max-w-3xl gap-4">
      <h1 id="titre" className="text-2xl font-black">
        INSCRIPTION — Entreprise sous-traitante
      </h1>
      <p className="text-slate-700">
        Le référent Passeport Sécurité est la personne qui gère, au sein de l&apos;entreprise, les formations à la sécurité des
        collaborateurs. Il recevra les informations relatives au compte de l&apos;entreprise et à ceux de ses salariés.
      </p>
      <RegistrationForm challenge={challenge} difficulty={difficulty} />
    </section>
  );
}
