// The outbox sender as a task of the job runner (lib/jobs/runner.ts): woken by every message
// written to the outbox (a trigger adds a job in the writing transaction) and every minute by
// the runner's cron for the retries. Without RESEND_API_KEY nothing is sent: messages stay in
// the outbox, visible on the admin page "E-mails envoyés". The outbox's own claim (FOR UPDATE
// SKIP LOCKED and a lease) keeps its guarantees when several instances run the task at once.
import "server-only";
import { env } from "@/lib/env";
import { resendTransport } from "@/lib/mail/resend-transport";
import { sendPending } from "@/lib/mail/send-pending";

export const SEND_BATCH = 20;

/** One pass; `more` says that a full batch was claimed and another pass should follow at once. */
export async function sendPendingPass() {
  const { RESEND_API_KEY: apiKey, MAIL_FROM: from } = env();
  if (!apiKey) return { claimed: 0, sent: 0, more: false };
  const result = await sendPending(resendTransport(apiKey, from), { limit: SEND_BATCH });
  return { ...result, more: result.claimed === SEND_BATCH };
}
