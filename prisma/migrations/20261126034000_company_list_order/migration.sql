-- Issue 11, item 8: the administrators' company list is sorted by name without case, or by
-- date. With these indexes a page of 50 is read in order instead of sorting every company.
-- The first is an expression index: Prisma's schema cannot describe it and leaves it alone.
CREATE INDEX "Company_name_lower_id_idx" ON "Company" (lower("name"), "id");
CREATE INDEX "Company_createdAt_id_idx" ON "Company" ("createdAt", "id");
