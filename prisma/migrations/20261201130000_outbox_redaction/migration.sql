-- Sent mails keep their body (name, address, personal links) only for a
-- short window; then the retention job clears address and body and stamps
-- "redactedAt", leaving kind, status and dates.
ALTER TABLE "OutboxMessage" ADD COLUMN "redactedAt" TIMESTAMP(3);
