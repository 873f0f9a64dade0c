// Demo training content: three profiles and their quarry-safety modules, in French.
// Media live in public/media/<slug>/ (scripts/make-media.mjs draws the slides and the
// videos from the texts below). Each question has exactly one right answer.

export type SeedChoice = { text: string; correct: boolean };
/** where the media answers the question: a slide number (from 1) or a time in the video (s) */
export type SeedAnchor = { slide: number } | { seconds: number };
export type SeedQuestion = { text: string; explanation: string; anchor: SeedAnchor; choices: SeedChoice[] };
export type SeedSlide = { image: string; alt: string; text: string };
export type SeedModule = {
  slug: string;
  title: string;
  summary: string;
  mediaKind: "VIDEO" | "SLIDES";
  mediaPath: string;
  captionsPath?: string;
  videoSources?: { src: string; type: string }[];
  slides?: SeedSlide[];
  durationSeconds: number;
  passMark: number;
  snbpeCommon: boolean;
  questions: SeedQuestion[];
  /** issue 12: the module in other languages: texts, media script (drawn by make-media) and questions in order */
  translations?: Record<string, SeedTranslation>;
};
export type SeedTranslation = {
  title: string;
  summary: string;
  /** the video's first card */
  subtitle: string;
  script: SlideText[];
  questions: { text: string; explanation: string; choices: string[] }[];
};
export type SeedProfile = { code: string; name: string; description: string; validityMonths: number; moduleSlugs: string[] };

/** q(where the media answers it, "question", "explication", "bonne réponse", "mauvaise 1"…) */
function q(anchor: SeedAnchor, text: string, explanation: string, right: string, ...wrong: string[]): SeedQuestion {
  return { text, explanation, anchor, choices: [{ text: right, correct: true }, ...wrong.map((w) => ({ text: w, correct: false }))] };
}

/** The slides of a module: one title and one text each; images drawn by make-media.mjs. */
export type SlideText = { title: string; text: string };

function slidesOf(slug: string, texts: SlideText[]): SeedSlide[] {
  return texts.map((t, i) => ({ image: `/media/${slug}/slide-${i + 1}.svg`, alt: `${t.title}. ${t.text}`, text: t.text }));
}

function video(slug: string) {
  return {
    mediaKind: "VIDEO" as const,
    mediaPath: `/media/${slug}/video.webm`,
    captionsPath: `/media/${slug}/captions.vtt`,
    videoSources: [
      { src: `/media/${slug}/video.webm`, type: "video/webm" },
      { src: `/media/${slug}/video.mp4`, type: "video/mp4" },
    ],
  };
}

function slides(slug: string, texts: SlideText[]) {
  return { mediaKind: "SLIDES" as const, mediaPath: `/media/${slug}/slide-1.svg`, slides: slidesOf(slug, texts) };
}

/** The script of each module: slides for diaporamas, timed cards (and captions) for videos. */
export const MEDIA_SCRIPTS: Record<string, SlideText[]> = {
  "accueil-regles-du-site": [
    { title: "Bienvenue sur le site", text: "Avant toute intervention, présente-toi à l'accueil ou au bureau de la carrière." },
    {
      title: "Le protocole de sécurité",
      text: "Lis et signe le protocole ou le plan de prévention : il décrit les risques et les règles du site.",
    },
    {
      title: "Reste dans ta zone",
      text: "Ne te rends que dans les zones prévues pour ton intervention, par les itinéraires indiqués.",
    },
    { title: "Alcool et drogues interdits", text: "L'alcool et les stupéfiants sont interdits. Le téléphone au volant aussi." },
    { title: "Signale tout danger", text: "Une situation dangereuse ? Arrête-toi et préviens immédiatement le responsable du site." },
  ],
  "circulation-sur-site": [
    {
      title: "Les engins sont prioritaires",
      text: "Sur une carrière, les engins ont toujours la priorité. Ils ne peuvent pas s'arrêter vite.",
    },
    { title: "Respecte le plan de circulation", text: "Suis le sens de circulation, les panneaux et la vitesse limite du site." },
    { title: "Piétons : prudence", text: "Circule à pied uniquement dans les zones balisées, jamais entre deux engins." },
    { title: "Stationnement", text: "Gare-toi en marche arrière, sur les parkings prévus, loin des pistes et des stocks." },
    { title: "Feux et gyrophare", text: "Roule feux allumés. Le gyrophare et la radio peuvent être exigés sur les pistes." },
  ],
  "equipements-protection-individuelle": [
    {
      title: "Les EPI obligatoires",
      text: "Casque, chaussures de sécurité et gilet haute visibilité sont obligatoires dès la sortie du véhicule.",
    },
    { title: "Lunettes et gants", text: "Porte des lunettes et des gants dès qu'il y a projection, poussière ou manutention." },
    {
      title: "Protections auditives",
      text: "Près des installations de traitement, le bruit dépasse souvent 85 dB(A) : bouchons ou casque antibruit.",
    },
    { title: "EPI en bon état", text: "Un EPI abîmé ne protège plus : fais-le remplacer avant d'entrer sur le site." },
    {
      title: "Être vu",
      text: "Le gilet haute visibilité te rend visible des conducteurs d'engins, de jour comme de nuit : ferme-le.",
    },
  ],
  "engins-mobiles-angles-morts": [
    {
      title: "Les angles morts",
      text: "Un conducteur de tombereau ne voit pas une personne à plusieurs mètres devant ou derrière son engin.",
    },
    { title: "Le contact visuel", text: "Avant d'approcher un engin, attends que le conducteur t'ait vu et te fasse signe." },
    { title: "Garde tes distances", text: "Reste hors du rayon d'action des pelles et chargeuses, et jamais sous une charge." },
    { title: "Marche arrière", text: "Le signal sonore de recul annonce un danger : écarte-toi de la trajectoire." },
    {
      title: "Parler au conducteur",
      text: "Pour parler au conducteur, attends qu'il arrête l'engin, pose le godet au sol et te fasse signe.",
    },
  ],
  "chutes-et-noyade": [
    { title: "Fronts de taille", text: "Ne t'approche jamais du bord d'un front ou d'un talus : le sol peut s'effondrer." },
    { title: "Merlons et garde-corps", text: "Les merlons protègent les bords de piste. Ne les franchis pas, ne les abîme pas." },
    { title: "Bassins et plans d'eau", text: "Les berges sont glissantes et l'eau froide. Gilet de sauvetage obligatoire près de l'eau." },
    { title: "Travail en hauteur", text: "Au-dessus de 1 mètre, utilise les passerelles, garde-corps ou un harnais attaché." },
  ],
  "poussieres-et-bruit": [
    {
      title: "La silice cristalline",
      text: "Les poussières de carrière peuvent contenir de la silice cristalline, dangereuse pour les poumons.",
    },
    { title: "Réduire la poussière", text: "Les pistes sont arrosées, les cabines fermées : garde vitres et portes closes." },
    { title: "Masque FFP", text: "En zone poussiéreuse, porte un masque FFP2 ou FFP3 bien ajusté au visage." },
    { title: "Le bruit", text: "Au-delà de 85 dB(A), les protections auditives sont obligatoires, même pour un court passage." },
  ],
  "procedure-urgence": [
    { title: "Donner l'alerte", text: "En cas d'accident, protège, alerte le responsable du site puis les secours : 18 ou 112." },
    {
      title: "Le point de rassemblement",
      text: "Au signal d'évacuation, rejoins le point de rassemblement indiqué sur le plan du site.",
    },
    {
      title: "Premiers secours",
      text: "Ne déplace pas un blessé sauf danger immédiat. Les sauveteurs secouristes du site interviennent.",
    },
    { title: "Guider les secours", text: "Une personne attend les secours à l'entrée du site pour les guider jusqu'à la victime." },
  ],
  "chargement-bachage-pesage": [
    { title: "Au pont-bascule", text: "Arrête-toi au pont-bascule, moteur coupé, et suis les consignes de l'opérateur." },
    { title: "Pendant le chargement", text: "Reste dans la cabine, portière fermée, pendant que la chargeuse remplit la benne." },
    { title: "Le bâchage", text: "Bâche depuis la passerelle ou avec le système automatique. Ne monte jamais sur la benne." },
    { title: "Charge et sortie", text: "Ne dépasse pas le poids autorisé. Nettoie les roues si un laveur est prévu avant la route." },
  ],
  "consignation-interventions-techniques": [
    { title: "Avant d'intervenir", text: "Toute intervention sur une installation exige une autorisation ou un permis de travail." },
    { title: "Consigner", text: "Séparer, condamner avec ton cadenas personnel, identifier, vérifier l'absence d'énergie." },
    { title: "Les convoyeurs", text: "Ne jamais intervenir sur un convoyeur en marche : risque d'entraînement mortel." },
    { title: "Remise en service", text: "Seul celui qui a posé le cadenas le retire, après avoir vérifié que personne n'est exposé." },
  ],
};

export const seedModules: SeedModule[] = [
  {
    slug: "accueil-regles-du-site",
    title: "Accueil et règles du site",
    summary: "Se présenter, connaître le protocole de sécurité et les règles de vie d'une carrière.",
    ...slides("accueil-regles-du-site", MEDIA_SCRIPTS["accueil-regles-du-site"]),
    durationSeconds: 90,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { slide: 1 },
        "Que fais-tu en arrivant sur une carrière pour une intervention ?",
        "Toute personne extérieure se présente à l'accueil avant d'entrer.",
        "Je me présente à l'accueil ou au bureau du site",
        "Je rejoins directement ma zone de travail",
        "J'attends qu'un engin m'ouvre la voie",
      ),
      q(
        { slide: 2 },
        "Quel document décrit les risques et les règles de ton intervention ?",
        "Le protocole de sécurité ou le plan de prévention est signé avant l'intervention.",
        "Le protocole de sécurité ou le plan de prévention",
        "Le bon de livraison",
        "La facture de l'entreprise",
      ),
      q(
        { slide: 3 },
        "Où as-tu le droit de te rendre sur le site ?",
        "On reste dans les zones prévues pour l'intervention.",
        "Uniquement dans les zones prévues pour mon intervention",
        "Partout, si je porte mes EPI",
        "Partout sauf au bureau",
      ),
      q(
        { slide: 4 },
        "L'alcool sur le site est…",
        "Alcool et stupéfiants sont interdits sur tout le site.",
        "Interdit",
        "Toléré pendant la pause",
        "Autorisé dans la cabine",
      ),
      q(
        { slide: 5 },
        "Tu repères une situation dangereuse. Que fais-tu ?",
        "On s'arrête et on prévient immédiatement le responsable.",
        "Je m'arrête et je préviens immédiatement le responsable du site",
        "Je continue et j'en parle le soir",
        "Je règle le problème seul",
      ),
    ],
  },
  {
    slug: "circulation-sur-site",
    title: "Circulation sur site",
    summary: "Priorité aux engins, plan de circulation, piétons et stationnement.",
    ...video("circulation-sur-site"),
    durationSeconds: 36,
    passMark: 80,
    snbpeCommon: true,
    // issue 12: many hauliers do not read French well; choices in the same order as in French
    translations: {
      en: {
        title: "Traffic on site",
        summary: "Machines have priority, the traffic plan, pedestrians and parking.",
        subtitle: "Safety Passport — quarry safety induction",
        script: [
          { title: "Machines have priority", text: "On a quarry, machines always have priority. They cannot stop quickly." },
          { title: "Follow the traffic plan", text: "Follow the direction of traffic, the signs and the site's speed limit." },
          { title: "Pedestrians: take care", text: "Walk only in the marked areas, never between two machines." },
          { title: "Parking", text: "Reverse into the parking spaces provided, away from haul roads and stockpiles." },
          { title: "Lights and beacon", text: "Drive with your lights on. A beacon and a radio may be required on haul roads." },
        ],
        questions: [
          {
            text: "On a quarry haul road, who has priority?",
            explanation: "Machines always have priority: they cannot stop quickly.",
            choices: ["Machines", "Light vehicles", "Whoever arrives first"],
          },
          {
            text: "How do you park on site?",
            explanation: "Reversing into the space lets you drive off forwards, seeing where you go.",
            choices: [
              "Reversing, in a parking space provided",
              "As close as possible to my work area",
              "At the edge of the haul road, hazard lights on",
            ],
          },
          {
            text: "A pedestrian may walk…",
            explanation: "Pedestrians stay in the marked areas.",
            choices: ["Only in the areas marked for pedestrians", "On haul roads if wearing a vest", "Between two stopped machines"],
          },
          {
            text: "The speed on site…",
            explanation: "The site's speed limit is signposted and applies to everyone.",
            choices: ["Is limited by the site's signs", "Is free outside buildings", "Is the same as on public roads"],
          },
          {
            text: "What must be switched on when driving on haul roads?",
            explanation: "Lights (and the beacon when required) make the vehicle visible.",
            choices: ["The lights, and the beacon when required", "Nothing in particular", "The rear fog lights only"],
          },
        ],
      },
    },
    questions: [
      q(
        { seconds: 6 },
        "Sur une piste de carrière, qui a la priorité ?",
        "Les engins sont toujours prioritaires : ils ne peuvent pas s'arrêter vite.",
        "Les engins",
        "Les véhicules légers",
        "Le premier arrivé",
      ),
      q(
        { seconds: 24 },
        "Comment te gares-tu sur le site ?",
        "Le stationnement en marche arrière permet de repartir en marche avant, en voyant.",
        "En marche arrière, sur un parking prévu",
        "Au plus près de ma zone de travail",
        "Au bord de la piste, feux de détresse allumés",
      ),
      q(
        { seconds: 18 },
        "Un piéton peut circuler…",
        "Les piétons restent dans les zones balisées.",
        "Uniquement dans les zones balisées pour les piétons",
        "Sur les pistes s'il porte un gilet",
        "Entre deux engins à l'arrêt",
      ),
      q(
        { seconds: 12 },
        "La vitesse sur le site…",
        "La vitesse limite du site est affichée et s'impose à tous.",
        "Est limitée par la signalisation du site",
        "Est libre hors des bâtiments",
        "Est celle du code de la route",
      ),
      q(
        { seconds: 30 },
        "Que faut-il allumer en roulant sur les pistes ?",
        "Les feux (et le gyrophare s'il est exigé) rendent le véhicule visible.",
        "Les feux, et le gyrophare s'il est exigé",
        "Rien de particulier",
        "Les feux de brouillard arrière seulement",
      ),
    ],
  },
  {
    slug: "equipements-protection-individuelle",
    title: "Équipements de protection individuelle (EPI)",
    summary: "Casque, chaussures, gilet, lunettes, gants et protections auditives.",
    ...slides("equipements-protection-individuelle", MEDIA_SCRIPTS["equipements-protection-individuelle"]),
    durationSeconds: 80,
    passMark: 80,
    snbpeCommon: true,
    questions: [
      q(
        { slide: 1 },
        "Quels EPI sont obligatoires dès la sortie du véhicule ?",
        "Casque, chaussures de sécurité et gilet haute visibilité sont le minimum.",
        "Casque, chaussures de sécurité et gilet haute visibilité",
        "Seulement le gilet",
        "Aucun si je reste près de mon camion",
      ),
      q(
        { slide: 2 },
        "Quand porter des lunettes de protection ?",
        "Projections et poussières menacent les yeux.",
        "Dès qu'il y a projection ou poussière",
        "Seulement par grand soleil",
        "Jamais, le casque suffit",
      ),
      q(
        { slide: 3 },
        "À partir de quel niveau de bruit les protections auditives sont-elles obligatoires ?",
        "Au-delà de 85 dB(A), l'exposition abîme l'audition.",
        "85 dB(A)",
        "120 dB(A)",
        "Il n'y a pas de seuil",
      ),
      q(
        { slide: 4 },
        "Ton casque est fendu. Que fais-tu ?",
        "Un EPI abîmé ne protège plus.",
        "Je le fais remplacer avant d'entrer sur le site",
        "Je le garde, il protège encore un peu",
        "Je le répare avec du ruban adhésif",
      ),
      q(
        { slide: 5 },
        "Le gilet haute visibilité sert à…",
        "Être vu des conducteurs d'engins est vital.",
        "Être vu des conducteurs d'engins",
        "Se protéger du froid",
        "Identifier son entreprise",
      ),
    ],
  },
  {
    slug: "engins-mobiles-angles-morts",
    title: "Engins mobiles et angles morts",
    summary: "Ce que le conducteur ne voit pas, le contact visuel et les distances de sécurité.",
    ...video("engins-mobiles-angles-morts"),
    durationSeconds: 36,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { seconds: 6 },
        "Le conducteur d'un tombereau voit-il une personne juste devant son engin ?",
        "Les angles morts d'un tombereau s'étendent sur plusieurs mètres.",
        "Non, elle peut être dans un angle mort",
        "Oui, toujours",
        "Oui, grâce au klaxon",
      ),
      q(
        { seconds: 12 },
        "Avant d'approcher un engin, tu dois…",
        "Le contact visuel garantit que le conducteur t'a vu.",
        "Attendre que le conducteur m'ait vu et me fasse signe",
        "Klaxonner et avancer",
        "Passer rapidement derrière lui",
      ),
      q(
        { seconds: 18 },
        "Où ne faut-il jamais se tenir ?",
        "Une charge peut tomber, un bras de pelle pivoter.",
        "Sous une charge ou dans le rayon d'action d'une pelle",
        "Sur le parking",
        "Dans la cabine de son camion",
      ),
      q(
        { seconds: 24 },
        "Le signal sonore de recul d'un engin signifie…",
        "Il annonce un engin qui recule : il faut s'écarter.",
        "Que je dois m'écarter de sa trajectoire",
        "Que l'engin est en panne",
        "Que je peux passer",
      ),
      q(
        { seconds: 30 },
        "Pour parler au conducteur d'une chargeuse en marche, que fais-tu ?",
        "On s'approche seulement engin arrêté, godet posé, après accord du conducteur.",
        "J'attends qu'il arrête l'engin, pose le godet et me fasse signe",
        "Je monte sur le marchepied",
        "Je lui fais signe en marchant devant l'engin",
      ),
    ],
  },
  {
    slug: "chutes-et-noyade",
    title: "Risques de chute et de noyade",
    summary: "Fronts de taille, merlons, bassins et travail en hauteur.",
    ...slides("chutes-et-noyade", MEDIA_SCRIPTS["chutes-et-noyade"]),
    durationSeconds: 80,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { slide: 1 },
        "Peut-on s'approcher du bord d'un front de taille ?",
        "Le bord peut s'effondrer sans prévenir.",
        "Non, jamais",
        "Oui, pour regarder en bas",
        "Oui, si le sol est sec",
      ),
      q(
        { slide: 2 },
        "À quoi servent les merlons au bord des pistes ?",
        "Les merlons retiennent les véhicules au bord des pistes et des fronts.",
        "À empêcher les véhicules de chuter",
        "À stocker les matériaux",
        "À indiquer les parkings",
      ),
      q(
        { slide: 3 },
        "Près d'un bassin, il faut…",
        "Berges glissantes et eau froide : le gilet de sauvetage est obligatoire.",
        "Porter un gilet de sauvetage",
        "Retirer ses chaussures de sécurité",
        "Tester la profondeur de l'eau",
      ),
      q(
        { slide: 4 },
        "À partir de quelle hauteur faut-il une protection contre les chutes ?",
        "Dès 1 mètre, une chute peut être grave.",
        "Dès 1 mètre",
        "À partir de 5 mètres",
        "Seulement sur les toits",
      ),
      q(
        { slide: 4 },
        "Sur un convoyeur en hauteur, on se déplace…",
        "Les passerelles avec garde-corps sont les seuls passages autorisés.",
        "Par les passerelles équipées de garde-corps",
        "Sur la bande du convoyeur à l'arrêt",
        "En s'accrochant aux rouleaux",
      ),
    ],
  },
  {
    slug: "poussieres-et-bruit",
    title: "Poussières et bruit",
    summary: "Silice cristalline, arrosage, masques FFP et protections auditives.",
    ...slides("poussieres-et-bruit", MEDIA_SCRIPTS["poussieres-et-bruit"]),
    durationSeconds: 80,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { slide: 1 },
        "Pourquoi les poussières de carrière sont-elles dangereuses ?",
        "La silice cristalline inhalée provoque des maladies pulmonaires graves.",
        "Elles peuvent contenir de la silice cristalline",
        "Elles salissent les véhicules",
        "Elles ne sont pas dangereuses",
      ),
      q(
        { slide: 3 },
        "Quel masque porter en zone poussiéreuse ?",
        "Seuls les masques FFP2 ou FFP3 filtrent les fines poussières.",
        "Un masque FFP2 ou FFP3 bien ajusté",
        "Un masque en tissu",
        "Un foulard",
      ),
      q(
        { slide: 2 },
        "En cabine, en zone poussiéreuse, on garde…",
        "Cabine fermée : moins de poussière respirée.",
        "Vitres et portes fermées",
        "La vitre ouverte pour voir",
        "La porte entrouverte",
      ),
      q(
        { slide: 2 },
        "Pourquoi arrose-t-on les pistes ?",
        "L'arrosage limite l'envol des poussières.",
        "Pour limiter les poussières",
        "Pour refroidir les pneus",
        "Pour nettoyer les engins",
      ),
      q(
        { slide: 4 },
        "Pour un passage rapide près d'un concasseur bruyant…",
        "Même un court passage au-delà de 85 dB(A) exige une protection.",
        "Je mets mes protections auditives",
        "Je n'en ai pas besoin",
        "Je me bouche les oreilles avec les doigts",
      ),
    ],
  },
  {
    slug: "procedure-urgence",
    title: "Procédure d'urgence",
    summary: "Alerter, évacuer vers le point de rassemblement, premiers secours.",
    ...video("procedure-urgence"),
    durationSeconds: 30,
    passMark: 80,
    snbpeCommon: true,
    questions: [
      q(
        { seconds: 6 },
        "Quels numéros appeler pour les secours ?",
        "Le 18 (pompiers) ou le 112 (numéro d'urgence européen).",
        "Le 18 ou le 112",
        "Le 15 uniquement",
        "Le numéro de mon entreprise",
      ),
      q(
        { seconds: 6 },
        "Qui prévenir en premier en cas d'accident sur le site ?",
        "Le responsable du site organise l'alerte et l'accueil des secours.",
        "Le responsable du site",
        "Mon client",
        "Personne, j'attends",
      ),
      q(
        { seconds: 12 },
        "Au signal d'évacuation, que fais-tu ?",
        "Chacun rejoint le point de rassemblement pour être compté.",
        "Je rejoins le point de rassemblement",
        "Je quitte le site avec mon véhicule",
        "Je termine mon travail",
      ),
      q(
        { seconds: 18 },
        "Doit-on déplacer un blessé ?",
        "On ne déplace un blessé qu'en cas de danger immédiat.",
        "Non, sauf danger immédiat",
        "Oui, toujours vers le bureau",
        "Oui, pour l'asseoir",
      ),
      q(
        { seconds: 24 },
        "Pourquoi une personne attend-elle les secours à l'entrée ?",
        "Sur une carrière, les secours ont besoin d'être guidés.",
        "Pour les guider jusqu'à la victime",
        "Pour ouvrir la barrière seulement",
        "Pour remplir le registre",
      ),
    ],
  },
  {
    slug: "chargement-bachage-pesage",
    title: "Chargement, bâchage et pesage",
    summary: "Pont-bascule, chargement en cabine, bâchage sans monter sur la benne.",
    ...video("chargement-bachage-pesage"),
    durationSeconds: 30,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { seconds: 12 },
        "Pendant le chargement de ta benne par une chargeuse, que fais-tu ?",
        "La cabine protège des chutes de matériaux.",
        "Je reste dans la cabine, portière fermée",
        "Je surveille le chargement debout à côté du camion",
        "Je monte sur la benne pour répartir",
      ),
      q(
        { seconds: 18 },
        "Comment bâcher ton chargement ?",
        "Monter sur la benne expose à une chute grave.",
        "Depuis la passerelle prévue ou avec le système automatique",
        "En montant sur la benne",
        "En demandant au conducteur de la chargeuse",
      ),
      q(
        { seconds: 6 },
        "Au pont-bascule, que fais-tu ?",
        "Moteur coupé, consignes de l'opérateur : la pesée est juste et sûre.",
        "Je m'arrête, je coupe le moteur et je suis les consignes",
        "Je passe sans m'arrêter",
        "Je descends pour lire l'afficheur",
      ),
      q(
        { seconds: 24 },
        "Ton camion dépasse le poids autorisé. Que fais-tu ?",
        "On ne part pas en surcharge : on fait retirer l'excédent.",
        "Je fais retirer l'excédent avant de partir",
        "Je pars doucement",
        "Je pars et je préviens plus tard",
      ),
      q(
        { seconds: 24 },
        "Avant de reprendre la route, s'il y a un laveur de roues…",
        "Le laveur évite de salir la route publique.",
        "Je passe au laveur de roues",
        "Je l'évite pour gagner du temps",
        "J'attends qu'il pleuve",
      ),
    ],
  },
  {
    slug: "consignation-interventions-techniques",
    title: "Consignation et interventions techniques",
    summary: "Permis de travail, consignation des énergies, convoyeurs.",
    ...slides("consignation-interventions-techniques", MEDIA_SCRIPTS["consignation-interventions-techniques"]),
    durationSeconds: 80,
    passMark: 80,
    snbpeCommon: false,
    questions: [
      q(
        { slide: 1 },
        "Avant d'intervenir sur une installation, il faut…",
        "Une autorisation ou un permis de travail est exigé.",
        "Une autorisation ou un permis de travail",
        "Prévenir un collègue seulement",
        "Attendre la fin de la journée",
      ),
      q(
        { slide: 2 },
        "Quelles sont les étapes de la consignation ?",
        "Séparer, condamner, identifier, vérifier : dans cet ordre.",
        "Séparer, condamner, identifier, vérifier l'absence d'énergie",
        "Couper, réparer, redémarrer",
        "Prévenir, attendre, intervenir",
      ),
      q(
        { slide: 4 },
        "Qui retire le cadenas de consignation ?",
        "Seul celui qui l'a posé le retire.",
        "Celui qui l'a posé",
        "Le premier qui a fini",
        "Le conducteur de l'installation",
      ),
      q(
        { slide: 3 },
        "Peut-on intervenir sur un convoyeur en marche ?",
        "Le risque d'entraînement est mortel.",
        "Non, jamais",
        "Oui, pour un petit nettoyage",
        "Oui, avec des gants",
      ),
      q(
        { slide: 4 },
        "Avant la remise en service, on vérifie…",
        "Personne ne doit être exposé au redémarrage.",
        "Que personne n'est exposé",
        "Que la porte du local est ouverte",
        "Que la radio est allumée",
      ),
    ],
  },
];

export const seedProfiles: SeedProfile[] = [
  {
    code: "ADMINISTRATIF",
    name: "Salarié administratif",
    description: "Personnes de passage sur le site sans intervention technique : visites, rendez-vous, audits.",
    validityMonths: 36,
    moduleSlugs: ["accueil-regles-du-site", "circulation-sur-site", "equipements-protection-individuelle", "procedure-urgence"],
  },
  {
    code: "TECHNIQUE",
    name: "Salarié technique",
    description: "Intervenants techniques : maintenance, travaux, interventions sur les installations.",
    validityMonths: 36,
    moduleSlugs: [
      "accueil-regles-du-site",
      "circulation-sur-site",
      "equipements-protection-individuelle",
      "engins-mobiles-angles-morts",
      "chutes-et-noyade",
      "poussieres-et-bruit",
      "consignation-interventions-techniques",
      "procedure-urgence",
    ],
  },
  {
    code: "TRANSPORTEUR",
    name: "Transporteur",
    description: "Chauffeurs venant charger ou livrer des matériaux.",
    // hauliers visit many sites: a shorter validity keeps the rules fresh
    validityMonths: 24,
    moduleSlugs: ["circulation-sur-site", "engins-mobiles-angles-morts", "chargement-bachage-pesage", "procedure-urgence"],
  },
];
