-- Issue 18: a day total of gate checks spread over 16 rows per day and result (shard), so that
-- concurrent checks do not queue on one row. Existing totals become shard 0.
ALTER TABLE "CheckDayCount" ADD COLUMN "shard" SMALLINT NOT NULL DEFAULT 0;
ALTER TABLE "CheckDayCount" DROP CONSTRAINT "CheckDayCount_pkey",
ADD CONSTRAINT "CheckDayCount_pkey" PRIMARY KEY ("day", "result", "shard");
