import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { env } from "@/lib/env";
import { redactLinks } from "@/lib/mail/redact-links";

/**
 * H5/I1: the outbox as administrators see it, newest first. With a delivery service
 * (RESEND_API_KEY) the single-use links are masked, pending messages included: the page is
 * not a way into other people's accounts. In the quick start without one, the outbox is the
 * only delivery, so its links stay readable (and the page says so).
 */
export async function listOutbox(viewer: Viewer, { take = 100 } = {}) {
  assertAdmin(viewer);
  const delivered = Boolean(env().RESEND_API_KEY);
  const rows = await db.emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  return { linksMasked: delivered, emails: delivered ? rows.map((r) => ({ ...r, text: redactLinks(r.text) })) : rows };
}
