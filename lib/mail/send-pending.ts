// I1: the outbox sender. Several app instances may run it at once: each claims a batch
// with FOR UPDATE SKIP LOCKED and leases it (nextAttemptAt pushed forward), so a message
// is sent by one instance only. A failure is retried later with exponential back-off; a
// message is never deleted, and after MAX_ATTEMPTS it stays visible as FAILED. Once sent,
// its stored copy loses the tokens of its single-use links (issue 17).
import "server-only";
import { db } from "@/lib/db";
import { redactLinks } from "@/lib/mail/redact-links";

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string };
export type Transport = (email: OutgoingEmail) => Promise<{ providerId?: string }>;

export const MAX_ATTEMPTS = 8;
const LEASE_SECONDS = 120;

export function backoffSeconds(attempts: number) {
  return Math.min(30 * 2 ** (attempts - 1), 6 * 60 * 60);
}

export async function claimBatch(limit: number, now = new Date()) {
  return db.$queryRaw<(OutgoingEmail & { attempts: number })[]>`
    UPDATE "EmailOutbox" SET "attempts" = "attempts" + 1,
      "nextAttemptAt" = ${now}::timestamp + make_interval(secs => ${LEASE_SECONDS})
    WHERE "id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "createdAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "to", "subject", "html", "text", "attempts"`;
}

export async function sendPending(transport: Transport, { limit = 20, now = new Date() } = {}) {
  const batch = await claimBatch(limit, now);
  let sent = 0;
  for (const email of batch) {
    try {
      const { providerId } = await transport(email);
      await db.emailOutbox.update({
        where: { id: email.id },
        data: {
          status: "SENT",
          sentAt: new Date(),
          providerId: providerId ?? null,
          lastError: null,
          text: redactLinks(email.text),
          html: redactLinks(email.html),
        },
      });
      sent++;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const exhausted = email.attempts >= MAX_ATTEMPTS;
      await db.emailOutbox.update({
        where: { id: email.id },
        data: {
          status: exhausted ? "FAILED" : "PENDING",
          lastError: message.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + backoffSeconds(email.attempts) * 1000),
        },
      });
    }
  }
  return { claimed: batch.length, sent };
}
