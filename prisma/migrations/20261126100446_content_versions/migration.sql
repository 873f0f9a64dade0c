-- Issue 12 (H3): versioned module content, in several languages. Each existing module becomes
-- its version 1, published and current, and its questions, progress and attempts point at it.
-- Nothing that was recorded is rewritten: history keeps what the learners took
CREATE TYPE "VersionStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'RETIRED');

CREATE TABLE "ModuleVersion" (
    "id" TEXT NOT NULL,
    "moduleId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "VersionStatus" NOT NULL DEFAULT 'DRAFT',
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "mediaKind" "MediaKind" NOT NULL,
    "mediaPath" TEXT NOT NULL,
    "captionsPath" TEXT,
    "transcript" TEXT NOT NULL DEFAULT '',
    "slides" JSONB,
    "durationSeconds" INTEGER NOT NULL DEFAULT 0,
    "passMark" INTEGER NOT NULL DEFAULT 80,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    CONSTRAINT "ModuleVersion_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "ModuleTranslation" (
    "versionId" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "mediaPath" TEXT NOT NULL,
    "captionsPath" TEXT,
    "transcript" TEXT NOT NULL DEFAULT '',
    "slides" JSONB,
    CONSTRAINT "ModuleTranslation_pkey" PRIMARY KEY ("versionId","language")
);

INSERT INTO "ModuleVersion" ("id", "moduleId", "number", "status", "title", "summary", "mediaKind", "mediaPath", "captionsPath", "slides",
                             "durationSeconds", "passMark", "createdAt", "publishedAt")
SELECT 'v1' || m."id", m."id", 1, 'PUBLISHED', m."title", m."summary", m."mediaKind", m."mediaPath", m."captionsPath", m."slides",
       m."durationSeconds", m."passMark", m."createdAt", m."createdAt"
FROM "Module" m;

ALTER TABLE "Module" ADD COLUMN "currentVersionId" TEXT;
UPDATE "Module" SET "currentVersionId" = 'v1' || "id";
ALTER TABLE "Module" DROP COLUMN "captionsPath",
DROP COLUMN "durationSeconds",
DROP COLUMN "mediaKind",
DROP COLUMN "mediaPath",
DROP COLUMN "passMark",
DROP COLUMN "slides",
DROP COLUMN "summary";

DROP INDEX "Question_moduleId_position_key";
ALTER TABLE "Question" ADD COLUMN "anchorSeconds" INTEGER,
ADD COLUMN "anchorSlide" INTEGER,
ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}',
ADD COLUMN "versionId" TEXT;
UPDATE "Question" SET "versionId" = 'v1' || "moduleId";
ALTER TABLE "Question" ALTER COLUMN "versionId" SET NOT NULL;

ALTER TABLE "Choice" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';

-- a module already started keeps version 1
ALTER TABLE "ModuleProgress" ADD COLUMN "mediaPosition" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN "versionId" TEXT;
UPDATE "ModuleProgress" SET "versionId" = 'v1' || "moduleId" WHERE "mediaSeenAt" IS NOT NULL OR "passedAt" IS NOT NULL OR "failedAttempts" > 0;

-- answers become lists of choices (one or several right choices): { questionId: [choiceId] }
ALTER TABLE "Attempt" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'fr',
ADD COLUMN "versionId" TEXT;
UPDATE "Attempt" SET "versionId" = 'v1' || "moduleId";
UPDATE "Attempt" SET "answers" = (
  SELECT COALESCE(jsonb_object_agg(e.key, CASE WHEN jsonb_typeof(e.value) = 'string' THEN jsonb_build_array(e.value) ELSE '[]'::jsonb END), '{}'::jsonb)
  FROM jsonb_each("answers") e)
WHERE "answers" IS NOT NULL AND jsonb_typeof("answers") = 'object';
ALTER TABLE "Attempt" ALTER COLUMN "versionId" SET NOT NULL;

ALTER TABLE "AwarenessSession" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'fr',
ADD COLUMN "moduleVersions" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "Passport" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'fr';
ALTER TABLE "Person" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'fr';

CREATE UNIQUE INDEX "ModuleVersion_moduleId_number_key" ON "ModuleVersion"("moduleId", "number");
CREATE UNIQUE INDEX "Module_currentVersionId_key" ON "Module"("currentVersionId");
CREATE INDEX "Question_moduleId_idx" ON "Question"("moduleId");
CREATE UNIQUE INDEX "Question_versionId_position_key" ON "Question"("versionId", "position");

ALTER TABLE "Module" ADD CONSTRAINT "Module_currentVersionId_fkey" FOREIGN KEY ("currentVersionId") REFERENCES "ModuleVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ModuleVersion" ADD CONSTRAINT "ModuleVersion_moduleId_fkey" FOREIGN KEY ("moduleId") REFERENCES "Module"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ModuleTranslation" ADD CONSTRAINT "ModuleTranslation_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModuleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Question" ADD CONSTRAINT "Question_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModuleVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ModuleProgress" ADD CONSTRAINT "ModuleProgress_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModuleVersion"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Attempt" ADD CONSTRAINT "Attempt_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "ModuleVersion"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
