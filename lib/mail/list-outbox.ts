import "server-only";
import { readDb } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { env } from "@/lib/env";
import { redactLinks } from "@/lib/mail/redact-links";
import type { OutboxQuery } from "@/lib/mail/outbox-query.schema";

export const OUTBOX_PAGE_SIZE = 50;

/**
 * H5/I1: the outbox as administrators see it, newest first, one keyset page at a time
 * (indexes on createdAt, id and on status, createdAt, id), searchable by recipient and subject
 * (issue 11, item 5; trigram indexes on both since issue 16). With a delivery service (RESEND_API_KEY) the single-use links are
 * masked, pending messages included: the page is not a way into other people's accounts. In
 * the quick start without one, the outbox is the only delivery, so its links stay readable
 * (and the page says so).
 */
const WHOLE_ADDRESS = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * A whole address is looked up as such (the index on to, createdAt), part of one through the
 * trigram index: the trigrams of a whole address ("exa", ".fr", "@en"…) are in nearly every
 * row, and intersecting them read the index of the whole table (issue 16).
 */
function recipient(text: string): Prisma.EmailOutboxWhereInput {
  const lower = text.toLowerCase();
  return WHOLE_ADDRESS.test(lower) ? { to: lower } : { to: { contains: lower } };
}

export async function listOutbox(
  viewer: Viewer,
  { take = OUTBOX_PAGE_SIZE, q = "", statut, avant }: Partial<OutboxQuery> & { take?: number } = {},
) {
  assertAdmin(viewer);
  const delivered = Boolean(env().RESEND_API_KEY);
  const text = q.replace(/[\u0000-\u001F\u007F]/g, "").trim();
  const where: Prisma.EmailOutboxWhereInput = {
    AND: [
      statut ? { status: statut } : {},
      text ? { OR: [recipient(text), { subject: { contains: text, mode: "insensitive" } }] } : {},
      // (createdAt, id) < cursor, written with a bound the index can start from (createdAt <=):
      // the OR alone made PostgreSQL read every newer message before the page (issue 16)
      avant ? { createdAt: { lte: avant.createdAt }, OR: [{ createdAt: { lt: avant.createdAt } }, { id: { lt: avant.id } }] } : {},
    ],
  };
  const rows = await readDb.emailOutbox.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: take + 1,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
  const page = rows.slice(0, take);
  return {
    linksMasked: delivered,
    emails: delivered ? page.map((r) => ({ ...r, text: redactLinks(r.text) })) : page,
    /** the last message shown, when older ones match too */
    last: rows.length > take ? page[page.length - 1] : null,
  };
}
