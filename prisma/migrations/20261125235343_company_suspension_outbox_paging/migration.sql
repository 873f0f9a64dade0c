-- AlterEnum
ALTER TYPE "CompanyStatus" ADD VALUE 'SUSPENDED';

-- AlterTable
ALTER TABLE "Company" ADD COLUMN     "suspendedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "EmailOutbox_createdAt_id_idx" ON "EmailOutbox"("createdAt", "id");

-- CreateIndex
CREATE INDEX "EmailOutbox_status_createdAt_id_idx" ON "EmailOutbox"("status", "createdAt", "id");
