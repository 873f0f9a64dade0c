-- Issue 11: the people list of the administrators, by last name (keyset), and the blocked ones
-- CreateIndex
CREATE INDEX "Person_lastName_id_idx" ON "Person"("lastName", "id");

-- CreateIndex
CREATE INDEX "Person_blockedAt_idx" ON "Person"("blockedAt");
