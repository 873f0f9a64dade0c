-- CreateEnum
CREATE TYPE "NotificationCategory" AS ENUM ('ALERT', 'TASK', 'MESSAGE');

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "notifyBeforeExpiryInApp" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyMessagesInApp" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "notifyNewTasksInApp" BOOLEAN NOT NULL DEFAULT true;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "category" "NotificationCategory" NOT NULL,
    "kind" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL DEFAULT '',
    "href" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PassportReminder" (
    "passportId" TEXT NOT NULL,
    "thresholdDays" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PassportReminder_pkey" PRIMARY KEY ("passportId","thresholdDays")
);

-- CreateTable
CREATE TABLE "ReminderDigest" (
    "companyId" TEXT NOT NULL,
    "week" DATE NOT NULL,
    "passports" INTEGER NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReminderDigest_pkey" PRIMARY KEY ("companyId","week")
);

-- CreateTable
CREATE TABLE "ReminderSettings" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "thresholdDays" INTEGER[] DEFAULT ARRAY[90, 30, 7]::INTEGER[],
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "updatedById" TEXT,

    CONSTRAINT "ReminderSettings_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Notification_accountId_readAt_idx" ON "Notification"("accountId", "readAt");

-- CreateIndex
CREATE INDEX "Notification_accountId_createdAt_idx" ON "Notification"("accountId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_accountId_fkey" FOREIGN KEY ("accountId") REFERENCES "Account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PassportReminder" ADD CONSTRAINT "PassportReminder_passportId_fkey" FOREIGN KEY ("passportId") REFERENCES "Passport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReminderDigest" ADD CONSTRAINT "ReminderDigest_companyId_fkey" FOREIGN KEY ("companyId") REFERENCES "Company"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- the thresholds' single row
INSERT INTO "ReminderSettings" ("id", "thresholdDays", "updatedAt") VALUES (1, ARRAY[90, 30, 7], now()) ON CONFLICT DO NOTHING;
