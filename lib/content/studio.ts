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
import { LANGUAGE_CODES } from "@/lib/content/languages";
import type { Prisma } from "@/lib/generated/prisma/client";

export class StudioError extends UserFacingError {}

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `${max} caractères au plus.`);
const optionalText = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).default("");
const mediaPath = z
  .string()
  .trim()
  .regex(/^\/(media|medias)\/[A-Za-z0-9._/-]+$/, "Choisissez un média déposé sur la plateforme.");

const slide = z.object({ image: mediaPath, alt: text(500, "Décrivez l'image de la diapositive."), text: optionalText(2000) });
const videoSource = z.object({ src: mediaPath, type: z.enum(["video/mp4", "video/webm"]) });

/** A version's French content and settings. */
export const versionContentSchema = z
  .object({
    title: text(120, "Indiquez le titre du module."),
    summary: optionalText(500),
    mediaKind: z.enum(["VIDEO", "SLIDES"]),
    mediaPath,
    captionsPath: mediaPath.nullable().default(null),
    transcript: optionalText(20_000),
    videoSources: z.array(videoSource).max(3).default([]),
    slides: z.array(slide).max(80).default([]),
    durationSeconds: z
      .number()
      .int()
      .min(0)
      .max(4 * 3600),
    passMark: z.number().int().min(1, "Entre 1 et 100 %.").max(100, "Entre 1 et 100 %."),
  })
  .superRefine((v, ctx) => {
    if (v.mediaKind === "SLIDES" && v.slides.length === 0)
      ctx.addIssue({ code: "custom", path: ["slides"], message: "Ajoutez au moins une diapositive." });
  });
export type VersionContentInput = z.input<typeof versionContentSchema>;

const choiceSchema = z.object({ text: text(300, "Indiquez le texte de la réponse."), correct: z.boolean() });
export const questionSchema = z
  .object({
    text: text(500, "Indiquez le texte de la question."),
    explanation: text(1000, "Indiquez l'explication montrée après le questionnaire."),
    anchorSeconds: z
      .number()
      .int()
      .min(0)
      .max(4 * 3600)
      .nullable()
      .default(null),
    anchorSlide: z.number().int().min(1).max(80).nullable().default(null),
    choices: z.array(choiceSchema).min(2, "De 2 à 6 réponses.").max(6, "De 2 à 6 réponses."),
  })
  .superRefine((q, ctx) => {
    if (!q.choices.some((c) => c.correct))
      ctx.addIssue({ code: "custom", path: ["choices"], message: "Cochez au moins une bonne réponse." });
    if (q.anchorSeconds === null && q.anchorSlide === null) {
      ctx.addIssue({
        code: "custom",
        path: ["anchorSeconds"],
        message: "Indiquez le moment de la vidéo ou la diapositive qui répond à la question.",
      });
    }
  });
export type QuestionInput = z.input<typeof questionSchema>;

/** A translation: the version's texts and media in another language, with its questions' texts. */
export const translationSchema = z.object({
  language: z.enum(LANGUAGE_CODES.filter((l) => l !== "fr") as [string, ...string[]]),
  title: text(120, "Indiquez le titre traduit."),
  summary: optionalText(500),
  mediaPath,
  captionsPath: mediaPath.nullable().default(null),
  transcript: optionalText(20_000),
  videoSources: z.array(videoSource).max(3).default([]),
  slides: z.array(slide).max(80).default([]),
  /** by question position (1…): text, explanation and the choices' texts in order */
  questions: z.array(
    z.object({
      text: text(500, "Traduisez la question."),
      explanation: optionalText(1000),
      choices: z.array(text(300, "Traduisez la réponse.")),
    }),
  ),
});
export type TranslationInput = z.input<typeof translationSchema>;

const storedMedia = (v: { mediaKind: "VIDEO" | "SLIDES"; videoSources: { src: string; type: string }[]; slides: unknown[] }) =>
  (v.mediaKind === "SLIDES" ? v.slides : { sources: v.videoSources }) as Prisma.InputJsonValue;

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
    mediaPath: content.mediaPath,
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
    mediaPath: t.mediaPath,
    captionsPath: t.captionsPath,
    transcript: t.transcript,
    slides: storedMediaOf(t),
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

const storedMediaOf = (t: { videoSources: { src: string; type: string }[]; slides: unknown[] }) =>
  (t.slides.length ? t.slides : { sources: t.videoSources }) as Prisma.InputJsonValue;

/** "Publier": the draft becomes the module's current version; the one before is retired. */
export async function publishTx(tx: Tx, actorAccountId: string | null, versionId: string, now: Date) {
  const version = await draftVersion(tx, versionId);
  const full = await tx.moduleVersion.findUniqueOrThrow({
    where: { id: versionId },
    select: {
      title: true,
      mediaKind: true,
      captionsPath: true,
      translations: { select: { language: true, captionsPath: true } },
      _count: { select: { questions: true } },
    },
  });
  if (full._count.questions === 0) throw new StudioError("Ajoutez au moins une question avant de publier.");
  if (full.mediaKind === "VIDEO" && !full.captionsPath) throw new StudioError("Une vidéo se publie avec ses sous-titres (fichier WebVTT).");
  const uncaptioned = full.mediaKind === "VIDEO" ? full.translations.filter((t) => !t.captionsPath).map((t) => t.language) : [];
  if (uncaptioned.length) throw new StudioError(`Sous-titres manquants pour la traduction : ${uncaptioned.join(", ")}.`);
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
