"use server";
import { revalidatePath } from "next/cache";
import { trainerAction } from "@/lib/safe-action";
import { decisionsSchema } from "@/lib/sessions/session.schema";
import { recordDecisions } from "@/lib/sessions/decide";

export const recordDecisionsAction = trainerAction(decisionsSchema, async ({ decisions }, { viewer }) => {
  const result = await recordDecisions(viewer, decisions);
  revalidatePath("/formateur/validation");
  revalidatePath("/formateur/impression");
  return result;
});
