-- CreateIndex
CREATE INDEX "SessionParticipant_companyId_idx" ON "SessionParticipant"("companyId");
