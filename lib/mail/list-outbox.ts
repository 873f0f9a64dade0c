import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

/** H5/I1: the outbox as administrators see it, newest first. */
export async function listOutbox(viewer: Viewer, { take = 100 } = {}) {
  assertAdmin(viewer);
  return db.emailOutbox.findMany({
    orderBy: { createdAt: "desc" },
    take,
    select: { id: true, to: true, subject: true, text: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true },
  });
}
