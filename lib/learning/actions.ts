"use server";
// Server actions of the learner's path: media seen, quiz attempts.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { learnerAction } from "@/lib/safe-action";
import { markMediaSeen, saveMediaPosition, startAttempt, submitAttempt } from "@/lib/learning/quiz";
import { setLearningLanguage } from "@/lib/learning/language";

const id = z.string().min(1).max(40);

export const markMediaSeenAction = learnerAction("learning.markMediaSeen", z.object({ moduleId: id }), async ({ moduleId }, { viewer }) => {
  await markMediaSeen(viewer, moduleId);
  return null;
});

export const startAttemptAction = learnerAction("learning.startAttempt", z.object({ moduleId: id }), async ({ moduleId }, { viewer }) =>
  startAttempt(viewer, moduleId),
);

export const submitAttemptAction = learnerAction(
  "learning.submitAttempt",
  z.object({ attemptId: id, answers: z.record(id, z.array(id).max(6)) }),
  async ({ attemptId, answers }, { viewer }) => {
    const outcome = await submitAttempt(viewer, attemptId, answers);
    revalidatePath("/espace/parcours");
    return outcome;
  },
);

export const saveMediaPositionAction = learnerAction(
  "learning.saveMediaPosition",
  z.object({ moduleId: id, seconds: z.number().min(0).max(86_400) }),
  async ({ moduleId, seconds }, { viewer }) => {
    await saveMediaPosition(viewer, moduleId, seconds);
    return null;
  },
);

export const setLearningLanguageAction = learnerAction(
  "learning.setLanguage",
  z.object({ language: z.string().min(2).max(5) }),
  async ({ language }, { viewer }) => {
    await setLearningLanguage(viewer, language);
    revalidatePath("/espace", "layout");
    return null;
  },
);
