-- CreateEnum
CREATE TYPE "SupportStatus" AS ENUM ('NEW', 'IN_PROGRESS', 'DONE');

-- CreateTable
CREATE TABLE "FaqTheme" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqTheme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FaqEntry" (
    "id" TEXT NOT NULL,
    "themeId" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "keywords" TEXT NOT NULL DEFAULT '',
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FaqEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SupportRequest" (
    "id" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "accountId" TEXT,
    "status" "SupportStatus" NOT NULL DEFAULT 'NEW',
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SupportRequest_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "FaqTheme_title_key" ON "FaqTheme"("title");

-- CreateIndex
CREATE INDEX "FaqTheme_position_idx" ON "FaqTheme"("position");

-- CreateIndex
CREATE INDEX "FaqEntry_themeId_position_idx" ON "FaqEntry"("themeId", "position");

-- CreateIndex
CREATE INDEX "SupportRequest_status_createdAt_idx" ON "SupportRequest"("status", "createdAt");

-- CreateIndex
CREATE INDEX "SupportRequest_createdAt_idx" ON "SupportRequest"("createdAt");

-- AddForeignKey
ALTER TABLE "FaqEntry" ADD CONSTRAINT "FaqEntry_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "FaqTheme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Issue 13, FAQ search in French. A text search configuration of our own strips accents
-- before the French stemmer (the unaccent documentation does the same), so that documents,
-- queries and ts_headline agree and the headline marks the accented words as written.
CREATE TEXT SEARCH CONFIGURATION public.fr_unaccent ( COPY = pg_catalog.french );
ALTER TEXT SEARCH CONFIGURATION public.fr_unaccent ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, french_stem;

-- The searched document of an entry: question and keywords weigh A, the answer B.
CREATE OR REPLACE FUNCTION faq_document(text, text, text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT setweight(to_tsvector('public.fr_unaccent'::regconfig, $1), 'A') || setweight(to_tsvector('public.fr_unaccent'::regconfig, $2), 'A') || setweight(to_tsvector('public.fr_unaccent'::regconfig, $3), 'B') $fn$;

CREATE INDEX "FaqEntry_search_idx" ON "FaqEntry" USING gin (faq_document("question", "keywords", "answer"));

-- the fallback for misspelt words: trigrams of the unaccented, lower-cased text
CREATE INDEX "FaqEntry_trgm_idx" ON "FaqEntry" USING gin (lower(immutable_unaccent("question" || ' ' || "keywords" || ' ' || "answer")) gin_trgm_ops);
