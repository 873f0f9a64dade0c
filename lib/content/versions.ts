// Issue 12 (H3): what a module version shows, in a language. A learner takes the version they
// started (ModuleProgress.versionId), or the module's published one when they have not started
// it; in their language when the version has it, in French otherwise.
import "server-only";
import type { Tx } from "@/lib/db";
import type { MediaKind } from "@/lib/generated/prisma/client";
import { asLanguage, type Language } from "@/lib/content/languages";

export type VersionContent = {
  versionId: string;
  moduleId: string;
  number: number;
  /** the language shown: the one asked for when the version has it, French otherwise */
  language: Language;
  title: string;
  summary: string;
  mediaKind: MediaKind;
  mediaPath: string;
  captionsPath: string | null;
  transcript: string;
  slides: unknown;
  durationSeconds: number;
  passMark: number;
  /** the languages this version exists in, French first */
  languages: Language[];
};

type Client = Pick<Tx, "moduleVersion">;

/** The version a learner takes of a module: the one they started, else the published one. */
export function learnerVersionId(progress: { versionId: string | null }, module: { currentVersionId: string | null }) {
  return progress.versionId ?? module.currentVersionId;
}

/** Versions with their content in `language` (French where they lack it), by id. */
export async function loadVersions(client: Client, versionIds: string[], language: string): Promise<Map<string, VersionContent>> {
  const wanted = asLanguage(language);
  const versions = await client.moduleVersion.findMany({
    where: { id: { in: [...new Set(versionIds)] } },
    select: {
      id: true,
      moduleId: true,
      number: true,
      title: true,
      summary: true,
      mediaKind: true,
      mediaPath: true,
      captionsPath: true,
      transcript: true,
      slides: true,
      durationSeconds: true,
      passMark: true,
      translations: {
        select: { language: true, title: true, summary: true, mediaPath: true, captionsPath: true, transcript: true, slides: true },
      },
    },
  });
  return new Map(
    versions.map((v) => {
      const translation = wanted === "fr" ? undefined : v.translations.find((t) => t.language === wanted);
      const languages: Language[] = ["fr", ...v.translations.map((t) => asLanguage(t.language)).filter((l) => l !== "fr")];
      const base = {
        versionId: v.id,
        moduleId: v.moduleId,
        number: v.number,
        mediaKind: v.mediaKind,
        durationSeconds: v.durationSeconds,
        passMark: v.passMark,
        languages,
      };
      const content: VersionContent = translation
        ? { ...base, language: wanted, ...pickContent(translation) }
        : { ...base, language: "fr", ...pickContent(v) };
      return [v.id, content];
    }),
  );
}

function pickContent(c: {
  title: string;
  summary: string;
  mediaPath: string;
  captionsPath: string | null;
  transcript: string;
  slides: unknown;
}) {
  return {
    title: c.title,
    summary: c.summary,
    mediaPath: c.mediaPath,
    captionsPath: c.captionsPath,
    transcript: c.transcript,
    slides: c.slides,
  };
}

/** A question's text and explanation in a language (French where it lacks it). */
export function questionIn(q: { text: string; explanation: string; translations: unknown }, language: string) {
  const t = (q.translations as Record<string, { text?: string; explanation?: string }> | null)?.[language];
  return { text: t?.text || q.text, explanation: t?.explanation || q.explanation };
}

/** A choice's text in a language (French where it lacks it). */
export function choiceIn(c: { text: string; translations: unknown }, language: string) {
  const t = (c.translations as Record<string, string> | null)?.[language];
  return t || c.text;
}
