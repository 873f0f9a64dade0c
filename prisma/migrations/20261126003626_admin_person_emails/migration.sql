-- Issue 11: the e-mails sent to one person, read on the person page of the administrators
-- CreateIndex
CREATE INDEX "EmailOutbox_to_createdAt_idx" ON "EmailOutbox"("to", "createdAt");
