// Issue 12: the languages a module version can be translated into. French is required (the
// union's reference text); a learner who chose another language takes French where a module
// lacks it.
export const LANGUAGES = {
  fr: "Français",
  en: "English",
  es: "Español",
  pt: "Português",
  pl: "Polski",
  ro: "Română",
} as const;

export type Language = keyof typeof LANGUAGES;
export const LANGUAGE_CODES = Object.keys(LANGUAGES) as Language[];

export const isLanguage = (value: unknown): value is Language => typeof value === "string" && value in LANGUAGES;

/** A stored value read back as a language; anything else is French. */
export const asLanguage = (value: unknown): Language => (isLanguage(value) ? value : "fr");

/** Languages named in French, for French documents ("Formation suivie en anglais"). */
export const LANGUAGE_NAMES_FR: Record<Language, string> = {
  fr: "français",
  en: "anglais",
  es: "espagnol",
  pt: "portugais",
  pl: "polonais",
  ro: "roumain",
};
