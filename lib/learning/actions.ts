"use server";
// Server actions of the learner's path: media seen, quiz attempts.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { learnerAction } from "@/lib/safe-action";
import { markMediaSeen, startAttempt, submitAttempt } from "@/lib/learning/quiz";

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
  z.object({ attemptId: id, answers: z.record(id, id) }),
  async ({ attemptId, answers }, { viewer }) => {
    const outcome = await submitAttempt(viewer, attemptId, answers);
    revalidatePath("/espace/parcours");
    return outcome;
  },
);
