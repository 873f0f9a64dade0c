import { newChallenge } from "@/lib/antibot/proof-of-work";
import { RegistrationForm } from "../entreprise/registration-form";

export const metadata = { title: "Inscription entreprise adhérente" };
export const dynamic = "force-dynamic"; // a new anti-robot challenge for every visit

export default function MemberRegistrationPage() {
  const { challenge, difficulty } = newChallenge();
  return (
    <section aria-labelledby="titre" className="mx-auto grid max-w-3xl gap-4">
      <h1 id="titre" className="text-2xl font-black">
        INSCRIPTION — Entreprise adhérente à l&apos;UNPG
      </h1>
      <p className="text-slate-700">
        Votre demande est examinée par un administrateur de l&apos;UNPG. Une fois approuvée, elle vous donne un n° adhérent, identifiant de
        connexion de votre entreprise&#8239;: vous inscrirez vos salariés et désignerez vos formateurs et vos contrôleurs.
      </p>
      <RegistrationForm challenge={challenge} difficulty={difficulty} kind="MEMBER" />
    </section>
  );
}
