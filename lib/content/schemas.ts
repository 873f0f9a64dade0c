// Issue 12 (H3): the studio's rules, shared by its forms (react-hook-form) and its data layer.
import { z } from "zod";
import { LANGUAGE_CODES } from "@/lib/content/languages";

const text = (max: number, message: string) => z.string().trim().min(1, message).max(max, `${max} caractères au plus.`);
const optionalText = (max: number) => z.string().trim().max(max, `${max} caractères au plus.`).default("");
const mediaPath = z
  .string()
  .trim()
  .regex(/^\/(media|medias)\/[A-Za-z0-9._/-]+$/, "Choisissez un média déposé sur la plateforme.");
/** a draft may wait for its media: "" until uploaded, checked at publication */
const draftMediaPath = mediaPath.or(z.literal(""));

const slide = z.object({ image: mediaPath, alt: text(500, "Décrivez l'image de la diapositive."), text: optionalText(2000) });
const videoSource = z.object({ src: mediaPath, type: z.enum(["video/mp4", "video/webm"]) });

/** A version's French content and settings. */
export const versionContentSchema = z.object({
  title: text(120, "Indiquez le titre du module."),
  summary: optionalText(500),
  mediaKind: z.enum(["VIDEO", "SLIDES"]),
  mediaPath: draftMediaPath,
  captionsPath: mediaPath.nullable().default(null),
  transcript: optionalText(20_000),
  videoSources: z.array(videoSource).max(3).default([]),
  slides: z.array(slide).max(80, "80 diapositives au plus.").default([]),
  durationSeconds: z
    .number({ message: "Indiquez une durée en minutes." })
    .int("Indiquez une durée en minutes.")
    .min(0, "Indiquez une durée en minutes.")
    .max(4 * 3600, "4 heures au plus."),
  passMark: z.number({ message: "Entre 1 et 100 %." }).int("Entre 1 et 100 %.").min(1, "Entre 1 et 100 %.").max(100, "Entre 1 et 100 %."),
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
  mediaPath: draftMediaPath,
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

/** The studio's form for a new module (its media and questions come in its draft). */
export const newModuleSchema = z.object({
  title: z.string().trim().min(1, "Indiquez le titre du module.").max(120, "120 caractères au plus."),
  summary: z.string().trim().max(500, "500 caractères au plus."),
  mediaKind: z.enum(["VIDEO", "SLIDES"], { message: "Choisissez une vidéo ou un diaporama." }),
  durationMinutes: z
    .number({ message: "Indiquez une durée en minutes." })
    .min(1, "Indiquez une durée en minutes.")
    .max(240, "4 heures au plus."),
  passMark: z.number({ message: "Entre 1 et 100 %." }).int("Entre 1 et 100 %.").min(1, "Entre 1 et 100 %.").max(100, "Entre 1 et 100 %."),
  snbpeCommon: z.boolean(),
});
export type NewModuleInput = z.infer<typeof newModuleSchema>;

/** A draft's details (its title, summary, estimated duration and pass mark). */
export const draftDetailsSchema = newModuleSchema.omit({ snbpeCommon: true, mediaKind: true });
export type DraftDetailsInput = z.infer<typeof draftDetailsSchema>;

/**
 * The questions editor's form: the place that answers a question is typed as "m:ss" for a
 * video or a slide number for slides, then turned into `anchorSeconds` / `anchorSlide`.
 */
export const questionsFormSchema = (mediaKind: "VIDEO" | "SLIDES", slideCount: number) =>
  z.object({
    questions: z
      .array(
        z
          .object({
            text: z.string().trim().min(1, "Indiquez le texte de la question.").max(500, "500 caractères au plus."),
            explanation: z
              .string()
              .trim()
              .min(1, "Indiquez l'explication montrée après le questionnaire.")
              .max(1000, "1 000 caractères au plus."),
            anchor: z.string().trim(),
            choices: z
              .array(
                z.object({
                  text: z.string().trim().min(1, "Indiquez le texte de la réponse.").max(300, "300 caractères au plus."),
                  correct: z.boolean(),
                }),
              )
              .min(2, "De 2 à 6 réponses.")
              .max(6, "De 2 à 6 réponses."),
          })
          .superRefine((q, ctx) => {
            if (!q.choices.some((c) => c.correct))
              ctx.addIssue({ code: "custom", path: ["choices"], message: "Cochez au moins une bonne réponse." });
            if (mediaKind === "VIDEO" && parseAnchorTime(q.anchor) === null)
              ctx.addIssue({
                code: "custom",
                path: ["anchor"],
                message: "Indiquez le moment de la vidéo au format minutes:secondes, par exemple 1:05.",
              });
            if (mediaKind === "SLIDES") {
              const n = Number(q.anchor);
              if (!/^\d+$/.test(q.anchor) || n < 1 || n > Math.max(slideCount, 1))
                ctx.addIssue({
                  code: "custom",
                  path: ["anchor"],
                  message: `Indiquez le numéro d'une diapositive, de 1 à ${Math.max(slideCount, 1)}.`,
                });
            }
          }),
      )
      .min(1, "Ajoutez au moins une question.")
      .max(40, "40 questions au plus."),
  });
export type QuestionsForm = z.infer<ReturnType<typeof questionsFormSchema>>;

/** "1:05" → 65; null when not a time. */
export function parseAnchorTime(value: string): number | null {
  const m = value.trim().match(/^(\d{1,3}):([0-5]\d)$/);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** 65 → "1:05". */
export const formatAnchorTime = (seconds: number) => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;

/** The form's questions as the data layer takes them. */
export function toQuestionInputs(form: QuestionsForm, mediaKind: "VIDEO" | "SLIDES"): QuestionInput[] {
  return form.questions.map((q) => ({
    text: q.text,
    explanation: q.explanation,
    anchorSeconds: mediaKind === "VIDEO" ? parseAnchorTime(q.anchor) : null,
    anchorSlide: mediaKind === "SLIDES" ? Number(q.anchor) : null,
    choices: q.choices,
  }));
}
