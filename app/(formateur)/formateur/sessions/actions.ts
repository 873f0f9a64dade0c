"use server";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { trainerAction } from "@/lib/safe-action";
import { createSessionSchema } from "@/lib/sessions/session.schema";
import { createAwarenessSession } from "@/lib/sessions/create-session";
import { searchCompanies } from "@/lib/companies/search-companies";
import { markSessionStarted } from "@/lib/sessions/trainer-session";

export const createSessionAction = trainerAction(createSessionSchema, async (input, { viewer }) => {
  const created = await createAwarenessSession(viewer, input);
  revalidatePath("/formateur/validation");
  return { sessionId: created.sessionId, label: created.label };
});

export const searchCompaniesAction = trainerAction(z.object({ q: z.string().max(120) }), async ({ q }) => searchCompanies(q));

export const startPlaybackAction = trainerAction(z.object({ sessionId: z.string().max(40) }), async ({ sessionId }, { viewer }) => {
  await markSessionStarted(viewer, sessionId);
  return null;
});
