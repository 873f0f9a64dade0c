// D2: the notification centre of a login, the same in every space: the bell's unread count,
// the list (newest first) and marking read. Only the viewer's own lines, by construction.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { AccessDeniedError } from "@/lib/auth/access";

function own(viewer: Viewer | null) {
  if (!viewer) throw new AccessDeniedError();
  return viewer.accountId;
}

export async function unreadCount(viewer: Viewer) {
  return db.notification.count({ where: { accountId: own(viewer), readAt: null } });
}

export const PAGE_SIZE = 30;

export async function listNotifications(viewer: Viewer, { before }: { before?: Date } = {}) {
  const rows = await db.notification.findMany({
    where: { accountId: own(viewer), ...(before ? { createdAt: { lt: before } } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: PAGE_SIZE + 1,
    select: { id: true, category: true, title: true, body: true, href: true, createdAt: true, readAt: true },
  });
  return { rows: rows.slice(0, PAGE_SIZE), more: rows.length > PAGE_SIZE };
}

/** Marks one line (ids of others are ignored) or all of them read; returns how many changed. */
export async function markRead(viewer: Viewer, id: string | null, now = new Date()) {
  const { count } = await db.notification.updateMany({
    where: { accountId: own(viewer), readAt: null, ...(id ? { id } : {}) },
    data: { readAt: now },
  });
  return count;
}
