-- AlterEnum
ALTER TYPE "TokenPurpose" ADD VALUE 'EMAIL_CHANGE';
