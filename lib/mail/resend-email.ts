// Issue 11, item 5: an administrator sends a failed message again. It goes back to the outbox
// as a fresh message (pending, no attempt counted, due now) and the sender picks it up like
// any other. Only a FAILED message, checked in the update itself, so that two clicks never
// queue it twice. Its copy was never redacted (redaction follows a delivery), so its link, if
// any, is still the one that was issued: it may have expired meanwhile, as the page says.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import { isId } from "@/lib/text";

export async function resendFailedEmail(viewer: Viewer, emailId: string, now = new Date()) {
  assertAdmin(viewer);
  if (!isId(emailId)) throw new UserFacingError("Message introuvable.");
  await db.$transaction(async (tx) => {
    const email = await tx.emailOutbox.findUnique({
      where: { id: emailId },
      select: { to: true, subject: true, template: true, attempts: true, lastError: true },
    });
    if (!email) throw new UserFacingError("Message introuvable.");
    const { count } = await tx.emailOutbox.updateMany({
      where: { id: emailId, status: "FAILED" },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: now },
    });
    if (count === 0) throw new UserFacingError("Seul un message en échec peut être renvoyé.");
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "email.resent",
      targetType: "EmailOutbox",
      targetId: emailId,
      data: { to: email.to, subject: email.subject, template: email.template, attempts: email.attempts, lastError: email.lastError },
    });
  });
}
