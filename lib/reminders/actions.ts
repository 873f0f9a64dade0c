"use server";
// Server actions of the expiry reminders: administrators set the thresholds.
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { reminderSettingsSchema } from "@/lib/reminders/reminder-settings.schema";
import { updateReminderSettings } from "@/lib/reminders/reminder-settings";

export const updateReminderSettingsAction = adminAction("reminders.updateSettings", reminderSettingsSchema, async (input, { viewer }) => {
  const result = await updateReminderSettings(viewer, input);
  revalidatePath("/admin/taches");
  return result;
});
