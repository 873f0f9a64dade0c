"use server";
// Server actions of the mail domain: administrators send a failed message again (issue 11).
import { revalidatePath } from "next/cache";
import { adminAction } from "@/lib/safe-action";
import { resendEmailSchema } from "@/lib/mail/outbox-query.schema";
import { resendFailedEmail } from "@/lib/mail/resend-email";

export const resendEmailAction = adminAction("mail.resendEmail", resendEmailSchema, async ({ emailId }, { viewer }) => {
  await resendFailedEmail(viewer, emailId);
  revalidatePath("/admin/emails");
  return null;
});
