"use server";
// Server actions of the notification centre: any logged-in viewer marks their own lines read.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { actionClient } from "@/lib/safe-action";
import { markRead } from "@/lib/notifications/notification-centre";

const anyViewer = actionClient(() => true);

export const markNotificationReadAction = anyViewer(
  "notifications.markRead",
  z.object({ id: z.string().min(1).max(40).nullable() }),
  async ({ id }, { viewer }) => {
    const count = await markRead(viewer, id);
    revalidatePath("/", "layout");
    return { count };
  },
);
