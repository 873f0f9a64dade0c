import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Mentions légales" };

export default function Page() {
  return (
    <LegalPage
      title="Mentions légales"
      sections={[
        {
          heading: "Éditeur",
          body: "Union nationale des producteurs de granulats (UNPG), Paris. Directeur de la publication : le président de l'UNPG.",
        },
        {
          heading: "Hébergement",
          body: "La plateforme est hébergée dans l'Union européenne. Les coordonnées de l'hébergeur sont communiquées sur simple demande.",
        },
      ]}
    />
  );
}
