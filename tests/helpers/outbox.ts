// An outbox message carrying a working single-use link (a password reset), for the tests of
// what the outbox keeps of such links.
import { db } from "@/lib/db";
import { enqueueEmail } from "@/lib/mail/enqueue-email";
import { createPasswordToken } from "@/lib/auth/password-token";
import { passwordLink } from "@/lib/auth/password-reset";

export async function messageWithLink(to: string) {
  const account = await db.account.create({ data: { email: to } });
  return db.$transaction(async (tx) => {
    const { token } = await createPasswordToken(tx, { accountId: account.id, purpose: "RESET", sentTo: to, now: new Date() });
    await enqueueEmail(tx, {
      to,
      template: "test",
      subject: "Lien",
      paragraphs: ["Bonjour"],
      action: { label: "Choisir", url: passwordLink(token) },
    });
    return token;
  });
}
