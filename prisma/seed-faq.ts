// A8: the demo FAQ, written from the platform's manuals (seeds 000 to 002) and adapted to
// this platform's screens. Answers are plain text; a blank line separates paragraphs.
export type SeedFaqTheme = { title: string; entries: { question: string; answer: string; keywords?: string }[] };

export const seedFaq: SeedFaqTheme[] = [
  {
    title: "Connexion et mot de passe",
    entries: [
      {
        question: "Avec quel identifiant dois-je me connecter ?",
        answer:
          "Dans le bloc CONNEXION de la page d'accueil, saisissez votre adresse e-mail, votre ID unique ou votre n° adhérent, puis votre mot de passe, et cliquez sur « Je me connecte ».\n\nUne entreprise sous-traitante se connecte avec l'adresse e-mail du référent, une entreprise adhérente avec son n° adhérent (ou l'e-mail du référent), un salarié avec son adresse e-mail ou, s'il n'en a pas, avec l'ID unique qui lui a été attribué à la création de son compte.",
        keywords: "login identifiant connexion",
      },
      {
        question: "J'ai oublié mon mot de passe : que faire ?",
        answer:
          "Cliquez sur « Mot de passe oublié ? » sous le bloc CONNEXION, saisissez votre e-mail, ID unique ou n° adhérent, puis « Redéfinir mon mot de passe ». Un lien valable 72 heures est envoyé à l'adresse du compte ou, pour un compte sans e-mail, à celle du référent de l'entreprise.\n\nVous n'avez pas reçu le courriel ? Pensez à vérifier vos spams. S'il ne s'y trouve pas, rapprochez-vous de votre interlocuteur habituel.",
        keywords: "mdp oubli réinitialiser identifiants oubliés",
      },
      {
        question: "Je me connecte pour la première fois : comment choisir mon mot de passe ?",
        answer:
          "Si votre compte a été créé par votre entreprise ou par un formateur, vous avez reçu un courriel (ou votre référent l'a reçu pour vous si vous n'avez pas d'e-mail) avec un lien de première connexion. Ce lien ouvre la page « Définir un nouveau mot de passe ». Vous serez le seul à connaître ce mot de passe : mémorisez-le bien.\n\nLe lien est valable 72 heures. Passé ce délai, demandez un nouveau lien depuis la page ou utilisez « Mot de passe oublié ? ».",
        keywords: "première connexion lien activation",
      },
      {
        question: "Quelles règles mon mot de passe doit-il respecter ?",
        answer:
          "Au moins 12 caractères, et un mot de passe difficile à deviner : la jauge affichée sous le champ doit indiquer au moins « bon ». Évitez votre nom, celui de votre entreprise, les dates et les suites de touches. Une phrase de plusieurs mots séparés par des tirets convient très bien.",
        keywords: "robustesse sécurité",
      },
      {
        question: "Pourquoi ma session s'est-elle fermée toute seule ?",
        answer:
          "Par sécurité, une session se ferme après 30 minutes sans activité (15 minutes pour les administrateurs) et dans tous les cas 8 heures après la connexion. Elle se ferme aussi sur tous vos appareils quand le mot de passe ou l'adresse e-mail du compte change. Reconnectez-vous simplement depuis la page d'accueil.",
        keywords: "déconnexion expirée inactivité",
      },
    ],
  },
  {
    title: "Compte entreprise et référent",
    entries: [
      {
        question: "Comment inscrire mon entreprise sous-traitante ?",
        answer:
          "Sur la page d'accueil, dans le bloc INSCRIPTION, cliquez sur « Je suis une entreprise sous-traitante ». Indiquez le numéro de SIRET (ou, à défaut, le numéro de TVA intracommunautaire via « Vous n'avez pas de numéro SIRET ? »), le nom de l'entreprise, ses régions d'intervention, puis le nom, le prénom et l'adresse e-mail du référent et le mot de passe du compte.\n\nLe référent est la personne qui gère les questions de sécurité des salariés : c'est lui qui reçoit toutes les informations du compte entreprise et de ses salariés.",
        keywords: "inscription sous-traitant siret",
      },
      {
        question: "Mon entreprise est adhérente à l'UNPG : comment obtenir un compte ?",
        answer:
          "Cliquez sur « Je suis entreprise adhérente à l'UNPG » dans le bloc INSCRIPTION et remplissez le formulaire. Votre demande d'adhésion est examinée par un administrateur : une fois approuvée, le n° adhérent vous est communiqué par e-mail et vous pouvez vous connecter avec lui ou avec l'adresse du référent.",
        keywords: "adhérent adhésion membre",
      },
      {
        question: "Le référent de notre entreprise change : comment passer le relais ?",
        answer:
          "Le référent sur le départ ouvre INFORMATIONS ENTREPRISE puis « Passage de relais » et indique le nom, le prénom et l'adresse e-mail du nouveau référent. Celui-ci reçoit une invitation : le compte entreprise passe à son adresse quand il a choisi son propre mot de passe.\n\nSi les espaces de l'ancien référent étaient liés, il doit d'abord les distinguer (voir « Lier vos espaces »).",
        keywords: "passage de relais nouveau référent changement",
      },
      {
        question: "Que signifie « Lier vos espaces » ?",
        answer:
          "Un référent qui suit aussi la sensibilisation a deux comptes : le compte entreprise et son compte utilisateur de salarié. Depuis INFORMATIONS ENTREPRISE, « Lier ce compte entreprise à mon compte utilisateur » les réunit : vous vous connectez avec le compte entreprise et passez d'un espace à l'autre avec le sélecteur en haut du menu (l'espace augmenté).\n\n« Distinguer vos espaces » défait cette liaison, par exemple avant un passage de relais.",
        keywords: "espace augmenté lier distinguer",
      },
      {
        question: "Le nom de domaine des adresses e-mail de notre entreprise change : faut-il modifier chaque salarié ?",
        answer:
          "Non. Dans INFORMATIONS ENTREPRISE, l'outil de changement de domaine remplace l'ancien domaine par le nouveau dans les adresses de tous vos salariés inscrits, en une seule opération. Chaque salarié concerné est prévenu.",
        keywords: "domaine adresse email",
      },
    ],
  },
  {
    title: "Salariés inscrits",
    entries: [
      {
        question: "Comment inscrire un salarié ?",
        answer:
          "Dans LISTE DES SALARIÉS, cliquez sur « Inscrire un nouveau salarié ». Saisissez son prénom, son nom et son adresse e-mail de contact, puis répondez aux questions qui déterminent son profil de sensibilisation (transporteur, intervention technique sur les installations…).\n\nLe salarié reçoit un courriel avec son lien de première connexion ; sans adresse e-mail, c'est le référent qui le reçoit.",
        keywords: "créer compte salarié",
      },
      {
        question: "Mon salarié n'a pas d'adresse e-mail : comment faire ?",
        answer:
          "Cochez « Pas d'adresse e-mail ? » dans le formulaire d'inscription : la plateforme génère un ID unique qui lui sert d'identifiant. Les informations de sa première connexion sont envoyées à l'adresse du référent, qui les lui transmet.\n\nVous pouvez aussi indiquer une autre adresse, avec l'accord préalable de l'intéressé.",
        keywords: "id unique sans email identifiant",
      },
      {
        question: "Un salarié a déjà un passeport SNBPE : doit-il tout refaire ?",
        answer:
          "Non. Les passeports sécurité du SNBPE (Syndicat national du béton prêt à l'emploi) et de l'UNPG partagent des modules communs. Au moment de créer son compte, indiquez qu'il possède un passeport SNBPE et sa date d'obtention : les modules communs sont validés d'emblée.\n\nAttention : ce lien ne peut plus être fait une fois le compte créé.",
        keywords: "snbpe réciprocité béton",
      },
      {
        question: "Le compte de mon salarié est bloqué : pourquoi et comment le débloquer ?",
        answer:
          "Après plus de 3 échecs au questionnaire d'un même module, la sensibilisation s'arrête et le compte est bloqué. Le salarié voit un message l'invitant à se rapprocher de son responsable et le référent reçoit un e-mail.\n\nPour débloquer : dans LISTE DES SALARIÉS, cliquez sur l'état « bloqué » (bouton « Débloquer ») puis confirmez. Le salarié peut alors reprendre le module.",
        keywords: "blocage bloqué échec questionnaire",
      },
      {
        question: "Comment supprimer le compte d'un salarié qui a quitté l'entreprise ?",
        answer:
          "Dans LISTE DES SALARIÉS, utilisez l'action de suppression sur sa ligne puis confirmez. Attention : son passeport n'est plus valide et il ne sera plus accepté sur les sites. L'historique (passeports, contrôles) est conservé pour la traçabilité.",
        keywords: "suppression départ",
      },
    ],
  },
  {
    title: "Sensibilisation et parcours",
    entries: [
      {
        question: "Comment se déroule la sensibilisation en ligne ?",
        answer:
          "Dans votre espace, ouvrez VALIDER MON PARCOURS : les modules de votre profil s'y suivent dans l'ordre. Pour chaque module, regardez la vidéo ou les diapositives jusqu'au bout, puis répondez au questionnaire. Quand tous les modules sont validés, votre passeport sécurité est délivré et apparaît dans MES PASSEPORTS.",
        keywords: "parcours module vidéo questionnaire e-learning",
      },
      {
        question: "Quels équipements de protection individuelle dois-je porter sur le site ?",
        answer:
          "Le module consacré aux équipements de protection individuelle les présente : casque, chaussures de sécurité et gilet haute visibilité au minimum, lunettes et gants dès qu'il y a projection, poussière ou manutention, protections auditives dans les zones bruyantes. Un équipement abîmé ne protège plus : faites-le remplacer avant d'entrer sur le site. Les consignes propres à chaque carrière sont données à l'accueil du site.",
        keywords: "casque gilet chaussures",
      },
      {
        question: "Je suis formé en salle avec un formateur : que dois-je faire ?",
        answer:
          "Le formateur vous inscrit à sa session : vous recevez (ou votre référent reçoit) vos identifiants. Pendant la session, vous regardez les modules projetés en salle puis vous répondez au questionnaire d'évaluation des connaissances sur papier. Le formateur indique ensuite si vous avez obtenu votre passeport ou si vous devez le repasser.",
        keywords: "session groupe salle présentiel",
      },
    ],
  },
  {
    title: "Passeport et contrôle",
    entries: [
      {
        question: "Combien de temps mon passeport est-il valable ?",
        answer:
          "3 ans pour les profils Salarié administratif et Salarié technique, 2 ans pour le profil Transporteur. La date d'expiration figure sur le passeport, dans MES PASSEPORTS et, pour le référent, dans la colonne « Expiration » de LISTE DES SALARIÉS. À l'expiration, il faut suivre à nouveau la sensibilisation.",
        keywords: "validité expiration durée renouvellement",
      },
      {
        question: "Comment imprimer ou présenter mon passeport ?",
        answer:
          "Dans MES PASSEPORTS, « Imprimer le passeport » télécharge un PDF à imprimer ou à garder sur votre téléphone. Le passeport porte un QR code que le personnel du site scanne à l'entrée. Le référent peut aussi voir le passeport de ses salariés, et le formateur réimprimer ceux des participants à ses sessions (IMPRIMER DES PASSEPORTS).",
        keywords: "pdf impression qr code",
      },
      {
        question: "Comment contrôler un passeport à l'entrée du site ?",
        answer:
          "Les contrôleurs et les formateurs ouvrent CONTRÔLER UN PASSEPORT depuis leur espace sur un téléphone : « Scanner le QR code » avec l'appareil photo, ou saisie du numéro du passeport. La réponse s'affiche aussitôt : Valide, Expiré, Révoqué, Inconnu ou Falsifié, avec le nom, l'entreprise et le profil du titulaire.\n\nTout le monde peut aussi scanner le QR code avec l'appareil photo d'un téléphone : la page de vérification s'ouvre sans connexion.",
        keywords: "contrôleur vérification qr scanner",
      },
      {
        question: "Que signifie un passeport « Falsifié » ?",
        answer:
          "Le QR code présenté n'a pas été produit par la plateforme (signature invalide) : le document a été modifié ou fabriqué. Refusez l'accès et prévenez le responsable du site. Ces contrôles sont enregistrés et examinés par les administrateurs.",
        keywords: "fraude faux",
      },
    ],
  },
  {
    title: "Formateurs",
    entries: [
      {
        question: "Comment devenir formateur ?",
        answer:
          "Le rôle de formateur est accordé par les administrateurs de l'UNPG à un salarié d'une entreprise adhérente (habilitation formateur, valable jusqu'à une date fixée). L'entreprise adhérente en fait la demande pour son salarié ; une fois l'habilitation accordée, l'onglet ESPACE FORMATEUR apparaît dans son menu.",
        keywords: "habilitation formateur",
      },
      {
        question: "Comment organiser une sensibilisation de groupe ?",
        answer:
          "Dans l'ESPACE FORMATEUR, « CRÉER UNE SENSIBILISATION » : choisissez le profil du groupe (un seul par session), le nombre de participants, puis saisissez pour chacun nom, prénom, e-mail (facultatif mais conseillé) et entreprise. « Démarrer la session » crée les comptes ; imprimez les questionnaires, puis lancez la diffusion des modules.\n\nÀ la fin, VALIDER DES PASSEPORTS : pour chaque participant « Passeport obtenu » ou « Doit repasser », puis enregistrez. Après l'enregistrement, les décisions ne sont plus modifiables.",
        keywords: "session groupe diffusion questionnaires",
      },
    ],
  },
  {
    title: "Données personnelles et assistance",
    entries: [
      {
        question: "Quelles données me concernant sont conservées, et combien de temps ?",
        answer:
          "Vos nom, prénom, entreprise, adresse e-mail (facultative), profil, résultats des modules, passeports et contrôles de vos passeports. Le détail, les durées de conservation et vos droits figurent sur la page CONFIDENTIALITÉ.",
        keywords: "rgpd données personnelles vie privée",
      },
      {
        question: "Je n'ai pas trouvé de réponse : comment contacter l'assistance ?",
        answer:
          "Utilisez le formulaire « Contacter l'assistance » en bas de la page AIDE : indiquez l'objet et décrivez votre demande. Connecté, votre identité est reprise de votre compte ; sinon, indiquez votre nom et votre adresse e-mail. La réponse vous est envoyée par e-mail.",
        keywords: "contact support question",
      },
    ],
  },
];
