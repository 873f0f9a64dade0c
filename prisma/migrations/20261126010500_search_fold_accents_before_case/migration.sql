-- The admin searches compare lower(immutable_unaccent(x)): accents are removed first, so an
-- accented capital (the É of Établissements) folds even where lower() only knows ASCII (a
-- cluster whose LC_CTYPE is C). Same indexes, expression in that order.
DROP INDEX IF EXISTS "Person_name_trgm_idx";
DROP INDEX IF EXISTS "Company_name_trgm_idx";
DROP INDEX IF EXISTS "Profile_name_trgm_idx";
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING gin (lower(immutable_unaccent("firstName" || ' ' || "lastName")) gin_trgm_ops);
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING gin (lower(immutable_unaccent("name")) gin_trgm_ops);
CREATE INDEX "Profile_name_trgm_idx" ON "Profile" USING gin (lower(immutable_unaccent("name")) gin_trgm_ops);
