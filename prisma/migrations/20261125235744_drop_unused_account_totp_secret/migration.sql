-- The TOTP secret of administrators lives in TotpFactor since the second factor was added
ALTER TABLE "Account" DROP COLUMN "totpSecret";
