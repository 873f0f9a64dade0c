// Issue 12, item 5: the learner's path and quiz speak the learner's language (next-intl, for the
// learner space only; other spaces stay French). A language without its own catalogue, or a
// message missing from one, falls back to French.
import { createTranslator } from "next-intl";
import fr from "@/messages/learner/fr.json";
import en from "@/messages/learner/en.json";
import { asLanguage, type Language } from "@/lib/content/languages";

export type LearnerMessages = typeof fr;

const CATALOGUES: Partial<Record<Language, unknown>> = { fr, en };

function merge<T>(base: T, over: unknown): T {
  if (!over || typeof over !== "object" || typeof base !== "object" || base === null) return (over as T) ?? base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [k, v] of Object.entries(over as Record<string, unknown>)) out[k] = merge((base as Record<string, unknown>)[k], v);
  return out as T;
}

/** The learner space's locale and messages for a language (French where a catalogue lacks one). */
export function learnerIntl(language: string | null | undefined): { locale: Language; messages: LearnerMessages } {
  const locale = asLanguage(language);
  const catalogue = CATALOGUES[locale];
  return { locale: catalogue ? locale : "fr", messages: catalogue ? merge(fr, catalogue) : fr };
}

/** For server components of the learner space. */
export function learnerTranslator<N extends keyof LearnerMessages>(language: string | null | undefined, namespace: N) {
  const { locale, messages } = learnerIntl(language);
  return createTranslator({ locale, messages, namespace, timeZone: "Europe/Paris" });
}
