import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Confidentialité" };

export default function Page() {
  return (
    <LegalPage
      title="Confidentialité et données personnelles"
      sections={[
        {
          heading: "Données conservées",
          body: "Nom, prénom, entreprise, adresse e-mail (facultative), profil de sensibilisation, résultats des modules et passeports délivrés, journal des contrôles.",
        },
        {
          heading: "Finalité",
          body: "Délivrer et vérifier le passeport sécurité exigé à l'entrée des carrières. Aucune donnée n'est cédée à des tiers.",
        },
        {
          heading: "Durée",
          body: "Les données d'un compte sont conservées tant que le compte est actif, puis trois ans après l'expiration du dernier passeport, pour répondre aux obligations de traçabilité.",
        },
        {
          heading: "Vos droits",
          body: "Vous pouvez demander l'accès, la rectification, l'export ou l'effacement de vos données auprès du référent de votre entreprise ou de l'UNPG (rubrique AIDE).",
        },
      ]}
    />
  );
}
