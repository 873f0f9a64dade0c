// Password strength estimate (zxcvbn-ts with its common and French dictionaries): how many
// guesses an attacker who knows the usual patterns, words, names and leaked passwords would
// need. About 1 MB of dictionaries: never import this module statically from client code,
// load it with `import()` (lib/auth/password-policy.ts, the strength meter) so that it
// becomes a separate chunk fetched only where a password is being chosen.
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as fr from "@zxcvbn-ts/language-fr";

/** Words an attacker of this site tries first, whoever the user is. */
const SITE_WORDS = ["passeport", "passeportsecurite", "securite", "sécurité", "unpg", "granulats", "carriere", "carrière", "demo"];

export type Register = "vous" | "tu";

type Keys = { warnings: Record<string, string>; suggestions: Record<string, string> };

// The factory returns these keys as its feedback; the sentences come from FEEDBACK below,
// in the register of the space showing them.
const asKeys = <T extends Record<string, string>>(o: T) => Object.fromEntries(Object.keys(o).map((k) => [k, k])) as T;
const keyTranslations = {
  warnings: asKeys(fr.translations.warnings),
  suggestions: asKeys(fr.translations.suggestions),
  timeEstimation: fr.translations.timeEstimation,
};

const NNBSP = "\u202f";

const VOUS: Keys = {
  warnings: {
    straightRow: "une rangée de touches du clavier se devine facilement",
    keyPattern: "un motif de clavier court se devine facilement",
    simpleRepeat: `des caractères répétés (comme «${NNBSP}aaa${NNBSP}») se devinent facilement`,
    extendedRepeat: `des motifs répétés (comme «${NNBSP}abcabc${NNBSP}») se devinent facilement`,
    sequences: `une suite de caractères (comme «${NNBSP}abc${NNBSP}» ou «${NNBSP}123${NNBSP}») se devine facilement`,
    recentYears: "une année récente se devine facilement",
    dates: "une date se devine facilement",
    topTen: "c'est l'un des mots de passe les plus utilisés",
    topHundred: "c'est un mot de passe très utilisé",
    common: "c'est un mot de passe courant",
    similarToCommon: "il ressemble à un mot de passe courant",
    wordByItself: "un mot seul se devine facilement",
    namesByThemselves: "un nom ou un prénom seul se devine facilement",
    commonNames: "les noms et prénoms courants se devinent facilement",
    userInputs: "il reprend votre nom, votre adresse e-mail ou le nom du site",
    pwned: "il figure dans des fuites de données publiées",
  },
  suggestions: {
    l33t: "Remplacer une lettre par un symbole (@ pour a) ne trompe personne.",
    reverseWords: "Écrire un mot à l'envers ne trompe personne.",
    allUppercase: "Mettez quelques lettres en majuscules, pas toutes.",
    capitalization: "Une majuscule en première lettre ne suffit pas.",
    dates: "Évitez les dates qui vous sont liées (naissance…).",
    recentYears: "Évitez les années récentes.",
    associatedYears: "Évitez les années qui vous sont liées.",
    sequences: "Évitez les suites de caractères.",
    repeated: "Évitez les mots et caractères répétés.",
    longerKeyboardPattern: "Évitez les motifs du clavier.",
    anotherWord: "Ajoutez un ou deux mots peu courants.",
    useWords: "Assemblez plusieurs mots sans lien entre eux.",
    noNeed: "Inutile d'ajouter des symboles : plusieurs mots peu courants suffisent.",
    pwned: "Si vous utilisez ce mot de passe ailleurs, changez-le aussi.",
  },
};

// the learner and trainer spaces say "tu": only the sentences that address the user change
const FEEDBACK: Record<Register, Keys> = {
  vous: VOUS,
  tu: {
    warnings: { ...VOUS.warnings, userInputs: "il reprend ton nom, ton adresse e-mail ou le nom du site" },
    suggestions: {
      ...VOUS.suggestions,
      allUppercase: "Mets quelques lettres en majuscules, pas toutes.",
      dates: "Évite les dates qui te sont liées (naissance…).",
      recentYears: "Évite les années récentes.",
      associatedYears: "Évite les années qui te sont liées.",
      sequences: "Évite les suites de caractères.",
      repeated: "Évite les mots et caractères répétés.",
      longerKeyboardPattern: "Évite les motifs du clavier.",
      anotherWord: "Ajoute un ou deux mots peu courants.",
      useWords: "Assemble plusieurs mots sans lien entre eux.",
      pwned: "Si tu utilises ce mot de passe ailleurs, change-le aussi.",
    },
  },
};

let factory: ZxcvbnFactory | undefined;

function estimator() {
  // Levenshtein matching (near-misses of dictionary words) is left off: it multiplies the
  // time of one estimate by ten (150–600 ms) for little gain once 12 characters are required
  factory ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...fr.dictionary },
    graphs: common.adjacencyGraphs,
    translations: keyTranslations,
  });
  return factory;
}

export type Strength = {
  /** 0 (guessed at once) to 4 (more than 10¹⁰ guesses) */
  score: 0 | 1 | 2 | 3 | 4;
  /** why it is weak, lower case, to follow a colon; null when nothing stands out */
  warning: string | null;
  suggestions: string[];
};

/** The personal words of a user (e-mail split at its punctuation, names) for the dictionary. */
export function personalWords(inputs: (string | null | undefined)[]) {
  const words = new Set<string>();
  for (const input of inputs) {
    if (!input) continue;
    const value = input.trim().toLowerCase();
    if (!value) continue;
    words.add(value);
    for (const part of value.split(/[@._\-+\s]+/)) if (part.length >= 3) words.add(part);
  }
  return [...words];
}

export function estimatePassword(password: string, userInputs: (string | null | undefined)[] = [], register: Register = "vous"): Strength {
  const result = estimator().check(password.slice(0, 128), [...SITE_WORDS, ...personalWords(userInputs)]);
  const text = FEEDBACK[register];
  const warning = result.feedback.warning ? (text.warnings[result.feedback.warning] ?? null) : null;
  const suggestions = result.feedback.suggestions.map((s) => text.suggestions[s]).filter((s): s is string => Boolean(s));
  return { score: result.score as Strength["score"], warning, suggestions };
}
