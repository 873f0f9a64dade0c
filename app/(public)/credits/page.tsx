import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Crédits" };

export default function Page() {
  return (
    <LegalPage
      title="Crédits"
      sections={[
        {
          heading: "Réalisation",
          body: "Plateforme Passeport Sécurité de l'UNPG. Contenus pédagogiques : groupe de travail sécurité de l'UNPG.",
        },
      ]}
    />
  );
}
