// D6: the thresholds of the expiry reminders (days before expiry), set by administrators.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import type { ReminderSettingsInput } from "@/lib/reminders/reminder-settings.schema";

export const DEFAULT_THRESHOLDS = [90, 30, 7];

/** The thresholds, largest first (the job reads them on each pass). */
export async function reminderThresholds(): Promise<number[]> {
  const row = await db.reminderSettings.findUnique({ where: { id: 1 }, select: { thresholdDays: true } });
  return [...(row?.thresholdDays ?? DEFAULT_THRESHOLDS)].sort((a, b) => b - a);
}

export async function getReminderSettings(viewer: Viewer) {
  assertAdmin(viewer);
  return { thresholdDays: await reminderThresholds() };
}

export async function updateReminderSettings(viewer: Viewer, input: ReminderSettingsInput) {
  assertAdmin(viewer);
  const thresholdDays = [...new Set(input.thresholdDays)].sort((a, b) => b - a);
  await db.$transaction(async (tx) => {
    await tx.reminderSettings.upsert({
      where: { id: 1 },
      create: { id: 1, thresholdDays, updatedById: viewer.accountId },
      update: { thresholdDays, updatedById: viewer.accountId },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "reminders.thresholds",
      targetType: "ReminderSettings",
      data: { thresholdDays },
    });
  });
  return { thresholdDays };
}
