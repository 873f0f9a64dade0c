// Started once per server process (instrumentation.ts). Without RESEND_API_KEY nothing is
// sent: messages stay in the outbox, visible on the admin page "E-mails envoyés".
import "server-only";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";
import { resendTransport } from "@/lib/mail/resend-transport";
import { sendPending } from "@/lib/mail/send-pending";

export function startMailWorker(intervalMs = 5000) {
  const { RESEND_API_KEY: apiKey, MAIL_FROM: from } = env();
  if (!apiKey) return null;
  const transport = resendTransport(apiKey, from);
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sendPending(transport);
    } catch (error) {
      logger.error({ job: "mail.send-pending", err: error }, "envoi de la file interrompu");
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return timer;
}
