// Issue 12 (H3): the content studio's data layer. Editing never touches a published version:
// it works on the module's draft (created from the published version on first edit), and
// "Publier" makes the draft current and retires the version before it, in one transaction.
// The demo seed writes its content through these same functions (prisma/seed.ts).
import "server-only";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { LANGUAGE_NAMES_FR, type Language } from "@/lib/content/languages";
import {
  questionSchema,
  translationSchema,
  versionContentSchema,
  type QuestionInput,
  type TranslationInput,
  type VersionContentInput,
} from "@/lib/content/schemas";
import type { Prisma } from "@/lib/generated/prisma/client";

export class StudioError extends UserFacingError {}

export { versionContentSchema, questionSchema, translationSchema } from "@/lib/content/schemas";
export type { VersionContentInput, QuestionInput, TranslationInput } from "@/lib/content/schemas";

type StoredSlide = { image: string; alt: string; text: string };
type VideoSource = { src: string; type: "video/mp4" | "video/webm" };

/** The `slides` column of a version or a translation: its slides, or a video's sources. */
const storedMedia = (v: { videoSources: { src: string; type: string }[]; slides: unknown[] }) =>
  (v.slides.length ? v.slides : { sources: v.videoSources }) as Prisma.InputJsonValue;

/** That column read back. */
function mediaOf(stored: unknown) {
  return Array.isArray(stored)
    ? { slides: stored as StoredSlide[], videoSources: [] as VideoSource[] }
    : { slides: [] as StoredSlide[], videoSources: ((stored as { sources?: VideoSource[] } | null)?.sources ?? []) as VideoSource[] };
}

// ------------------------------------------------------------------ internal (seed and actions)

/** A new module with its first draft. */
export async function createModuleTx(
  tx: Tx,
  actorAccountId: string | null,
  input: { slug: string; snbpeCommon: boolean; content: VersionContentInput },
) {
  const content = versionContentSchema.parse(input.content);
  const created = await tx.module.create({
    data: { slug: input.slug, title: content.title, snbpeCommon: input.snbpeCommon },
    select: { id: true },
  });
  const version = await tx.moduleVersion.create({
    data: { moduleId: created.id, number: 1, status: "DRAFT", createdById: actorAccountId, ...versionColumns(content) },
    select: { id: true },
  });
  await audit(tx, {
    actorAccountId,
    action: "content.module.created",
    targetType: "Module",
    targetId: created.id,
    data: { slug: input.slug },
  });
  return { moduleId: created.id, versionId: version.id };
}

function versionColumns(content: z.output<typeof versionContentSchema>) {
  return {
    title: content.title,
    summary: content.summary,
    mediaKind: content.mediaKind,
    mediaPath: content.mediaKind === "SLIDES" ? (content.slides[0]?.image ?? "") : content.mediaPath,
    captionsPath: content.captionsPath,
    transcript: content.transcript,
    slides: storedMedia(content),
    durationSeconds: content.durationSeconds,
    passMark: content.passMark,
  };
}

/** The module's draft: the existing one, or a copy of the published version (texts, translations, questions). */
export async function draftOfTx(tx: Tx, actorAccountId: string | null, moduleId: string) {
  // one draft per module even when two administrators start editing at once
  await tx.$queryRaw`SELECT 1 FROM "Module" WHERE "id" = ${moduleId} FOR UPDATE`;
  const existing = await tx.moduleVersion.findFirst({ where: { moduleId, status: "DRAFT" }, select: { id: true } });
  if (existing) return existing.id;
  const current = await tx.module.findUnique({ where: { id: moduleId }, select: { currentVersionId: true } });
  if (!current?.currentVersionId) throw new StudioError("Ce module n'a pas de version publiée.");
  const from = await tx.moduleVersion.findUniqueOrThrow({
    where: { id: current.currentVersionId },
    include: { translations: true, questions: { include: { choices: true } } },
  });
  const last = await tx.moduleVersion.aggregate({ where: { moduleId }, _max: { number: true } });
  const draft = await tx.moduleVersion.create({
    data: {
      moduleId,
      number: (last._max.number ?? 0) + 1,
      status: "DRAFT",
      createdById: actorAccountId,
      title: from.title,
      summary: from.summary,
      mediaKind: from.mediaKind,
      mediaPath: from.mediaPath,
      captionsPath: from.captionsPath,
      transcript: from.transcript,
      slides: from.slides ?? undefined,
      durationSeconds: from.durationSeconds,
      passMark: from.passMark,
      translations: {
        create: from.translations.map(({ versionId: _v, slides, ...t }) => ({ ...t, slides: slides ?? undefined })),
      },
    },
    select: { id: true },
  });
  for (const q of from.questions) {
    await tx.question.create({
      data: {
        moduleId,
        versionId: draft.id,
        position: q.position,
        text: q.text,
        explanation: q.explanation,
        anchorSeconds: q.anchorSeconds,
        anchorSlide: q.anchorSlide,
        translations: q.translations ?? {},
        choices: {
          create: q.choices.map((c) => ({
            position: c.position,
            text: c.text,
            translations: c.translations ?? {},
            isCorrect: c.isCorrect,
          })),
        },
      },
    });
  }
  return draft.id;
}

async function draftVersion(tx: Tx, versionId: string) {
  const version = await tx.moduleVersion.findUnique({ where: { id: versionId }, select: { id: true, moduleId: true, status: true } });
  if (!version) throw new StudioError("Version introuvable.");
  if (version.status !== "DRAFT") throw new StudioError("Une version publiée ne se modifie pas : modifiez le brouillon.");
  return version;
}

export async function updateDraftTx(tx: Tx, actorAccountId: string | null, versionId: string, input: VersionContentInput) {
  const content = versionContentSchema.parse(input);
  const version = await draftVersion(tx, versionId);
  await tx.moduleVersion.update({ where: { id: versionId }, data: versionColumns(content) });
  await audit(tx, {
    actorAccountId,
    action: "content.draft.updated",
    targetType: "Module",
    targetId: version.moduleId,
    data: { versionId },
  });
}

/** Replaces a draft's questions as a whole (their French texts; translations are kept by position). */
export async function setQuestionsTx(tx: Tx, actorAccountId: string | null, versionId: string, input: QuestionInput[]) {
  const questions = z.array(questionSchema).min(1, "Ajoutez au moins une question.").max(40).parse(input);
  const version = await draftVersion(tx, versionId);
  const before = await tx.question.findMany({
    where: { versionId },
    select: { position: true, translations: true, choices: { select: { position: true, translations: true } } },
  });
  const kept = new Map(before.map((q) => [q.position, q]));
  await tx.question.deleteMany({ where: { versionId } });
  for (const [i, q] of questions.entries()) {
    const old = kept.get(i + 1);
    await tx.question.create({
      data: {
        moduleId: version.moduleId,
        versionId,
        position: i + 1,
        text: q.text,
        explanation: q.explanation,
        anchorSeconds: q.anchorSeconds,
        anchorSlide: q.anchorSlide,
        translations: old?.translations ?? {},
        choices: {
          create: q.choices.map((c, ci) => ({
            position: ci + 1,
            text: c.text,
            isCorrect: c.correct,
            translations: old?.choices.find((oc) => oc.position === ci + 1)?.translations ?? {},
          })),
        },
      },
    });
  }
  await audit(tx, {
    actorAccountId,
    action: "content.questions.updated",
    targetType: "Module",
    targetId: version.moduleId,
    data: { versionId, count: questions.length },
  });
}

/** Adds or replaces a draft's translation into one language, with its questions' texts. */
export async function setTranslationTx(tx: Tx, actorAccountId: string | null, versionId: string, input: TranslationInput) {
  const t = translationSchema.parse(input);
  const version = await draftVersion(tx, versionId);
  const questions = await tx.question.findMany({
    where: { versionId },
    orderBy: { position: "asc" },
    select: { id: true, translations: true, choices: { orderBy: { position: "asc" }, select: { id: true, translations: true } } },
  });
  if (t.questions.length !== questions.length) throw new StudioError(`Traduisez les ${questions.length} questions du module.`);
  const columns = {
    title: t.title,
    summary: t.summary,
    mediaPath: t.slides.length ? t.slides[0].image : t.mediaPath,
    captionsPath: t.captionsPath,
    transcript: t.transcript,
    slides: storedMedia(t),
  };
  await tx.moduleTranslation.upsert({
    where: { versionId_language: { versionId, language: t.language } },
    create: { versionId, language: t.language, ...columns },
    update: columns,
  });
  for (const [i, q] of questions.entries()) {
    const tq = t.questions[i];
    if (tq.choices.length !== q.choices.length) throw new StudioError(`Question ${i + 1} : traduisez ses ${q.choices.length} réponses.`);
    await tx.question.update({
      where: { id: q.id },
      data: { translations: { ...((q.translations as object) ?? {}), [t.language]: { text: tq.text, explanation: tq.explanation } } },
    });
    for (const [ci, c] of q.choices.entries()) {
      await tx.choice.update({
        where: { id: c.id },
        data: { translations: { ...((c.translations as object) ?? {}), [t.language]: tq.choices[ci] } },
      });
    }
  }
  await audit(tx, {
    actorAccountId,
    action: "content.translation.updated",
    targetType: "Module",
    targetId: version.moduleId,
    data: { versionId, language: t.language },
  });
}

/**
 * What keeps a draft from being published, in French, one sentence each: its media (a video
 * with its captions, or slides), at least one question, each question answered by a place of
 * the media that exists, and each translation complete.
 */
export async function publicationProblems(tx: Pick<Tx, "moduleVersion">, versionId: string): Promise<string[]> {
  const v = await tx.moduleVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      mediaKind: true,
      mediaPath: true,
      captionsPath: true,
      slides: true,
      translations: { select: { language: true, mediaPath: true, captionsPath: true, slides: true } },
      questions: { orderBy: { position: "asc" }, select: { position: true, anchorSeconds: true, anchorSlide: true } },
    },
  });
  const out: string[] = [];
  const slideCount = (slides: unknown) => (Array.isArray(slides) ? slides.length : 0);
  if (v.mediaKind === "VIDEO") {
    if (!v.mediaPath) out.push("Déposez la vidéo du module.");
    if (!v.captionsPath) out.push("Une vidéo se publie avec ses sous-titres (fichier WebVTT).");
  } else if (slideCount(v.slides) === 0) out.push("Ajoutez au moins une diapositive.");
  if (v.questions.length === 0) out.push("Ajoutez au moins une question.");
  for (const q of v.questions) {
    if (v.mediaKind === "VIDEO" && q.anchorSeconds === null)
      out.push(`Question ${q.position} : indiquez le moment de la vidéo qui y répond.`);
    if (v.mediaKind === "SLIDES" && (q.anchorSlide === null || q.anchorSlide > slideCount(v.slides)))
      out.push(`Question ${q.position} : indiquez une diapositive du module (1 à ${slideCount(v.slides)}) qui y répond.`);
  }
  for (const t of v.translations) {
    const name = LANGUAGE_NAMES_FR[t.language as Language] ?? t.language;
    if (v.mediaKind === "VIDEO" && (!t.mediaPath || !t.captionsPath))
      out.push(`Traduction en ${name} : déposez sa vidéo et ses sous-titres.`);
    if (v.mediaKind === "SLIDES" && slideCount(t.slides) !== slideCount(v.slides))
      out.push(`Traduction en ${name} : elle doit avoir autant de diapositives que la version française.`);
  }
  return out;
}

/** "Publier": the draft becomes the module's current version; the one before is retired. */
export async function publishTx(tx: Tx, actorAccountId: string | null, versionId: string, now: Date) {
  const version = await draftVersion(tx, versionId);
  const problems = await publicationProblems(tx, versionId);
  if (problems.length) throw new StudioError(`Publication impossible : ${problems.join(" ")}`);
  const full = await tx.moduleVersion.findUniqueOrThrow({ where: { id: versionId }, select: { title: true } });
  await tx.$queryRaw`SELECT 1 FROM "Module" WHERE "id" = ${version.moduleId} FOR UPDATE`;
  await tx.moduleVersion.updateMany({ where: { moduleId: version.moduleId, status: "PUBLISHED" }, data: { status: "RETIRED" } });
  await tx.moduleVersion.update({
    where: { id: versionId },
    data: { status: "PUBLISHED", publishedAt: now, publishedById: actorAccountId },
  });
  await tx.module.update({ where: { id: version.moduleId }, data: { currentVersionId: versionId, title: full.title } });
  await audit(tx, {
    actorAccountId,
    action: "content.version.published",
    targetType: "Module",
    targetId: version.moduleId,
    data: { versionId },
  });
}

// ------------------------------------------------------------------ guarded (studio actions)

export async function createModule(viewer: Viewer, input: { slug: string; snbpeCommon: boolean; content: VersionContentInput }) {
  assertAdmin(viewer);
  return db.$transaction((tx) => createModuleTx(tx, viewer.accountId, input));
}

export async function draftOf(viewer: Viewer, moduleId: string) {
  assertAdmin(viewer);
  return db.$transaction((tx) => draftOfTx(tx, viewer.accountId, moduleId));
}

export async function updateDraft(viewer: Viewer, versionId: string, input: VersionContentInput) {
  assertAdmin(viewer);
  await db.$transaction((tx) => updateDraftTx(tx, viewer.accountId, versionId, input));
}

export async function setQuestions(viewer: Viewer, versionId: string, input: QuestionInput[]) {
  assertAdmin(viewer);
  await db.$transaction((tx) => setQuestionsTx(tx, viewer.accountId, versionId, input));
}

export async function setTranslation(viewer: Viewer, versionId: string, input: TranslationInput) {
  assertAdmin(viewer);
  await db.$transaction((tx) => setTranslationTx(tx, viewer.accountId, versionId, input));
}

export async function publishVersion(viewer: Viewer, versionId: string, now = new Date()) {
  assertAdmin(viewer);
  await db.$transaction((tx) => publishTx(tx, viewer.accountId, versionId, now));
}

// ------------------------------------------------------------------ studio pages

/** The editable content of a draft, as the forms hold it. */
function contentOf(v: {
  title: string;
  summary: string;
  mediaKind: "VIDEO" | "SLIDES";
  mediaPath: string;
  captionsPath: string | null;
  transcript: string;
  slides: unknown;
  durationSeconds: number;
  passMark: number;
}) {
  const { slides, videoSources } = mediaOf(v.slides);
  return {
    title: v.title,
    summary: v.summary,
    mediaKind: v.mediaKind,
    mediaPath: v.mediaKind === "SLIDES" ? "" : v.mediaPath,
    captionsPath: v.captionsPath,
    transcript: v.transcript,
    videoSources,
    slides: v.mediaKind === "SLIDES" ? slides : [],
    durationSeconds: v.durationSeconds,
    passMark: v.passMark,
  };
}

/** Changes some of a draft's settings or media, the rest kept: the whole is checked again. */
export async function patchDraft(viewer: Viewer, versionId: string, patch: Partial<VersionContentInput>) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const v = await draftVersionFull(tx, versionId);
    const next = { ...contentOf(v), ...patch };
    // a new video replaces every former source
    if (patch.mediaPath !== undefined && patch.videoSources === undefined) next.videoSources = [];
    await updateDraftTx(tx, viewer.accountId, versionId, next);
  });
}

async function draftVersionFull(tx: Tx, versionId: string) {
  await draftVersion(tx, versionId);
  return tx.moduleVersion.findUniqueOrThrow({ where: { id: versionId } });
}

/** A new module from the studio's form: its identifier comes from its title. */
export async function createModuleFromStudio(
  viewer: Viewer,
  input: { title: string; summary: string; mediaKind: "VIDEO" | "SLIDES"; durationMinutes: number; passMark: number; snbpeCommon: boolean },
) {
  assertAdmin(viewer);
  const base =
    input.title
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50) || "module";
  return db.$transaction(async (tx) => {
    let slug = base;
    for (let n = 2; await tx.module.findUnique({ where: { slug }, select: { id: true } }); n++) slug = `${base}-${n}`;
    return createModuleTx(tx, viewer.accountId, {
      slug,
      snbpeCommon: input.snbpeCommon,
      content: {
        title: input.title,
        summary: input.summary,
        mediaKind: input.mediaKind,
        mediaPath: "",
        durationSeconds: Math.round(input.durationMinutes * 60),
        passMark: input.passMark,
      },
    });
  });
}

/** Module-level settings (not versioned): reciprocity with SNBPE, archived or not. */
export async function setModuleSettings(viewer: Viewer, moduleId: string, input: { snbpeCommon: boolean; active: boolean }) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const mod = await tx.module.findUnique({ where: { id: moduleId }, select: { id: true } });
    if (!mod) throw new StudioError("Module introuvable.");
    await tx.module.update({ where: { id: moduleId }, data: input });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "content.module.settings",
      targetType: "Module",
      targetId: moduleId,
      data: input,
    });
  });
}

/** Abandons a draft (never a published version). */
export async function discardDraft(viewer: Viewer, versionId: string) {
  assertAdmin(viewer);
  await db.$transaction(async (tx) => {
    const v = await draftVersion(tx, versionId);
    const mod = await tx.module.findUniqueOrThrow({ where: { id: v.moduleId }, select: { currentVersionId: true } });
    if (!mod.currentVersionId) throw new StudioError("Ce brouillon est la seule version du module : il ne peut être abandonné.");
    await tx.moduleVersion.delete({ where: { id: versionId } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "content.draft.discarded",
      targetType: "Module",
      targetId: v.moduleId,
      data: { versionId },
    });
  });
}

/** CONTENUS, a module: its settings and its versions, newest first. */
export async function getStudioModule(viewer: Viewer, moduleId: string) {
  assertAdmin(viewer);
  const mod = await db.module.findUnique({
    where: { id: moduleId },
    select: {
      id: true,
      slug: true,
      title: true,
      snbpeCommon: true,
      active: true,
      currentVersionId: true,
      profiles: { select: { profile: { select: { name: true } } } },
      versions: {
        orderBy: { number: "desc" },
        select: {
          id: true,
          number: true,
          status: true,
          title: true,
          createdAt: true,
          publishedAt: true,
          translations: { select: { language: true } },
          _count: { select: { questions: true, attempts: true } },
        },
      },
    },
  });
  return mod;
}

/** A version with everything the editor shows; null if unknown. */
export async function getStudioVersion(viewer: Viewer, versionId: string) {
  assertAdmin(viewer);
  const v = await db.moduleVersion.findUnique({
    where: { id: versionId },
    include: {
      module: { select: { id: true, title: true, snbpeCommon: true, currentVersionId: true } },
      translations: true,
      questions: { orderBy: { position: "asc" }, include: { choices: { orderBy: { position: "asc" } } } },
    },
  });
  if (!v) return null;
  return {
    id: v.id,
    number: v.number,
    status: v.status,
    module: v.module,
    content: contentOf(v),
    translations: v.translations.map((t) => ({
      language: t.language as Language,
      title: t.title,
      summary: t.summary,
      mediaPath: t.mediaPath,
      captionsPath: t.captionsPath,
      transcript: t.transcript,
      ...mediaOf(t.slides),
    })),
    questions: v.questions.map((q) => ({
      text: q.text,
      explanation: q.explanation,
      anchorSeconds: q.anchorSeconds,
      anchorSlide: q.anchorSlide,
      translations: (q.translations ?? {}) as Record<string, { text?: string; explanation?: string }>,
      choices: q.choices.map((c) => ({
        text: c.text,
        correct: c.isCorrect,
        translations: (c.translations ?? {}) as Record<string, string>,
      })),
    })),
    problems: v.status === "DRAFT" ? await publicationProblems(db, v.id) : [],
  };
}
