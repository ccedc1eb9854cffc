-- Push to Signalen through an integration outbox; OIDC client credentials;
-- backfill windows; a proposed public answer on inbreng.
ALTER TABLE "Inbreng" ADD COLUMN "proposedAnswer" TEXT, ADD COLUMN "proposedAt" TIMESTAMP(3);

ALTER TABLE "MeldingSource"
  ADD COLUMN "authKind" TEXT NOT NULL DEFAULT 'token',
  ADD COLUMN "issuerUrl" TEXT,
  ADD COLUMN "clientId" TEXT,
  ADD COLUMN "sourceName" TEXT NOT NULL DEFAULT 'Stadsdeelavond',
  ADD COLUMN "backfillCursor" TIMESTAMP(3),
  ADD COLUMN "backfillUntil" TIMESTAMP(3);

CREATE TABLE "IntegrationMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "meldingId" TEXT NOT NULL,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IntegrationMessage_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "IntegrationMessage_kind_meldingId_key" ON "IntegrationMessage"("kind", "meldingId");
CREATE INDEX "IntegrationMessage_status_sendAfter_idx" ON "IntegrationMessage"("status", "sendAfter");
ALTER TABLE "IntegrationMessage" ADD CONSTRAINT "IntegrationMessage_meldingId_fkey" FOREIGN KEY ("meldingId") REFERENCES "Melding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
