-- CreateEnum
CREATE TYPE "TargetedMessageStatus" AS ENUM ('SCHEDULED', 'SENDING', 'SENT');

-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "messageId" TEXT;

-- CreateTable
CREATE TABLE "TargetedMessage" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "roles" TEXT[],
    "companyKinds" "CompanyKind"[],
    "regions" "Region"[],
    "profileIds" TEXT[],
    "scheduledFor" TIMESTAMP(3) NOT NULL,
    "status" "TargetedMessageStatus" NOT NULL DEFAULT 'SCHEDULED',
    "recipientCount" INTEGER NOT NULL DEFAULT 0,
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "TargetedMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TargetedMessageDelivery" (
    "messageId" TEXT NOT NULL,
    "accountId" TEXT NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TargetedMessageDelivery_pkey" PRIMARY KEY ("messageId","accountId")
);

-- CreateIndex
CREATE INDEX "TargetedMessage_status_scheduledFor_idx" ON "TargetedMessage"("status", "scheduledFor");

-- CreateIndex
CREATE INDEX "Notification_messageId_readAt_idx" ON "Notification"("messageId", "readAt");

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "TargetedMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TargetedMessageDelivery" ADD CONSTRAINT "TargetedMessageDelivery_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "TargetedMessage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
