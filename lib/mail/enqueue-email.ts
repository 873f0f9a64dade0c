// I1: every message is first written to the outbox, inside the transaction of the change
// that causes it: no change without its message, no message without its change.
import "server-only";
import type { Tx } from "@/lib/db";
import { renderEmail, type EmailContent } from "@/lib/mail/render-email";
import { frenchSpaces } from "@/lib/typography";

export type EmailInput = { to: string; template: string } & EmailContent;

/** A subject is one line: names typed by users never add header lines, whatever the form checked. */
export const oneLine = (s: string) => s.replace(/[\p{Cc}\u2028\u2029]+/gu, " ").trim();

/** The outbox row of a message (issue 14: an import writes thousands with one createMany). */
export function outboxRow(input: EmailInput) {
  const { html, text } = renderEmail(input);
  return { to: input.to.toLowerCase(), subject: oneLine(frenchSpaces(input.subject)), template: input.template, html, text };
}

export async function enqueueEmail(tx: Tx, input: EmailInput) {
  return tx.emailOutbox.create({ data: outboxRow(input), select: { id: true } });
}
