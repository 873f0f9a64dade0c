-- CreateTable
CREATE TABLE "PassportDayCount" (
    "day" DATE NOT NULL,
    "profileId" TEXT NOT NULL,
    "issuedVia" "ValidationSource" NOT NULL,
    "passports" INTEGER NOT NULL,

    CONSTRAINT "PassportDayCount_pkey" PRIMARY KEY ("day","profileId","issuedVia")
);

-- CreateTable
CREATE TABLE "CheckDayCount" (
    "day" DATE NOT NULL,
    "result" "CheckResult" NOT NULL,
    "checks" INTEGER NOT NULL,

    CONSTRAINT "CheckDayCount_pkey" PRIMARY KEY ("day","result")
);

-- AddForeignKey
ALTER TABLE "PassportDayCount" ADD CONSTRAINT "PassportDayCount_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "Profile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the day totals of the passports and checks recorded before this migration (Paris days)
INSERT INTO "PassportDayCount" ("day", "profileId", "issuedVia", "passports")
SELECT ("issuedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "profileId", "issuedVia", count(*)::int
FROM "Passport"
GROUP BY 1, 2, 3;

INSERT INTO "CheckDayCount" ("day", "result", "checks")
SELECT ("checkedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "result", count(*)::int
FROM "PassportCheck"
GROUP BY 1, 2;
