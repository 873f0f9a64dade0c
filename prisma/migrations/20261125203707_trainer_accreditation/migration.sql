-- CreateEnum
CREATE TYPE "AccreditationStatus" AS ENUM ('REQUESTED', 'APPROVED', 'REFUSED', 'WITHDRAWN');

-- AlterTable
ALTER TABLE "AwarenessSession" ADD COLUMN     "paperOnlyAt" TIMESTAMP(3),
ADD COLUMN     "playbackCompletedAt" TIMESTAMP(3),
ADD COLUMN     "playbackModulesSeen" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Passport" ADD COLUMN     "trainerId" TEXT;

-- CreateTable
CREATE TABLE "TrainerAccreditation" (
    "id" TEXT NOT NULL,
    "personId" TEXT NOT NULL,
    "status" "AccreditationStatus" NOT NULL DEFAULT 'REQUESTED',
    "requestedById" TEXT,
    "requestedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedById" TEXT,
    "decidedAt" TIMESTAMP(3),
    "validUntil" TIMESTAMP(3),
    "reason" TEXT,

    CONSTRAINT "TrainerAccreditation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TrainerAccreditation_personId_status_idx" ON "TrainerAccreditation"("personId", "status");

-- CreateIndex
CREATE INDEX "TrainerAccreditation_status_requestedAt_idx" ON "TrainerAccreditation"("status", "requestedAt");

-- AddForeignKey
ALTER TABLE "Passport" ADD CONSTRAINT "Passport_trainerId_fkey" FOREIGN KEY ("trainerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAccreditation" ADD CONSTRAINT "TrainerAccreditation_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAccreditation" ADD CONSTRAINT "TrainerAccreditation_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TrainerAccreditation" ADD CONSTRAINT "TrainerAccreditation_decidedById_fkey" FOREIGN KEY ("decidedById") REFERENCES "Account"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Existing trainers were designated by their company alone: each becomes a request that an
-- administrator must approve, and the stored role goes (it is derived from now on)
INSERT INTO "TrainerAccreditation" ("id", "personId", "status", "requestedAt", "reason")
SELECT 'acc_' || md5(p."id"), p."id", 'REQUESTED', CURRENT_TIMESTAMP, NULL
FROM "Person" p
WHERE 'TRAINER' = ANY (p."roles") AND p."deletedAt" IS NULL;

UPDATE "Person" SET "roles" = array_remove("roles", 'TRAINER') WHERE 'TRAINER' = ANY ("roles");

-- Passports issued in a session name the trainer who decided them
UPDATE "Passport" pa SET "trainerId" = s."trainerId"
FROM "AwarenessSession" s
WHERE pa."sessionId" = s."id" AND pa."trainerId" IS NULL;
