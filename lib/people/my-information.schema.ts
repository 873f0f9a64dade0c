import { z } from "zod";

export const myInformationSchema = z.object({
  isHauler: z.boolean({ error: "Répondez à la question." }),
  isTechnical: z.boolean({ error: "Répondez à la question." }),
  notifyBeforeExpiry: z.boolean(),
  notifyNewTasks: z.boolean(),
  notifyMessages: z.boolean(),
  // issue 13 (D2): the same categories in the app's notification centre
  notifyBeforeExpiryInApp: z.boolean(),
  notifyNewTasksInApp: z.boolean(),
  notifyMessagesInApp: z.boolean(),
});

export type MyInformationInput = z.infer<typeof myInformationSchema>;
