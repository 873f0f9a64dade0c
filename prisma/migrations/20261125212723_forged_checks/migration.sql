-- AlterEnum
ALTER TYPE "CheckResult" ADD VALUE 'FORGED';

-- AlterTable
ALTER TABLE "PassportCheck" ADD COLUMN     "address" TEXT;

-- CreateIndex
CREATE INDEX "PassportCheck_result_checkedAt_idx" ON "PassportCheck"("result", "checkedAt");
