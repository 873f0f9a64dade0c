// Issue 14, item 3: the rows of an export, page after page by keyset (the last row's sort key
// and id, never OFFSET), straight through the pg pool: each page is one indexed query, and
// only one page is in memory at a time. Issue 16: from the replica (readRawQuery) when there is one.
import "server-only";
import { readRawQuery } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Cell } from "@/lib/export/table-stream";

export const EXPORT_PAGE_SIZE = 1_000;

export type Cursor = [sortKey: string, id: string] | null;

/**
 * `AND (key, id) > (…)` after the first page, nothing on the first. The extra `key >= …` lets an
 * index whose last column is the key (without the id) range-scan, the id order being an
 * incremental sort of the few rows sharing a key: without it each page read every row after it.
 */
export const afterCursor = (key: Prisma.Sql, id: Prisma.Sql, cursor: Cursor) =>
  cursor ? Prisma.sql`AND ${key} >= ${cursor[0]} AND (${key}, ${id}) > (${cursor[0]}, ${cursor[1]})` : Prisma.empty;

/**
 * Batches of rows from `select` (which returns `sortKey` and `id`, ordered by them, and filters
 * with afterCursor), converted to cells by `toCells`.
 */
export async function* keysetBatches<R extends { sortKey: string; id: string }>(
  select: (cursor: Cursor, limit: number) => Prisma.Sql,
  toCells: (row: R) => Cell[],
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<Cell[][]> {
  let cursor: Cursor = null;
  for (;;) {
    const rows: R[] = await readRawQuery<R>(select(cursor, pageSize));
    if (rows.length === 0) return;
    yield rows.map(toCells);
    if (rows.length < pageSize) return;
    const last = rows[rows.length - 1];
    cursor = [last.sortKey, last.id];
  }
}
