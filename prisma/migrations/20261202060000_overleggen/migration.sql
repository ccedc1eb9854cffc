-- Overleggen (stadsdeeltafel, procesteam, kerngroep, taskforce) with seats,
-- a cadence (RRULE) that makes sessies, the sessie's agenda points with their
-- besluit, attendance per seat, and acties agreed at a point.
CREATE TYPE "OverlegKind" AS ENUM ('STADSDEELTAFEL', 'PROCESTEAM', 'KERNGROEP', 'TASKFORCE', 'OVERIG');
CREATE TYPE "SessieStatus" AS ENUM ('GEPLAND', 'GEHOUDEN', 'VERVALLEN');

CREATE TABLE "Overleg" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OverlegKind" NOT NULL,
    "stadsdeelId" TEXT,
    "chairId" TEXT NOT NULL,
    "secretaryId" TEXT,
    "rrule" TEXT NOT NULL,
    "firstOn" DATE NOT NULL,
    "startTime" TEXT NOT NULL,
    "durationMinutes" INTEGER NOT NULL DEFAULT 90,
    "location" TEXT NOT NULL DEFAULT '',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Overleg_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Overleg_name_check" CHECK (length(trim("name")) > 0),
    CONSTRAINT "Overleg_startTime_check" CHECK ("startTime" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'),
    CONSTRAINT "Overleg_duration_check" CHECK ("durationMinutes" BETWEEN 15 AND 720)
);
CREATE INDEX "Overleg_stadsdeelId_idx" ON "Overleg"("stadsdeelId");

CREATE TABLE "OverlegSeat" (
    "id" TEXT NOT NULL,
    "overlegId" TEXT NOT NULL,
    "userId" TEXT,
    "departmentId" TEXT,
    "organisationId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OverlegSeat_pkey" PRIMARY KEY ("id"),
    -- a person's own seat, a department's or an organisation's: never both of the last two; never empty
    CONSTRAINT "OverlegSeat_kind_check" CHECK (num_nonnulls("departmentId", "organisationId") <= 1 AND num_nonnulls("userId", "departmentId", "organisationId") >= 1)
);
CREATE UNIQUE INDEX "OverlegSeat_overlegId_userId_key" ON "OverlegSeat"("overlegId", "userId");
CREATE UNIQUE INDEX "OverlegSeat_overlegId_departmentId_key" ON "OverlegSeat"("overlegId", "departmentId");
CREATE UNIQUE INDEX "OverlegSeat_overlegId_organisationId_key" ON "OverlegSeat"("overlegId", "organisationId");
CREATE INDEX "OverlegSeat_userId_idx" ON "OverlegSeat"("userId");
CREATE INDEX "OverlegSeat_organisationId_idx" ON "OverlegSeat"("organisationId");

CREATE TABLE "Sessie" (
    "id" TEXT NOT NULL,
    "overlegId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "location" TEXT NOT NULL DEFAULT '',
    "status" "SessieStatus" NOT NULL DEFAULT 'GEPLAND',
    "fromCadence" BOOLEAN NOT NULL DEFAULT true,
    "listsSentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Sessie_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Sessie_times_check" CHECK ("endsAt" > "startsAt")
);
CREATE UNIQUE INDEX "Sessie_overlegId_startsAt_key" ON "Sessie"("overlegId", "startsAt");
CREATE INDEX "Sessie_startsAt_idx" ON "Sessie"("startsAt");

CREATE TABLE "SessieAanwezigheid" (
    "sessieId" TEXT NOT NULL,
    "seatId" TEXT NOT NULL,
    "present" BOOLEAN NOT NULL,
    CONSTRAINT "SessieAanwezigheid_pkey" PRIMARY KEY ("sessieId","seatId")
);
CREATE INDEX "SessieAanwezigheid_seatId_idx" ON "SessieAanwezigheid"("seatId");

CREATE TABLE "SessiePunt" (
    "id" TEXT NOT NULL,
    "sessieId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "dossierId" TEXT,
    "carriedFromId" TEXT,
    "besluit" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "SessiePunt_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "SessiePunt_title_check" CHECK (length(trim("title")) > 0)
);
CREATE INDEX "SessiePunt_sessieId_position_idx" ON "SessiePunt"("sessieId", "position");
CREATE INDEX "SessiePunt_dossierId_idx" ON "SessiePunt"("dossierId");
CREATE INDEX "SessiePunt_carriedFromId_idx" ON "SessiePunt"("carriedFromId");

ALTER TABLE "Actie" ADD COLUMN "sessiePuntId" TEXT;
CREATE INDEX "Actie_sessiePuntId_idx" ON "Actie"("sessiePuntId");

ALTER TABLE "Overleg" ADD CONSTRAINT "Overleg_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Overleg" ADD CONSTRAINT "Overleg_chairId_fkey" FOREIGN KEY ("chairId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Overleg" ADD CONSTRAINT "Overleg_secretaryId_fkey" FOREIGN KEY ("secretaryId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_overlegId_fkey" FOREIGN KEY ("overlegId") REFERENCES "Overleg"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Sessie" ADD CONSTRAINT "Sessie_overlegId_fkey" FOREIGN KEY ("overlegId") REFERENCES "Overleg"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessieAanwezigheid" ADD CONSTRAINT "SessieAanwezigheid_sessieId_fkey" FOREIGN KEY ("sessieId") REFERENCES "Sessie"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessieAanwezigheid" ADD CONSTRAINT "SessieAanwezigheid_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "OverlegSeat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessiePunt" ADD CONSTRAINT "SessiePunt_sessieId_fkey" FOREIGN KEY ("sessieId") REFERENCES "Sessie"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "SessiePunt" ADD CONSTRAINT "SessiePunt_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SessiePunt" ADD CONSTRAINT "SessiePunt_carriedFromId_fkey" FOREIGN KEY ("carriedFromId") REFERENCES "SessiePunt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_sessiePuntId_fkey" FOREIGN KEY ("sessiePuntId") REFERENCES "SessiePunt"("id") ON DELETE SET NULL ON UPDATE CASCADE;
