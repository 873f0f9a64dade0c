import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Mentions légales" };

export default function Page() {
  return (
    <LegalPage
      title="Mentions légales"
      updated="novembre 2026"
      sections={[
        {
          heading: "Éditeur",
          body: [
            "Union nationale des producteurs de granulats (UNPG), syndicat professionnel régi par le Code du travail, 3 rue Alfred Roll, 75017 Paris.",
            "Directeur de la publication\u202f: le président de l'UNPG.",
            "Contact\u202f: formulaire «\u202fContacter l'assistance\u202f» de la rubrique AIDE.",
          ],
        },
        {
          heading: "Hébergement",
          body: "La plateforme et ses données sont hébergées dans l'Union européenne par le prestataire retenu par l'UNPG, dont la dénomination, l'adresse et le téléphone sont communiqués par l'éditeur sur simple demande via la rubrique AIDE.",
        },
        {
          heading: "Propriété intellectuelle",
          body: "Les contenus de la sensibilisation (modules, vidéos, diapositives, questionnaires), les textes et la marque Passeport Sécurité sont la propriété de l'UNPG ou de ses partenaires. Toute reproduction sans autorisation est interdite. Les logiciels libres utilisés sont listés sur la page CRÉDITS.",
        },
        {
          heading: "Données personnelles",
          body: "Voir la page CONFIDENTIALITÉ\u202f: données traitées, finalités, durées de conservation et exercice de vos droits.",
        },
        {
          heading: "Cookies",
          body: "La plateforme n'utilise qu'un cookie de session, strictement nécessaire à la connexion\u202f; il n'exige pas de consentement et ne sert à aucun suivi ni à aucune publicité.",
        },
      ]}
    />
  );
}
