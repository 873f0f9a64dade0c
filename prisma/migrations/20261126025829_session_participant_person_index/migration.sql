-- CreateIndex
CREATE INDEX "SessionParticipant_personId_idx" ON "SessionParticipant"("personId");
