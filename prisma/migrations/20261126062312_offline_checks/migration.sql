/*
  Warnings:

  - A unique constraint covering the columns `[clientId]` on the table `PassportCheck` will be added. If there are existing duplicate values, this will fail.

*/
-- AlterTable
ALTER TABLE "PassportCheck" ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "offline" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "offlineResult" "CheckResult",
ADD COLUMN     "syncedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "PassportCheck_clientId_key" ON "PassportCheck"("clientId");
