"use server";
// Server actions of the job runner's admin page: start a failed job again.
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { retryJob } from "@/lib/jobs/list-jobs";

export const retryJobAction = adminAction(
  "jobs.retry",
  z.object({ jobId: z.string().regex(/^\d{1,18}$/) }),
  async ({ jobId }, { viewer }) => {
    const result = await retryJob(viewer, jobId);
    revalidatePath("/admin/taches");
    return result;
  },
);
