// Started once per server process (instrumentation.ts). Without RESEND_API_KEY nothing is
// sent: messages stay in the outbox, visible on the admin page "E-mails envoyés".
import "server-only";
import { resendTransport } from "@/lib/mail/resend-transport";
import { sendPending } from "@/lib/mail/send-pending";

export function startMailWorker(intervalMs = 5000) {
  const apiKey = process.env.RESEND_API_KEY;
  if (!apiKey) return null;
  const from = process.env.MAIL_FROM ?? "Passeport Sécurité <no-reply@passeport-securite.fr>";
  const transport = resendTransport(apiKey, from);
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    try {
      await sendPending(transport);
    } catch (error) {
      console.error("[mail] envoi de la file interrompu", error);
    } finally {
      running = false;
    }
  }, intervalMs);
  timer.unref();
  return timer;
}
