"use server";
// Server actions of the content studio (issue 12): thin wrappers over lib/content/*, which
// check the administrator, validate, write in one transaction and audit each change.
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import {
  createProfileSchema,
  moveProfileModuleSchema,
  profileModuleSchema,
  setProfileActiveSchema,
  setProfileModulesSchema,
  updateProfileSchema,
} from "@/lib/content/profile.schema";
import {
  addProfileModule,
  createProfile,
  moveProfileModule,
  removeProfileModule,
  setProfileActive,
  setProfileModules,
  updateProfile,
} from "@/lib/content/profiles";

import { z } from "zod";
import {
  createModuleFromStudio,
  discardDraft,
  draftOf,
  patchDraft,
  publishVersion,
  setModuleSettings,
  setQuestions,
  setTranslation,
} from "@/lib/content/studio";
import { draftDetailsSchema, newModuleSchema, questionSchema, translationSchema } from "@/lib/content/schemas";
import { startPreviewQuiz, submitPreviewQuiz } from "@/lib/content/preview";

// profiles

/** The studio's index and the profile's own page show what changed. */
function profileChanged(profileId: string) {
  revalidatePath("/admin/contenus");
  revalidatePath(`/admin/contenus/profils/${profileId}`);
}

export const createProfileAction = adminAction("content.createProfile", createProfileSchema, async (input, { viewer }) => {
  const profile = await createProfile(viewer, input);
  revalidatePath("/admin/contenus");
  return { id: profile.id };
});

export const updateProfileAction = adminAction("content.updateProfile", updateProfileSchema, async (input, { viewer }) => {
  const result = await updateProfile(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const setProfileActiveAction = adminAction("content.setProfileActive", setProfileActiveSchema, async (input, { viewer }) => {
  const result = await setProfileActive(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const setProfileModulesAction = adminAction("content.setProfileModules", setProfileModulesSchema, async (input, { viewer }) => {
  const result = await setProfileModules(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const addProfileModuleAction = adminAction("content.addProfileModule", profileModuleSchema, async (input, { viewer }) => {
  const result = await addProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const removeProfileModuleAction = adminAction("content.removeProfileModule", profileModuleSchema, async (input, { viewer }) => {
  const result = await removeProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});

export const moveProfileModuleAction = adminAction("content.moveProfileModule", moveProfileModuleSchema, async (input, { viewer }) => {
  const result = await moveProfileModule(viewer, input);
  profileChanged(input.profileId);
  return result;
});

const id = z.string().min(1).max(40);
const mediaUrl = z
  .string()
  .regex(/^\/(media|medias)\/[A-Za-z0-9._/-]+$/, "Choisissez un média déposé sur la plateforme.")
  .max(300);

// modules

export const createModuleAction = adminAction("content.createModule", newModuleSchema, async (input, { viewer }) => {
  const created = await createModuleFromStudio(viewer, input);
  revalidatePath("/admin/contenus");
  return created;
});

export const editModuleAction = adminAction("content.editModule", z.object({ moduleId: id }), async ({ moduleId }, { viewer }) => {
  const versionId = await draftOf(viewer, moduleId);
  revalidatePath(`/admin/contenus/modules/${moduleId}`);
  return { versionId };
});

export const saveDraftDetailsAction = adminAction(
  "content.saveDraftDetails",
  draftDetailsSchema.extend({ versionId: id }),
  async ({ versionId, durationMinutes, ...details }, { viewer }) => {
    await patchDraft(viewer, versionId, { ...details, durationSeconds: Math.round(durationMinutes * 60) });
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

export const saveVideoAction = adminAction(
  "content.saveVideo",
  z.object({
    versionId: id,
    mediaPath: mediaUrl.or(z.literal("")),
    captionsPath: mediaUrl.nullable(),
    transcript: z.string().trim().max(20_000, "20 000 caractères au plus."),
  }),
  async ({ versionId, ...video }, { viewer }) => {
    await patchDraft(viewer, versionId, { mediaKind: "VIDEO", ...video });
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

export const saveSlidesAction = adminAction(
  "content.saveSlides",
  z.object({
    versionId: id,
    slides: z
      .array(
        z.object({
          image: mediaUrl,
          alt: z.string().trim().min(1, "Décrivez l'image de la diapositive.").max(500, "500 caractères au plus."),
          text: z.string().trim().max(2000, "2 000 caractères au plus."),
        }),
      )
      .max(80, "80 diapositives au plus."),
  }),
  async ({ versionId, slides }, { viewer }) => {
    await patchDraft(viewer, versionId, { mediaKind: "SLIDES", slides });
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

export const saveQuestionsAction = adminAction(
  "content.saveQuestions",
  z.object({ versionId: id, questions: z.array(questionSchema).min(1, "Ajoutez au moins une question.").max(40, "40 questions au plus.") }),
  async ({ versionId, questions }, { viewer }) => {
    await setQuestions(viewer, versionId, questions);
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

export const saveTranslationAction = adminAction(
  "content.saveTranslation",
  translationSchema.and(z.object({ versionId: id })),
  async ({ versionId, ...translation }, { viewer }) => {
    await setTranslation(viewer, versionId, translation);
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

export const publishVersionAction = adminAction("content.publish", z.object({ versionId: id }), async ({ versionId }, { viewer }) => {
  await publishVersion(viewer, versionId);
  revalidatePath("/admin/contenus", "layout");
  return null;
});

export const discardDraftAction = adminAction("content.discardDraft", z.object({ versionId: id }), async ({ versionId }, { viewer }) => {
  await discardDraft(viewer, versionId);
  revalidatePath("/admin/contenus", "layout");
  return null;
});

export const setModuleSettingsAction = adminAction(
  "content.moduleSettings",
  z.object({ moduleId: id, snbpeCommon: z.boolean(), active: z.boolean() }),
  async ({ moduleId, ...settings }, { viewer }) => {
    await setModuleSettings(viewer, moduleId, settings);
    revalidatePath("/admin/contenus", "layout");
    return null;
  },
);

// preview (nothing recorded)

const previewInput = z.object({ versionId: id, language: z.string().min(2).max(5) });

export const startPreviewQuizAction = adminAction("content.previewStart", previewInput, async ({ versionId, language }, { viewer }) =>
  startPreviewQuiz(viewer, versionId, language),
);

export const submitPreviewQuizAction = adminAction(
  "content.previewSubmit",
  previewInput.extend({ answers: z.record(id, z.array(id).max(6)) }),
  async ({ versionId, language, answers }, { viewer }) => submitPreviewQuiz(viewer, versionId, language, answers),
);
