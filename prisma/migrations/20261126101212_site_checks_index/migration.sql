-- CreateIndex
CREATE INDEX "PassportCheck_siteId_checkedAt_id_idx" ON "PassportCheck"("siteId", "checkedAt" DESC, "id" DESC);
