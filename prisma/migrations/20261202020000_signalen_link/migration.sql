-- Where staff open a melding in Signalen: an address with {id} for the
-- Signalen id, so the portal links every SIG number there.
ALTER TABLE "MeldingSource" ADD COLUMN "linkTemplate" TEXT;
