// The only place that talks to Resend. Resend's client throws without a key and does not
// throw on network failure (it returns { error }): both become exceptions here so that the
// outbox retries. The outbox id is the idempotency key: a message retried after a lost answer
// is delivered once.
import "server-only";
import { Resend } from "resend";
import type { Transport } from "@/lib/mail/send-pending";

export function resendTransport(apiKey: string, from: string): Transport {
  const resend = new Resend(apiKey);
  return async (email) => {
    const { data, error } = await resend.emails.send(
      {
        from,
        to: email.to,
        subject: email.subject,
        html: email.html,
        text: email.text,
        headers: { "X-Entity-Ref-ID": email.id },
      },
      { idempotencyKey: `outbox-${email.id}` },
    );
    if (error) throw new Error(`Resend: ${error.name ?? "error"} ${error.message ?? ""}`.trim());
    return { providerId: data?.id };
  };
}
