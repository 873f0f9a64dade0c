import Link from "next/link";
import { newChallenge } from "@/lib/antibot/proof-of-work";
import { SelfRegistrationForm } from "./self-registration-form";

export const metadata = { title: "Inscription au Passeport Sécurité" };
export const dynamic = "force-dynamic"; // a new anti-robot challenge for every visit

export default function SelfRegistrationPage() {
  const { challenge, difficulty } = newChallenge();
  return (
    <section aria-labelledby="titre" className="mx-auto grid max-w-3xl gap-4">
      <h1 id="titre" className="text-2xl font-black">
        JE M&apos;INSCRIS AU PASSEPORT SÉCURITÉ
      </h1>
      <p className="text-slate-700">
        Inscrivez-vous dans votre entreprise si elle est déjà inscrite sur la plateforme. Vous recevrez un e-mail pour choisir votre mot de
        passe, puis vous suivrez la sensibilisation accueil sécurité de votre profil. Le référent de votre entreprise est informé de votre
        inscription.
      </p>
      <p className="text-sm text-slate-700">
        Votre entreprise n&apos;est pas dans la liste&#8239;? Demandez à son référent de l&apos;inscrire&#8239;:{" "}
        <Link href="/inscription/entreprise" className="font-semibold underline">
          entreprise sous-traitante
        </Link>{" "}
        ou{" "}
        <Link href="/inscription/adherent" className="font-semibold underline">
          entreprise adhérente à l&apos;UNPG
        </Link>
        .
      </p>
      <SelfRegistrationForm challenge={challenge} difficulty={difficulty} />
    </section>
  );
}
