-- CreateIndex
CREATE INDEX "PassportCheck_companyId_result_checkedAt_id_idx" ON "PassportCheck"("companyId", "result", "checkedAt" DESC, "id" DESC);

-- issue 16: a site belongs to one company: without this, PostgreSQL multiplies the selectivity
-- of "companyId" and "siteId", expects 14 checks of a site instead of 10,000 and sorts all of
-- them instead of reading the first page from the site's index. Prisma's schema cannot say it
-- (it neither creates nor drops statistics objects).
CREATE STATISTICS IF NOT EXISTS "PassportCheck_site_company_stats" (dependencies) ON "siteId", "companyId" FROM "PassportCheck";
ANALYZE "PassportCheck";
