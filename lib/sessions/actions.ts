"use server";
// Server actions of the trainer's group sessions: the wizard, its company look-up, the
// playback and the decisions.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { trainerAction } from "@/lib/safe-action";
import { createSessionSchema, decisionsSchema } from "@/lib/sessions/session.schema";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { searchCompanies } from "@/lib/companies/search-companies";
import { markSessionStarted } from "@/lib/sessions/trainer-session";
import { recordDecisions } from "@/lib/sessions/decide";

export const createSessionAction = trainerAction("sessions.createSession", createSessionSchema, async (input, { viewer }) => {
  const created = await createAwarenessSession(viewer, input);
  revalidatePath("/formateur/validation");
  return { sessionId: created.sessionId, label: created.label };
});

// trainers also see the companies typed by other trainers (pending), to reuse them
export const searchCompaniesAction = trainerAction("sessions.searchCompanies", z.object({ q: z.string().max(120) }), async ({ q }) =>
  searchCompanies(q),
);

export const startPlaybackAction = trainerAction(
  "sessions.startPlayback",
  z.object({ sessionId: z.string().max(40) }),
  async ({ sessionId }, { viewer }) => {
    await markSessionStarted(viewer, sessionId);
    return null;
  },
);

export const recordDecisionsAction = trainerAction("sessions.recordDecisions", decisionsSchema, async ({ decisions }, { viewer }) => {
  const result = await recordDecisions(viewer, decisions);
  revalidatePath("/formateur/validation");
  revalidatePath("/formateur/impression");
  return result;
});
