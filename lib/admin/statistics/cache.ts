// Issue 11, item 8: the statistics page at national scale. Its figures come from day totals and
// index ranges, but a year of them is still about a hundred milliseconds of database work, and
// administrators open the same periods again and again (the default twelve months above all).
// Each server process therefore keeps a period's datasets for five minutes; the page says when
// they were computed and offers to compute them again ("Actualiser"). Concurrent requests for a
// period share one computation. The CSV downloads always read the database afresh.
import "server-only";
import type { Viewer } from "@/lib/auth/viewer";
import { assertAdmin } from "@/lib/auth/access";
import { allDatasets, type Dataset } from "@/lib/admin/statistics/datasets";
import type { Period } from "@/lib/admin/statistics/period";

export const STATISTICS_TTL_MS = 5 * 60_000;
const MAX_PERIODS = 32;

type Entry = { computedAt: Date; datasets: Promise<Dataset[]> };
const computed = new Map<string, Entry>();

export async function statisticsFor(
  viewer: Viewer,
  period: Period,
  options: { refresh?: boolean; now?: Date } = {},
): Promise<{ computedAt: Date; datasets: Dataset[] }> {
  assertAdmin(viewer);
  const now = options.now ?? new Date();
  const key = `${period.from}|${period.to}`;
  let entry = computed.get(key);
  if (options.refresh || !entry || now.getTime() - entry.computedAt.getTime() >= STATISTICS_TTL_MS) {
    entry = { computedAt: now, datasets: allDatasets(viewer, period, now) };
    const mine = entry;
    // a failed computation is not kept: the next request tries again
    mine.datasets.catch(() => computed.get(key) === mine && computed.delete(key));
    computed.delete(key);
    computed.set(key, entry);
    // the oldest periods go first (a Map keeps its insertion order)
    while (computed.size > MAX_PERIODS) computed.delete(computed.keys().next().value!);
  }
  return { computedAt: entry.computedAt, datasets: await entry.datasets };
}
