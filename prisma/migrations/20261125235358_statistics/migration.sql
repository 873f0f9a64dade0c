-- CreateTable
CREATE TABLE "AttemptDayCount" (
    "day" DATE NOT NULL,
    "moduleId" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL,
    "passed" INTEGER NOT NULL,

    CONSTRAINT "AttemptDayCount_pkey" PRIMARY KEY ("day","moduleId")
);

-- CreateTable
CREATE TABLE "AnswerDayCount" (
    "day" DATE NOT NULL,
    "questionId" TEXT NOT NULL,
    "choiceId" TEXT NOT NULL,
    "answers" INTEGER NOT NULL,

    CONSTRAINT "AnswerDayCount_pkey" PRIMARY KEY ("day","questionId","choiceId")
);

-- CreateIndex
CREATE INDEX "AwarenessSession_heldOn_idx" ON "AwarenessSession"("heldOn");

-- CreateIndex
CREATE INDEX "Passport_trainerId_issuedAt_idx" ON "Passport"("trainerId", "issuedAt");

-- CreateIndex
CREATE INDEX "Passport_status_expiresAt_idx" ON "Passport"("status", "expiresAt");

-- CreateIndex
CREATE INDEX "Person_blockedAt_blockedModuleId_deletedAt_idx" ON "Person"("blockedAt", "blockedModuleId", "deletedAt");

-- AddForeignKey
ALTER TABLE "AttemptDayCount" ADD CONSTRAINT "AttemptDayCount_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnswerDayCount" ADD CONSTRAINT "AnswerDayCount_questionId_fkey" FOREIGN KEY ("questionId") REFERENCES "Question"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Backfill: the day totals of the attempts submitted before this migration (Paris days)
INSERT INTO "AttemptDayCount" ("day", "moduleId", "attempts", "passed")
SELECT ("submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "moduleId", count(*)::int, count(*) FILTER (WHERE "passed")::int
FROM "Attempt" WHERE "submittedAt" IS NOT NULL
GROUP BY 1, 2;

INSERT INTO "AnswerDayCount" ("day", "questionId", "choiceId", "answers")
SELECT ("a"."submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')::date, "q"."id", COALESCE("e"."value", ''), count(*)::int
FROM "Attempt" "a"
CROSS JOIN LATERAL jsonb_each_text("a"."answers") "e"
JOIN "Question" "q" ON "q"."id" = "e"."key"
WHERE "a"."submittedAt" IS NOT NULL AND jsonb_typeof("a"."answers") = 'object'
GROUP BY 1, 2, 3;
