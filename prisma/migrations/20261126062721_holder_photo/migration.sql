-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "photoKey" TEXT,
ADD COLUMN     "photoPendingAt" TIMESTAMP(3),
ADD COLUMN     "photoPendingKey" TEXT;
