-- The staff meldingen list reads in this order (open first, then by due date), so a page is found without sorting millions of rows.
-- CreateIndex
CREATE INDEX "Melding_closedAt_dueAt_idx" ON "Melding"("closedAt" DESC, "dueAt");
