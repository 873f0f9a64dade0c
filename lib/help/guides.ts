// The manual of each role (A8), as pages of the help centre: /aide/guides/<slug>. Written
// from the UNPG manuals (seeds 000 to 002) and adapted to this platform's menus and labels.
// The learner's and trainer's manuals say "tu", as their spaces do; the others "vous".
export type GuideSection = { heading: string; paragraphs?: string[]; steps?: string[] };
export type Guide = { slug: string; title: string; audience: string; intro: string; sections: GuideSection[] };

export const GUIDES: Guide[] = [
  {
    slug: "referent",
    title: "Manuel du référent d'entreprise sous-traitante",
    audience: "Référent d'une entreprise sous-traitante",
    intro:
      "Vous avez été désigné référent Passeport Sécurité de votre entreprise sous-traitante : vous administrez son compte, inscrivez vos salariés et suivez leur sensibilisation accueil sécurité.",
    sections: [
      {
        heading: "Inscrire l'entreprise",
        steps: [
          "Sur la page d'accueil, bloc INSCRIPTION, cliquez sur « Je suis une entreprise sous-traitante ».",
          "Indiquez le numéro de SIRET (sans SIRET : « Vous n'avez pas de numéro SIRET ? » puis le numéro de TVA intracommunautaire), le nom de l'entreprise et ses régions d'intervention.",
          "Indiquez le nom, le prénom et l'adresse e-mail du référent (deux fois), puis choisissez le mot de passe du compte : vous serez le seul à le connaître.",
          "La vérification anti-robot se fait d'elle-même pendant la saisie ; validez. Un e-mail confirme la création du compte.",
        ],
      },
      {
        heading: "Se connecter",
        paragraphs: [
          "Bloc CONNEXION de la page d'accueil : l'adresse e-mail du référent et le mot de passe, puis « Je me connecte ». Mot de passe perdu : « Mot de passe oublié ? », un lien valable 72 heures est envoyé à votre adresse.",
          "Vous arrivez sur le TABLEAU DE BORD de l'espace Entreprise Sous-traitante. Le menu de gauche (« ☰ Menu » sur un téléphone) mène à INFORMATIONS ENTREPRISE et LISTE DES SALARIÉS.",
        ],
      },
      {
        heading: "INFORMATIONS ENTREPRISE",
        paragraphs: [
          "Consultez et modifiez le nom du référent et les informations de l'entreprise. Changer l'adresse e-mail ou le mot de passe du compte demande le mot de passe actuel ; une nouvelle adresse ne devient l'identifiant qu'après confirmation du lien qui lui est envoyé.",
          "Le nom de domaine de votre entreprise change ? L'outil de changement de domaine met à jour les adresses de tous vos salariés en une fois.",
        ],
      },
      {
        heading: "Inscrire et suivre vos salariés",
        steps: [
          "LISTE DES SALARIÉS puis « Inscrire un nouveau salarié » : prénom, nom, adresse e-mail de contact et les questions qui déterminent son profil (transporteur, intervention technique sur les installations…).",
          "Sans adresse e-mail : « Pas d'adresse e-mail ? » génère un ID unique ; les informations de première connexion vous sont envoyées, à vous de les lui transmettre.",
          "Titulaire d'un passeport SNBPE : indiquez-le à la création avec sa date d'obtention, les modules communs sont validés d'emblée. Ce n'est plus possible après la création du compte.",
          "La liste montre pour chacun le profil, le passeport, l'état et la date d'expiration ; la recherche et le tri des colonnes aident dans les grandes listes.",
          "Modifier un salarié (prénom, nom, profil), voir son passeport ou supprimer son compte se fait depuis sa ligne. Une suppression rend son passeport invalide.",
        ],
      },
      {
        heading: "Compte bloqué",
        paragraphs: [
          "Après plus de 3 échecs au questionnaire d'un même module, le compte du salarié est bloqué et vous recevez un e-mail. Dans LISTE DES SALARIÉS, cliquez sur « Débloquer » sur sa ligne et confirmez : il peut reprendre le module.",
        ],
      },
      {
        heading: "Lier vos espaces et passer le relais",
        paragraphs: [
          "Vous suivez aussi la sensibilisation ? INFORMATIONS ENTREPRISE, « Lier ce compte entreprise à mon compte utilisateur » : une seule connexion ouvre vos deux espaces, et le sélecteur en haut du menu passe de l'un à l'autre. « Distinguer vos espaces » défait la liaison.",
          "Changement de référent : distinguez d'abord vos espaces s'ils sont liés, puis « Passage de relais » dans INFORMATIONS ENTREPRISE. Le nouveau référent reçoit une invitation ; le compte passe à son adresse quand il a choisi son mot de passe.",
        ],
      },
    ],
  },
  {
    slug: "entreprise-adherente",
    title: "Manuel de l'entreprise adhérente",
    audience: "Entreprise adhérente à l'UNPG",
    intro:
      "Votre entreprise est adhérente à l'UNPG : son espace adhérent gère les comptes de vos salariés comme celui d'une entreprise sous-traitante, et vous pouvez demander l'habilitation de formateurs parmi eux.",
    sections: [
      {
        heading: "Demander l'accès",
        steps: [
          "Page d'accueil, bloc INSCRIPTION : « Je suis entreprise adhérente à l'UNPG ».",
          "Remplissez le formulaire (SIRET ou TVA, nom, régions, référent, mot de passe) et validez.",
          "Un administrateur examine la demande d'adhésion ; une fois approuvée, le n° adhérent vous est envoyé par e-mail.",
        ],
      },
      {
        heading: "Se connecter",
        paragraphs: [
          "Bloc CONNEXION : votre n° adhérent (ou l'adresse e-mail du référent) et le mot de passe. Vous arrivez sur le TABLEAU DE BORD de l'ESPACE ADHÉRENT.",
        ],
      },
      {
        heading: "Vos salariés",
        paragraphs: [
          "LISTE DES SALARIÉS fonctionne comme pour une entreprise sous-traitante : « Inscrire un nouveau salarié », ID unique pour ceux qui n'ont pas d'adresse e-mail, passeport SNBPE à indiquer à la création, déblocage d'un compte après plus de 3 échecs, suppression, date d'expiration de chaque passeport.",
          "À l'inscription d'un salarié, vous pouvez aussi indiquer s'il sera formateur ou contrôleur sur vos sites.",
        ],
      },
      {
        heading: "Formateurs et contrôleurs",
        paragraphs: [
          "Un formateur anime des sensibilisations de groupe et valide les passeports de ses participants. Son rôle est accordé par les administrateurs de l'UNPG (habilitation formateur, jusqu'à une date fixée) à la demande de votre entreprise ; vous pouvez retirer cette désignation.",
          "Un contrôleur vérifie les passeports à l'entrée de vos sites avec son téléphone (CONTRÔLER UN PASSEPORT). Les formateurs peuvent aussi contrôler.",
        ],
      },
      {
        heading: "INFORMATIONS ENTREPRISE",
        paragraphs: [
          "Informations de l'entreprise, référent, adresse e-mail et mot de passe du compte, liaison avec votre compte utilisateur et passage de relais au nouveau référent : comme décrit dans le manuel du référent.",
        ],
      },
    ],
  },
  {
    slug: "salarie",
    title: "Manuel du salarié",
    audience: "Salarié (utilisateur)",
    intro:
      "Avant d'entrer dans une carrière d'un adhérent de l'UNPG, tu suis la sensibilisation accueil sécurité de ton profil. Ta sécurité sur nos sites est une priorité : profite pleinement de cet accueil sécurité.",
    sections: [
      {
        heading: "Ta première connexion",
        paragraphs: [
          "Si ton entreprise ou un formateur t'a inscrit, un courriel contient ton lien de première connexion : il t'envoie sur « Définir un nouveau mot de passe ». S'il n'y a pas d'adresse e-mail sur ton compte, ce courriel est parti chez le référent de ton entreprise : rapproche-toi de ton responsable pour récupérer tes identifiants (ton ID unique).",
          "Tu peux aussi t'inscrire toi-même depuis la page d'accueil : « Je m'inscris au Passeport Sécurité ».",
          "Ensuite, connecte-toi avec ton adresse e-mail ou ton ID unique et ton mot de passe. Mot de passe perdu : « Mot de passe oublié ? ».",
        ],
      },
      {
        heading: "Ton tableau de bord",
        paragraphs: [
          "Le menu (« ☰ Menu » sur un téléphone) propose TABLEAU DE BORD, MES INFORMATIONS, VALIDER MON PARCOURS et MES PASSEPORTS.",
          "MES INFORMATIONS : tes coordonnées, tes préférences et tes identifiants de connexion (changer de mot de passe ou d'adresse e-mail demande ton mot de passe actuel).",
        ],
      },
      {
        heading: "Valider ton parcours",
        steps: [
          "Ouvre VALIDER MON PARCOURS : les modules de ton profil s'y suivent dans l'ordre.",
          "Regarde la vidéo ou les diapositives du module jusqu'au bout (les sous-titres sont disponibles), puis réponds au questionnaire.",
          "Un questionnaire réussi valide le module et ouvre le suivant. Après plus de 3 échecs sur un même module, ton compte est bloqué : ton référent est prévenu et peut le débloquer.",
          "Tous les modules validés : ton passeport sécurité est délivré.",
        ],
      },
      {
        heading: "Ton passeport",
        paragraphs: [
          "MES PASSEPORTS liste tes passeports avec leur date d'expiration ; « Imprimer le passeport » télécharge le PDF. Présente-le (imprimé ou sur ton téléphone) à l'entrée du site : son QR code est scanné par le personnel.",
          "Le passeport est valable 3 ans (2 ans pour le profil Transporteur). Il ne remplace pas l'accueil propre à chaque site.",
        ],
      },
    ],
  },
  {
    slug: "formateur",
    title: "Manuel du formateur",
    audience: "Formateur",
    intro:
      "Tu es salarié d'une entreprise adhérente et habilité formateur : tu sensibilises des groupes en salle, valides leurs passeports et peux les réimprimer.",
    sections: [
      {
        heading: "Accéder à l'ESPACE FORMATEUR",
        paragraphs: [
          "Connecte-toi comme tout salarié. Ton menu montre en plus ESPACE FORMATEUR ; tu y trouves CRÉER UNE SENSIBILISATION, VALIDER DES PASSEPORTS, IMPRIMER DES PASSEPORTS et CONTRÔLER UN PASSEPORT. ESPACE COLLABORATEUR te ramène à ton propre parcours.",
        ],
      },
      {
        heading: "Créer une sensibilisation",
        steps: [
          "CRÉER UNE SENSIBILISATION : choisis le profil du groupe. Il n'y a qu'un profil par session.",
          "Indique le nombre de participants : une fois validé, tu ne pourras plus en ajouter ni en retirer.",
          "Saisis pour chaque participant nom, prénom, e-mail (facultatif mais vivement conseillé) et entreprise. Sans e-mail, un ID unique est généré et les informations partent chez le référent de son entreprise. Avant de saisir une adresse personnelle, préviens le participant qu'elle sera visible de son entreprise et des administrateurs.",
          "« Démarrer la session » crée les comptes et envoie leurs identifiants. Imprime alors les questionnaires d'évaluation des connaissances, ou plus tard avec « Imprimer les questionnaires ».",
        ],
      },
      {
        heading: "Diffuser les modules",
        paragraphs: [
          "La diffusion de la sensibilisation montre les modules du profil dans l'ordre, à projeter en salle. Les décisions s'ouvrent quand tous les modules ont été diffusés jusqu'au bout, ou quand tu déclares la session tenue sur papier uniquement.",
          "Les participants remplissent ensuite le questionnaire papier.",
        ],
      },
      {
        heading: "Valider des passeports",
        paragraphs: [
          "VALIDER DES PASSEPORTS : pour chaque participant, choisis « Passeport obtenu » ou « Doit repasser », puis enregistre les modifications. Après l'enregistrement, les décisions ne sont plus modifiables. Tu ne peux pas décider de ton propre passeport. Le référent de chaque entreprise est informé.",
        ],
      },
      {
        heading: "Imprimer des passeports et contrôler",
        paragraphs: [
          "IMPRIMER DES PASSEPORTS : retrouve un participant de tes sessions et imprime ou réimprime son passeport.",
          "CONTRÔLER UN PASSEPORT : voir le manuel du contrôleur.",
        ],
      },
    ],
  },
  {
    slug: "controleur",
    title: "Manuel du contrôleur",
    audience: "Contrôleur (personnel du site)",
    intro:
      "Vous vérifiez à l'entrée du site que chaque intervenant extérieur présente un passeport sécurité valable. Le contrôle se fait avec un téléphone, depuis votre espace.",
    sections: [
      {
        heading: "Ouvrir le contrôle",
        paragraphs: [
          "Connectez-vous avec votre compte : votre menu propose CONTRÔLER UN PASSEPORT (aux contrôleurs désignés par leur entreprise adhérente et aux formateurs).",
        ],
      },
      {
        heading: "Contrôler",
        steps: [
          "« Scanner le QR code » : autorisez l'appareil photo et placez le QR code du passeport dans le cadre.",
          "Sans QR code lisible, saisissez le numéro du passeport (PS-AAAA-XXXXXX).",
          "La réponse s'affiche : Valide, Expiré, Révoqué, Inconnu ou Falsifié, avec le nom, l'entreprise, le profil et la date d'expiration du titulaire.",
        ],
      },
      {
        heading: "Que faire selon la réponse",
        paragraphs: [
          "Valide : l'intervenant poursuit par l'accueil propre au site. Expiré ou Révoqué : il doit suivre à nouveau la sensibilisation avant d'entrer. Inconnu ou Falsifié : refusez l'accès et prévenez le responsable du site ; ces contrôles sont signalés aux administrateurs.",
          "Chaque contrôle est enregistré (date, résultat, contrôleur). Sans compte, tout téléphone peut aussi scanner le QR code : la page de vérification publique donne la même réponse.",
        ],
      },
    ],
  },
];

export const guideBySlug = (slug: string) => GUIDES.find((g) => g.slug === slug) ?? null;
