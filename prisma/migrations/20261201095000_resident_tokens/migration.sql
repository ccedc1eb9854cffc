-- Residents' links become opaque random tokens: only the SHA-256 of a token
-- is stored, with its purpose, expiry and revocation (lib/tokens.ts). Links
-- no longer carry an e-mail address, can be revoked, and die with the
-- person's data (ON DELETE CASCADE, and revoked by "delete my data").
CREATE TABLE "ResidentToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "registrationId" TEXT,
    "bijeenkomstId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResidentToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "ResidentToken_purpose_check" CHECK ("purpose" IN ('manage', 'unsubscribe', 'evaluation', 'verslag'))
);

CREATE UNIQUE INDEX "ResidentToken_tokenHash_key" ON "ResidentToken"("tokenHash");
CREATE INDEX "ResidentToken_participantId_idx" ON "ResidentToken"("participantId");
CREATE INDEX "ResidentToken_expiresAt_idx" ON "ResidentToken"("expiresAt");

ALTER TABLE "ResidentToken" ADD CONSTRAINT "ResidentToken_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResidentToken" ADD CONSTRAINT "ResidentToken_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ResidentToken" ADD CONSTRAINT "ResidentToken_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;
