"use server";
// Server actions of the trainer's group sessions: the wizard, its company look-up, the
// playback and the decisions.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { trainerAction } from "@/lib/safe-action";
import { createSessionSchema, decisionsSchema } from "@/lib/sessions/session.schema";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { searchCompanies } from "@/lib/companies/search-companies";
import { declarePaperOnly, markSessionStarted, recordPlayback } from "@/lib/sessions/trainer-session";
import { recordDecisions } from "@/lib/sessions/decide";
import { readParticipantsFile } from "@/lib/sessions/participants-file";
import { importFileSchema } from "@/lib/people/employee-import.schema";

export const createSessionAction = trainerAction("sessions.createSession", createSessionSchema, async (input, { viewer }) => {
  const created = await createAwarenessSession(viewer, input);
  revalidatePath("/formateur/validation");
  return { sessionId: created.sessionId, label: created.label };
});

// trainers also see the companies typed by other trainers (pending), to reuse them
export const searchCompaniesAction = trainerAction("sessions.searchCompanies", z.object({ q: z.string().max(120) }), async ({ q }) =>
  searchCompanies(q),
);

// issue 14: step 2 filled from a CSV or Excel file (read in the request, never stored)
export const readParticipantsFileAction = trainerAction(
  "sessions.readParticipantsFile",
  z.object({ file: importFileSchema }),
  async ({ file }, { viewer }) => readParticipantsFile(viewer, new Uint8Array(await file.arrayBuffer())),
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

const sessionId = z.string().min(1).max(40);

// E5: each module the projector shows, then the end screen (decisions open once all were shown)
export const recordPlaybackAction = trainerAction(
  "sessions.recordPlayback",
  z.union([z.object({ sessionId, moduleId: z.string().min(1).max(40) }), z.object({ sessionId, end: z.literal(true) })]),
  async (input, { viewer }) => {
    const result = await recordPlayback(viewer, input.sessionId, "moduleId" in input ? { moduleId: input.moduleId } : { end: true });
    if (result.completed) revalidatePath("/formateur/validation");
    return result;
  },
);

export const declarePaperOnlyAction = trainerAction("sessions.declarePaperOnly", z.object({ sessionId }), async (input, { viewer }) => {
  const result = await declarePaperOnly(viewer, input.sessionId);
  revalidatePath(`/formateur/sessions/${input.sessionId}`);
  revalidatePath("/formateur/validation");
  return result;
});
