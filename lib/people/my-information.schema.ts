import { z } from "zod";

export const myInformationSchema = z.object({
  isHauler: z.boolean({ error: "Répondez à la question." }),
  isTechnical: z.boolean({ error: "Répondez à la question." }),
  notifyBeforeExpiry: z.boolean(),
  notifyNewTasks: z.boolean(),
  notifyMessages: z.boolean(),
});

export type MyInformationInput = z.infer<typeof myInformationSchema>;
