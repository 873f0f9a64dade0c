// A8: the FAQ as everyone reads it, and its editing by administrators (themes and entries,
// their order). Every change is audited in its transaction.
import "server-only";
import { db, type Tx } from "@/lib/db";
import { assertAdmin } from "@/lib/auth/access";
import type { Viewer } from "@/lib/auth/viewer";
import { audit } from "@/lib/audit/audit";
import { UserFacingError } from "@/lib/errors";
import type { FaqEntryInput, FaqThemeInput } from "@/lib/help/faq.schema";

const entrySelect = { id: true, question: true, answer: true, keywords: true, position: true } as const;

/** The whole FAQ by theme, in the administrators' order (public). */
export function listFaq() {
  return db.faqTheme.findMany({
    orderBy: [{ position: "asc" }, { title: "asc" }],
    select: { id: true, title: true, position: true, entries: { orderBy: [{ position: "asc" }, { id: "asc" }], select: entrySelect } },
  });
}

/** The same, for the administrators' editor. */
export async function listFaqForAdmin(viewer: Viewer | null) {
  assertAdmin(viewer);
  return listFaq();
}

const TITLE_TAKEN = "Un thème porte déjà ce titre.";

async function assertTitleFree(tx: Tx, title: string, exceptId?: string) {
  const same = await tx.faqTheme.findFirst({
    where: { title: { equals: title, mode: "insensitive" }, NOT: exceptId ? { id: exceptId } : undefined },
  });
  if (same) throw new UserFacingError(TITLE_TAKEN, { title: TITLE_TAKEN });
}

export async function createFaqTheme(viewer: Viewer | null, input: FaqThemeInput) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    await assertTitleFree(tx, input.title);
    const last = await tx.faqTheme.aggregate({ _max: { position: true } });
    const theme = await tx.faqTheme.create({
      data: { title: input.title, position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.theme.created",
      targetType: "FaqTheme",
      targetId: theme.id,
      data: { title: input.title },
    });
    return theme;
  });
}

export async function updateFaqTheme(viewer: Viewer | null, input: FaqThemeInput & { id: string }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.faqTheme.findUnique({ where: { id: input.id }, select: { title: true } });
    if (!before) throw new UserFacingError("Ce thème n'existe plus.");
    await assertTitleFree(tx, input.title, input.id);
    await tx.faqTheme.update({ where: { id: input.id }, data: { title: input.title } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.theme.updated",
      targetType: "FaqTheme",
      targetId: input.id,
      data: { before: before.title, after: input.title },
    });
    return { id: input.id };
  });
}

export async function deleteFaqTheme(viewer: Viewer | null, id: string) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const theme = await tx.faqTheme.findUnique({ where: { id }, select: { title: true, _count: { select: { entries: true } } } });
    if (!theme) throw new UserFacingError("Ce thème n'existe plus.");
    if (theme._count.entries > 0) {
      throw new UserFacingError("Ce thème contient encore des questions : déplacez-les vers un autre thème ou supprimez-les d'abord.");
    }
    await tx.faqTheme.delete({ where: { id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.theme.deleted",
      targetType: "FaqTheme",
      targetId: id,
      data: { title: theme.title },
    });
    return { id };
  });
}

/** Swaps a row with its neighbour, after numbering the list 0…n (positions may have gaps or ties). */
async function swap(ids: string[], id: string, direction: "up" | "down", write: (id: string, position: number) => Promise<unknown>) {
  const from = ids.indexOf(id);
  const to = direction === "up" ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= ids.length) return false;
  [ids[from], ids[to]] = [ids[to], ids[from]];
  for (const [position, rowId] of ids.entries()) await write(rowId, position);
  return true;
}

export async function moveFaqTheme(viewer: Viewer | null, id: string, direction: "up" | "down") {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    // locks the themes' order against a concurrent move
    await tx.$executeRaw`SELECT 1 FROM "FaqTheme" ORDER BY "id" FOR UPDATE`;
    const themes = await tx.faqTheme.findMany({ orderBy: [{ position: "asc" }, { title: "asc" }], select: { id: true } });
    const moved = await swap(
      themes.map((t) => t.id),
      id,
      direction,
      (rowId, position) => tx.faqTheme.update({ where: { id: rowId }, data: { position } }),
    );
    if (moved)
      await audit(tx, {
        actorAccountId: viewer.accountId,
        action: "faq.theme.moved",
        targetType: "FaqTheme",
        targetId: id,
        data: { direction },
      });
    return { moved };
  });
}

async function assertTheme(tx: Tx, themeId: string) {
  const theme = await tx.faqTheme.findUnique({ where: { id: themeId }, select: { id: true } });
  if (!theme) throw new UserFacingError("Choisissez un thème.", { themeId: "Choisissez un thème." });
}

const entryData = (input: FaqEntryInput) => ({
  themeId: input.themeId,
  question: input.question,
  answer: input.answer,
  keywords: input.keywords,
});

export async function createFaqEntry(viewer: Viewer | null, input: FaqEntryInput) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    await assertTheme(tx, input.themeId);
    const last = await tx.faqEntry.aggregate({ where: { themeId: input.themeId }, _max: { position: true } });
    const entry = await tx.faqEntry.create({
      data: { ...entryData(input), position: (last._max.position ?? -1) + 1 },
      select: { id: true },
    });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.entry.created",
      targetType: "FaqEntry",
      targetId: entry.id,
      data: { question: input.question },
    });
    return entry;
  });
}

export async function updateFaqEntry(viewer: Viewer | null, input: FaqEntryInput & { id: string }) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const before = await tx.faqEntry.findUnique({ where: { id: input.id }, select: { themeId: true, question: true } });
    if (!before) throw new UserFacingError("Cette question n'existe plus.");
    await assertTheme(tx, input.themeId);
    let position: number | undefined;
    if (before.themeId !== input.themeId) {
      const last = await tx.faqEntry.aggregate({ where: { themeId: input.themeId }, _max: { position: true } });
      position = (last._max.position ?? -1) + 1;
    }
    await tx.faqEntry.update({ where: { id: input.id }, data: { ...entryData(input), position } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.entry.updated",
      targetType: "FaqEntry",
      targetId: input.id,
      data: { question: input.question, ...(position !== undefined ? { movedFromTheme: before.themeId, toTheme: input.themeId } : {}) },
    });
    return { id: input.id };
  });
}

export async function deleteFaqEntry(viewer: Viewer | null, id: string) {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const entry = await tx.faqEntry.findUnique({ where: { id }, select: { question: true } });
    if (!entry) throw new UserFacingError("Cette question n'existe plus.");
    await tx.faqEntry.delete({ where: { id } });
    await audit(tx, {
      actorAccountId: viewer.accountId,
      action: "faq.entry.deleted",
      targetType: "FaqEntry",
      targetId: id,
      data: { question: entry.question },
    });
    return { id };
  });
}

export async function moveFaqEntry(viewer: Viewer | null, id: string, direction: "up" | "down") {
  assertAdmin(viewer);
  return db.$transaction(async (tx) => {
    const entry = await tx.faqEntry.findUnique({ where: { id }, select: { themeId: true } });
    if (!entry) throw new UserFacingError("Cette question n'existe plus.");
    await tx.$executeRaw`SELECT 1 FROM "FaqEntry" WHERE "themeId" = ${entry.themeId} ORDER BY "id" FOR UPDATE`;
    const siblings = await tx.faqEntry.findMany({
      where: { themeId: entry.themeId },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    const moved = await swap(
      siblings.map((e) => e.id),
      id,
      direction,
      (rowId, position) => tx.faqEntry.update({ where: { id: rowId }, data: { position } }),
    );
    if (moved)
      await audit(tx, {
        actorAccountId: viewer.accountId,
        action: "faq.entry.moved",
        targetType: "FaqEntry",
        targetId: id,
        data: { direction },
      });
    return { moved };
  });
}
