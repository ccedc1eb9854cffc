-- The dossiers list, newest first: read from an index instead of sorting
-- every dossier in scope (the beheerder's list over 100,000 dossiers).
CREATE INDEX "Dossier_aangemeldAt_idx" ON "Dossier"("aangemeldAt");
