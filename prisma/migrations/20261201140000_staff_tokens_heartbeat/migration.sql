-- Taking the portal into use: one-time staff links (the first-run setup of
-- the first beheerder, and setting a password), stored as SHA-256 hashes of
-- random tokens with purpose, expiry and use; and the worker's heartbeat for
-- GET /api/health.
CREATE TABLE "StaffToken" (
    "id" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "userId" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StaffToken_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "StaffToken_purpose_check" CHECK ("purpose" IN ('setup', 'set-password'))
);
CREATE UNIQUE INDEX "StaffToken_tokenHash_key" ON "StaffToken"("tokenHash");
CREATE INDEX "StaffToken_userId_idx" ON "StaffToken"("userId");
ALTER TABLE "StaffToken" ADD CONSTRAINT "StaffToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "WorkerHeartbeat" (
    "id" TEXT NOT NULL,
    "beatAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "WorkerHeartbeat_pkey" PRIMARY KEY ("id")
);
