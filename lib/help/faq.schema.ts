import { z } from "zod";

// ts_headline's sentinels (highlight.ts) must never come from the text itself
const noSentinel = (s: string) => !/[\uE000\uE001]/.test(s);
const id = z.string().min(1).max(40);

export const faqThemeSchema = z.object({
  title: z
    .string({ error: "Saisissez le titre du thème." })
    .trim()
    .min(2, "Saisissez le titre du thème.")
    .max(120, "Le titre ne peut pas dépasser 120 caractères.")
    .refine(noSentinel, "Ce titre contient un caractère non autorisé."),
});
export const updateFaqThemeSchema = faqThemeSchema.extend({ id });

export const faqEntrySchema = z.object({
  themeId: z.string({ error: "Choisissez un thème." }).min(1, "Choisissez un thème.").max(40),
  question: z
    .string({ error: "Saisissez la question." })
    .trim()
    .min(5, "Saisissez la question.")
    .max(300, "La question ne peut pas dépasser 300 caractères.")
    .refine(noSentinel, "La question contient un caractère non autorisé."),
  answer: z
    .string({ error: "Saisissez la réponse." })
    .trim()
    .min(10, "Saisissez la réponse.")
    .max(5000, "La réponse ne peut pas dépasser 5 000 caractères.")
    .refine(noSentinel, "La réponse contient un caractère non autorisé."),
  keywords: z
    .string()
    .trim()
    .max(300, "Les mots-clés ne peuvent pas dépasser 300 caractères.")
    .refine(noSentinel, "Les mots-clés contiennent un caractère non autorisé."),
});
export const updateFaqEntrySchema = faqEntrySchema.extend({ id });

export const faqIdSchema = z.object({ id });
export const moveFaqSchema = z.object({ id, direction: z.enum(["up", "down"]) });

export type FaqThemeInput = z.infer<typeof faqThemeSchema>;
export type FaqEntryInput = z.infer<typeof faqEntrySchema>;
