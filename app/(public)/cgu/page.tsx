import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Conditions générales d'utilisation" };

export default function Page() {
  return (
    <LegalPage
      title="Conditions générales d'utilisation"
      sections={[
        {
          heading: "Objet",
          body: "La plateforme Passeport Sécurité permet aux entreprises intervenant dans les carrières des adhérents de l'UNPG de faire suivre à leurs salariés la sensibilisation accueil sécurité et d'obtenir le passeport correspondant.",
        },
        {
          heading: "Comptes",
          body: "Chaque compte est personnel. Le référent d'une entreprise est responsable des comptes qu'il crée pour ses salariés. Les identifiants ne doivent jamais être partagés.",
        },
        {
          heading: "Passeport",
          body: "Le passeport atteste du suivi de la sensibilisation. Il ne remplace pas l'accueil spécifique au site ni le plan de prévention. Sa validité est contrôlée à l'entrée du site.",
        },
      ]}
    />
  );
}
