-- DropIndex
DROP INDEX "AuditLog_companyId_at_idx";

-- DropIndex
DROP INDEX "PassportCheck_passportId_idx";

-- CreateIndex
CREATE INDEX "AuditLog_companyId_at_id_idx" ON "AuditLog"("companyId", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "EmailOutbox_status_sentAt_idx" ON "EmailOutbox"("status", "sentAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_to_trgm_idx" ON "EmailOutbox" USING GIN ("to" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "EmailOutbox_subject_trgm_idx" ON "EmailOutbox" USING GIN ("subject" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "PassportCheck_passportId_checkedAt_idx" ON "PassportCheck"("passportId", "checkedAt" DESC);

-- CreateIndex
CREATE INDEX "PassportCheck_checkedById_checkedAt_idx" ON "PassportCheck"("checkedById", "checkedAt");
