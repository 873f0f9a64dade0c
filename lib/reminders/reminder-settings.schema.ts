import { z } from "zod";

export const reminderSettingsSchema = z.object({
  thresholdDays: z
    .array(
      z.coerce
        .number({ error: "Indiquez un nombre de jours." })
        .int("Indiquez un nombre entier de jours.")
        .min(1, "Au moins 1 jour.")
        .max(365, "Au plus 365 jours."),
    )
    .min(1, "Gardez au moins un rappel.")
    .max(6, "Six rappels au plus."),
});

export type ReminderSettingsInput = z.infer<typeof reminderSettingsSchema>;
