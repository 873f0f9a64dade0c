-- Issue 11, item 8: the folded name ("prénom nom", accents and case removed) is stored once per
-- person instead of computed for every candidate row of every search: the trigram index's
-- matches are rechecked against this column (a plain LIKE) rather than through unaccent().
ALTER TABLE "Person" ADD COLUMN "nameFolded" TEXT GENERATED ALWAYS AS (lower(immutable_unaccent("firstName" || ' ' || "lastName"))) STORED;
DROP INDEX IF EXISTS "Person_name_trgm_idx";
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING gin ("nameFolded" gin_trgm_ops);
