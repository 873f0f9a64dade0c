// I1: every message is first written to the outbox, inside the transaction of the change
// that causes it: no change without its message, no message without its change.
import "server-only";
import type { Tx } from "@/lib/db";
import { renderEmail, type EmailContent } from "@/lib/mail/render-email";

export type EmailInput = { to: string; template: string } & EmailContent;

export async function enqueueEmail(tx: Tx, input: EmailInput) {
  const { html, text } = renderEmail(input);
  return tx.emailOutbox.create({
    data: { to: input.to.toLowerCase(), subject: input.subject, template: input.template, html, text },
    select: { id: true },
  });
}
