-- Issue 11: the global search of the administrators, accent- and case-insensitive.
-- unaccent() is only STABLE (its dictionary could change), so index expressions call an
-- IMMUTABLE wrapper naming the dictionary and its schema. Trigram GIN indexes serve the
-- contains searches (LIKE with a leading wildcard) on names, e-mails and numbers.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE OR REPLACE FUNCTION immutable_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $fn$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $fn$;

-- people: first and last name, either order, and the login e-mail
CREATE INDEX "Person_name_trgm_idx" ON "Person" USING gin (immutable_unaccent(lower("firstName" || ' ' || "lastName")) gin_trgm_ops);
CREATE INDEX "Account_email_trgm_idx" ON "Account" USING gin ("email" gin_trgm_ops);

-- companies: the name (SIRET, VAT and member numbers use their unique indexes)
CREATE INDEX "Company_name_trgm_idx" ON "Company" USING gin (immutable_unaccent(lower("name")) gin_trgm_ops);

-- sessions are found by their profile name and number
CREATE INDEX "Profile_name_trgm_idx" ON "Profile" USING gin (immutable_unaccent(lower("name")) gin_trgm_ops);

-- CreateIndex
CREATE INDEX "AuditLog_at_id_idx" ON "AuditLog"("at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_actorAccountId_at_id_idx" ON "AuditLog"("actorAccountId", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_targetId_at_id_idx" ON "AuditLog"("targetId", "at" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_action_at_id_idx" ON "AuditLog"("action", "at" DESC, "id" DESC);
