-- Meldingen from the municipal meldingen system (Signalen): their origin and
-- id there, the source's connection and cursor, and the category mapping.
CREATE TYPE "MeldingOrigin" AS ENUM ('PORTAAL', 'SIGNALEN', 'CSV');

ALTER TABLE "Melding" ADD COLUMN "origin" "MeldingOrigin" NOT NULL DEFAULT 'PORTAAL',
  ADD COLUMN "externalId" TEXT,
  ADD COLUMN "externalState" TEXT;
CREATE UNIQUE INDEX "Melding_origin_externalId_key" ON "Melding"("origin", "externalId");

CREATE TABLE "MeldingSource" (
    "id" TEXT NOT NULL DEFAULT 'signalen',
    "baseUrl" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "cursor" TEXT,
    "status" TEXT NOT NULL DEFAULT 'nieuw',
    "lastError" TEXT,
    "lastSyncAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "MeldingSource_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "SignalenCategory" (
    "path" TEXT NOT NULL,
    "categoryId" TEXT,
    "waiting" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignalenCategory_pkey" PRIMARY KEY ("path")
);
ALTER TABLE "SignalenCategory" ADD CONSTRAINT "SignalenCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "MeldingCategory"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "SignalenWaiting" (
    "externalId" TEXT NOT NULL,
    "path" TEXT NOT NULL,
    "data" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "SignalenWaiting_pkey" PRIMARY KEY ("externalId")
);
CREATE INDEX "SignalenWaiting_path_idx" ON "SignalenWaiting"("path");
