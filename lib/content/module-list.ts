// Issue 12: the modules as the content studio's index lists them (title, SNBPE flag, published
// version, draft under way, active). The module editor itself is lib/content/studio.ts.
import "server-only";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";

export async function listStudioModules(viewer: Viewer) {
  assertAdmin(viewer);
  const rows = await db.module.findMany({
    orderBy: [{ active: "desc" }, { title: "asc" }],
    select: {
      id: true,
      title: true,
      snbpeCommon: true,
      active: true,
      currentVersion: { select: { number: true } },
      versions: { where: { status: "DRAFT" }, select: { number: true }, take: 1 },
      _count: { select: { profiles: true } },
    },
  });
  return rows.map((m) => ({
    id: m.id,
    title: m.title,
    snbpeCommon: m.snbpeCommon,
    active: m.active,
    publishedNumber: m.currentVersion?.number ?? null,
    draftNumber: m.versions[0]?.number ?? null,
    profileCount: m._count.profiles,
  }));
}
