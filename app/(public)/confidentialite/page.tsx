import Link from "next/link";
import { LegalPage } from "@/components/legal-page";
import { retentionWording } from "@/lib/retention/retention-policy";

export const metadata = { title: "Confidentialité" };

// What the platform stores (prisma/schema.prisma), why, and for how long. The durations that
// jobs enforce are read from the same configuration as the jobs (lib/retention/retention-policy.ts):
// the page and the jobs cannot disagree. Keep the rest in step with the schema.
export default function Page() {
  const w = retentionWording();
  return (
    <>
      <LegalPage
        title="Confidentialité et données personnelles"
        updated="novembre 2026"
        sections={[
          {
            heading: "Responsable du traitement",
            body: "L'Union nationale des producteurs de granulats (UNPG), éditeur de la plateforme (voir les mentions légales). Les entreprises qui inscrivent leurs salariés, les formateurs et les contrôleurs agissent dans le cadre de leur propre activité.",
          },
          {
            heading: "Pourquoi ces données sont traitées",
            body: "Faire suivre aux intervenants extérieurs la sensibilisation accueil sécurité exigée avant d'entrer dans les carrières des adhérents de l'UNPG, délivrer le passeport sécurité, en permettre le contrôle à l'entrée des sites, et sécuriser la plateforme. Le fondement est l'intérêt légitime de l'UNPG et de ses adhérents à la sécurité des personnes sur leurs sites (obligation de sécurité de l'employeur et de l'entreprise utilisatrice). Aucune donnée n'est vendue ni cédée, et aucune publicité ni mesure d'audience tierce n'est utilisée.",
          },
          {
            heading: "Ce qui est conservé, et combien de temps",
            body: "La plateforme ne dépose qu'un cookie\u202f: celui de la session de connexion, indispensable, qui ne sert à aucun suivi.",
            table: {
              caption: "Données conservées, finalité et durée de conservation",
              headers: ["Données", "Pour quoi faire", "Durée de conservation"],
              rows: [
                [
                  "Compte\u202f: adresse e-mail ou ID unique, mot de passe (jamais en clair\u202f: empreinte argon2id), date de dernière connexion",
                  "Se connecter, recevoir les messages du compte",
                  "Tant que le compte existe\u202f; un compte supprimé est désactivé et son historique conservé comme ci-dessous",
                ],
                [
                  "Salarié\u202f: nom, prénom, entreprise, profil de sensibilisation, réponses aux questions de profil, rôles (formateur, contrôleur), préférences de notification",
                  "Proposer le bon parcours, gérer le compte avec le référent",
                  w.deletedPerson,
                ],
                [
                  "Entreprise\u202f: SIRET ou TVA, nom, régions, nom, prénom et e-mail du référent",
                  "Gérer le compte entreprise et ses salariés",
                  "Tant que le compte entreprise existe",
                ],
                [
                  "Parcours\u202f: modules vus, tentatives et réponses aux questionnaires, blocages",
                  "Valider le parcours, débloquer un compte, améliorer les contenus (statistiques agrégées)",
                  `Conservés\u202f; anonymes une fois l'identité de la personne supprimée remplacée (${w.anonymizeYears} après l'expiration de son dernier passeport)`,
                ],
                [
                  "Passeports et sessions de groupe (formateur, décisions)",
                  "Attester la sensibilisation, l'imprimer, la contrôler",
                  `Conservés, comme preuve de la formation\u202f; anonymes une fois l'identité de la personne supprimée remplacée (${w.anonymizeYears} après l'expiration de son dernier passeport)`,
                ],
                [
                  "Contrôles à l'entrée\u202f: passeport, date, résultat, contrôleur\u202f; adresse IP pour les contrôles «\u202fInconnu\u202f» et «\u202fFalsifié\u202f»",
                  "Traçabilité des accès, détection des faux passeports",
                  w.checks,
                ],
                [
                  "Sessions de connexion\u202f: date, adresse IP et navigateur à la connexion",
                  "Sécurité du compte, déconnexion à distance",
                  w.sessions,
                ],
                [
                  "Compteurs anti-abus\u202f: identifiant ou adresse IP et nombre d'essais",
                  "Limiter les tentatives de connexion et les envois de formulaires",
                  w.expiredRows,
                ],
                [
                  "Liens à usage unique (première connexion, mot de passe oublié, confirmation d'adresse)\u202f: empreinte du lien, destinataire, expiration",
                  "Permettre de choisir un mot de passe ou de confirmer une adresse",
                  w.expiredRows,
                ],
                ["E-mails envoyés\u202f: destinataire, objet, contenu, état", "Preuve d'envoi, nouvel envoi en cas d'échec", w.emailBodies],
                [
                  "Journal d'audit\u202f: qui a fait quelle opération, quand",
                  "Sécurité et traçabilité des opérations d'administration",
                  "Conservé\u202f; quand l'identité d'une personne supprimée est remplacée, ses nom et adresses sont effacés des entrées qui la concernent",
                ],
                ["Demandes d'assistance\u202f: nom, e-mail, objet, message, réponse", "Répondre à votre demande", "1 an après la réponse"],
                [
                  "Administrateurs\u202f: secret de double authentification (chiffré), codes de secours (empreintes)",
                  "Protéger l'accès administrateur",
                  "Tant que le compte administrateur existe",
                ],
              ],
            },
          },
          {
            heading: "Qui voit vos données",
            items: [
              "Le référent de votre entreprise\u202f: vos nom, prénom, adresse e-mail, profil, l'état de votre parcours et vos passeports.",
              "Le formateur d'une session à laquelle vous participez\u202f: les mêmes informations pour cette session.",
              "Le personnel qui contrôle votre passeport\u202f: nom, prénom, entreprise, profil et validité du passeport.",
              "Les administrateurs de la plateforme (UNPG), pour l'assistance et la sécurité.",
              "Le prestataire d'envoi des e-mails (Resend) quand il est utilisé, pour le seul acheminement des messages.",
            ],
            body: "Vos données ne sont accessibles qu'aux personnes qui en ont besoin\u202f:",
          },
          {
            heading: "Vos droits et comment les exercer",
            body: [
              "Vous disposez d'un droit d'accès, de rectification, d'effacement, de limitation et d'opposition, ainsi que du droit à la portabilité de vos données, dans les conditions prévues par le règlement général sur la protection des données (RGPD) et la loi Informatique et Libertés.",
              "Vous pouvez télécharger toutes les données que la plateforme garde sur vous (un fichier ZIP\u202f: les données au format JSON et un résumé PDF lisible) depuis MES INFORMATIONS, bouton «\u202fTélécharger mes données\u202f». Sans accès à votre compte, demandez-les par courrier\u202f: un administrateur les produit pour vous.",
              "Vous pouvez corriger vous-même vos informations dans MES INFORMATIONS (salarié) ou INFORMATIONS ENTREPRISE (référent), ou demander au référent de votre entreprise de le faire. Pour toute autre demande, écrivez-nous par le formulaire «\u202fContacter l'assistance\u202f» de la rubrique AIDE en précisant le droit que vous exercez\u202f: nous répondons dans un délai d'un mois. Les données liées à un passeport encore valable ne peuvent être effacées sans invalider ce passeport.",
              "Si vous estimez que vos droits ne sont pas respectés, vous pouvez saisir la Commission nationale de l'informatique et des libertés (CNIL), www.cnil.fr.",
            ],
          },
          {
            heading: "Sécurité",
            body: "Connexions chiffrées (HTTPS), mots de passe hachés (argon2id), sessions révoquées à la déconnexion et à chaque changement d'identifiants, double authentification des administrateurs, limitation des tentatives et journal d'audit des opérations d'administration.",
          },
        ]}
      />
      <p className="mt-4 max-w-3xl text-sm">
        <Link href="/aide/contact" className="font-semibold underline">
          Exercer vos droits&#8239;: contacter l&apos;assistance
        </Link>
      </p>
    </>
  );
}
