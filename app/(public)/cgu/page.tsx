import { LegalPage } from "@/components/legal-page";

export const metadata = { title: "Conditions générales d'utilisation" };

export default function Page() {
  return (
    <LegalPage
      title="Conditions générales d'utilisation"
      updated="novembre 2026"
      sections={[
        {
          heading: "1. Objet",
          body: "La plateforme Passeport Sécurité, éditée par l'Union nationale des producteurs de granulats (UNPG), permet aux entreprises intervenant dans les carrières des adhérents de l'UNPG de faire suivre à leurs salariés la sensibilisation accueil sécurité, seuls en ligne ou en salle avec un formateur, et d'obtenir le passeport sécurité correspondant, contrôlé à l'entrée des sites. Les présentes conditions s'appliquent à toute personne qui l'utilise. Créer un compte ou se connecter vaut acceptation de ces conditions.",
        },
        {
          heading: "2. Accès et comptes",
          body: [
            "L'accès est gratuit. Une entreprise sous-traitante s'inscrit elle-même\u202f; une entreprise adhérente demande son accès, accordé par un administrateur\u202f; un salarié est inscrit par son entreprise, par un formateur ou s'inscrit lui-même.",
            "Chaque compte est personnel. Ses identifiants ne doivent jamais être partagés ni communiqués\u202f; tout usage d'un compte est réputé fait par son titulaire. En cas de perte ou de soupçon d'usage frauduleux, changez votre mot de passe ou utilisez «\u202fMot de passe oublié\u202f?\u202f», et prévenez l'assistance.",
            "Les informations saisies doivent être exactes. Une adresse e-mail personnelle ne peut être indiquée pour un salarié qu'avec son accord.",
          ],
        },
        {
          heading: "3. Rôle du référent d'entreprise",
          body: "Le référent désigné par l'entreprise administre son compte\u202f: il inscrit les salariés, corrige leurs informations, débloque leurs comptes et supprime ceux des personnes qui ont quitté l'entreprise. Il est responsable des comptes qu'il crée et s'engage à ne les utiliser que pour la sensibilisation de ses salariés. En cas de changement de référent, il procède au passage de relais prévu par la plateforme.",
        },
        {
          heading: "4. Sensibilisation et passeport",
          body: [
            "Chaque module doit être suivi jusqu'au bout avant son questionnaire. Après plus de 3 échecs au questionnaire d'un même module, le compte est bloqué jusqu'à son déblocage par le référent.",
            "Le passeport atteste le suivi de la sensibilisation accueil sécurité pour un profil, jusqu'à sa date d'expiration. Il ne remplace ni l'accueil propre à chaque site, ni le plan de prévention, ni les consignes du personnel du site, qui peut refuser l'accès à tout moment. Un passeport peut être révoqué en cas d'erreur ou de fraude.",
            "Les formateurs habilités par l'UNPG s'engagent à diffuser l'intégralité des modules et à ne valider que les participants ayant réussi l'évaluation des connaissances.",
          ],
        },
        {
          heading: "5. Usages interdits",
          items: [
            "Falsifier, modifier ou reproduire un passeport ou son QR code\u202f; présenter le passeport d'un autre.",
            "Suivre la sensibilisation à la place d'une autre personne ou lui communiquer les réponses.",
            "Tenter d'accéder aux comptes ou aux données d'autrui, contourner les protections de la plateforme, l'interroger de façon automatisée.",
          ],
          body: "Sont notamment interdits\u202f:",
        },
        {
          heading: "6. Contenus",
          body: "Les modules, vidéos, questionnaires et textes de la plateforme appartiennent à l'UNPG ou à ses partenaires. Ils ne peuvent être réutilisés en dehors de la sensibilisation sans autorisation écrite.",
        },
        {
          heading: "7. Disponibilité et responsabilité",
          body: "L'UNPG s'efforce d'assurer l'accès à la plateforme en continu mais peut l'interrompre pour maintenance. Elle ne saurait être tenue responsable d'une indisponibilité ni d'un usage de la plateforme contraire aux présentes conditions.",
        },
        {
          heading: "8. Suspension et suppression",
          body: "En cas de manquement à ces conditions, l'UNPG peut suspendre un compte entreprise, retirer une habilitation de formateur, révoquer un passeport ou supprimer un compte. Les opérations des administrateurs sont tracées dans un journal d'audit.",
        },
        {
          heading: "9. Données personnelles",
          body: "Le traitement des données personnelles est décrit sur la page CONFIDENTIALITÉ.",
        },
        {
          heading: "10. Modification et droit applicable",
          body: "Ces conditions peuvent évoluer\u202f; la version en vigueur est celle publiée sur cette page. Elles sont soumises au droit français. Toute question\u202f: rubrique AIDE, formulaire «\u202fContacter l'assistance\u202f».",
        },
      ]}
    />
  );
}
