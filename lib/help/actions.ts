"use server";
// Server actions of the help centre: the contact form (anyone, logged in or not) and the
// administrators' FAQ editor and inbox "Demandes d'assistance".
import { revalidatePath } from "next/cache";
import { adminAction, publicAction } from "@/lib/safe-action";
import { getCurrentUser } from "@/lib/auth/current-user";
import { requestAddress } from "@/lib/http/request-address";
import {
  faqEntrySchema,
  faqIdSchema,
  faqThemeSchema,
  moveFaqSchema,
  updateFaqEntrySchema,
  updateFaqThemeSchema,
} from "@/lib/help/faq.schema";
import {
  createFaqEntry,
  createFaqTheme,
  deleteFaqEntry,
  deleteFaqTheme,
  moveFaqEntry,
  moveFaqTheme,
  updateFaqEntry,
  updateFaqTheme,
} from "@/lib/help/faq";
import { supportAnswerSchema, supportRequestSchema, supportStatusSchema } from "@/lib/help/support.schema";
import { answerSupportRequest, setSupportStatus, submitSupportRequest } from "@/lib/help/support";

function faqChanged() {
  revalidatePath("/admin/aide");
  revalidatePath("/aide");
}

export const sendSupportRequestAction = publicAction("help.sendSupportRequest", supportRequestSchema, async (input) => {
  await submitSupportRequest(await getCurrentUser(), input, await requestAddress());
  return null;
});

export const createFaqThemeAction = adminAction("help.createFaqTheme", faqThemeSchema, async (input, { viewer }) => {
  const theme = await createFaqTheme(viewer, input);
  faqChanged();
  return theme;
});

export const updateFaqThemeAction = adminAction("help.updateFaqTheme", updateFaqThemeSchema, async (input, { viewer }) => {
  await updateFaqTheme(viewer, input);
  faqChanged();
  return null;
});

export const deleteFaqThemeAction = adminAction("help.deleteFaqTheme", faqIdSchema, async ({ id }, { viewer }) => {
  await deleteFaqTheme(viewer, id);
  faqChanged();
  return null;
});

export const moveFaqThemeAction = adminAction("help.moveFaqTheme", moveFaqSchema, async ({ id, direction }, { viewer }) => {
  await moveFaqTheme(viewer, id, direction);
  faqChanged();
  return null;
});

export const createFaqEntryAction = adminAction("help.createFaqEntry", faqEntrySchema, async (input, { viewer }) => {
  const entry = await createFaqEntry(viewer, input);
  faqChanged();
  return entry;
});

export const updateFaqEntryAction = adminAction("help.updateFaqEntry", updateFaqEntrySchema, async (input, { viewer }) => {
  await updateFaqEntry(viewer, input);
  faqChanged();
  return null;
});

export const deleteFaqEntryAction = adminAction("help.deleteFaqEntry", faqIdSchema, async ({ id }, { viewer }) => {
  await deleteFaqEntry(viewer, id);
  faqChanged();
  return null;
});

export const moveFaqEntryAction = adminAction("help.moveFaqEntry", moveFaqSchema, async ({ id, direction }, { viewer }) => {
  await moveFaqEntry(viewer, id, direction);
  faqChanged();
  return null;
});

export const setSupportStatusAction = adminAction("help.setSupportStatus", supportStatusSchema, async ({ id, status }, { viewer }) => {
  await setSupportStatus(viewer, id, status);
  revalidatePath("/admin/assistance");
  return null;
});

export const answerSupportRequestAction = adminAction(
  "help.answerSupportRequest",
  supportAnswerSchema,
  async ({ id, answer }, { viewer }) => {
    await answerSupportRequest(viewer, id, answer);
    revalidatePath("/admin/assistance");
    return null;
  },
);
