-- AlterTable
ALTER TABLE "EmailOutbox" ADD COLUMN     "bodyPurgedAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "anonymizedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "AuthSession_expiresAt_idx" ON "AuthSession"("expiresAt");

-- CreateIndex
CREATE INDEX "EmailOutbox_bodyPurgedAt_sentAt_idx" ON "EmailOutbox"("bodyPurgedAt", "sentAt");

-- CreateIndex
CREATE INDEX "LoginThrottle_updatedAt_idx" ON "LoginThrottle"("updatedAt");

-- CreateIndex
CREATE INDEX "PassportCheck_checkedAt_idx" ON "PassportCheck"("checkedAt");

-- CreateIndex
CREATE INDEX "PasswordToken_expiresAt_idx" ON "PasswordToken"("expiresAt");

-- CreateIndex
CREATE INDEX "Person_deletedAt_anonymizedAt_idx" ON "Person"("deletedAt", "anonymizedAt");

-- CreateIndex
CREATE INDEX "UsedChallenge_expiresAt_idx" ON "UsedChallenge"("expiresAt");
