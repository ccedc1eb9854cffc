-- Afwijkende gebiedsindelingen: a department's or partner's own division of
-- the city as named units of buurten, with validity dates. One owner (CHECK);
-- a buurt in at most one unit per division (unique on indelingId, buurtId).
CREATE TABLE "Gebiedsindeling" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "ownerDepartmentId" TEXT,
    "ownerOrganisationId" TEXT,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Gebiedsindeling_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Gebiedsindeling_one_owner_check" CHECK (num_nonnulls("ownerDepartmentId", "ownerOrganisationId") = 1),
    CONSTRAINT "Gebiedsindeling_validity_check" CHECK ("validTo" IS NULL OR "validTo" >= "validFrom"),
    CONSTRAINT "Gebiedsindeling_name_check" CHECK (length(trim("name")) > 0)
);
CREATE UNIQUE INDEX "Gebiedsindeling_name_key" ON "Gebiedsindeling"("name");

CREATE TABLE "GebiedsEenheid" (
    "id" TEXT NOT NULL,
    "indelingId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "GebiedsEenheid_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "GebiedsEenheid_name_check" CHECK (length(trim("name")) > 0)
);
CREATE UNIQUE INDEX "GebiedsEenheid_indelingId_name_key" ON "GebiedsEenheid"("indelingId", "name");

CREATE TABLE "GebiedsEenheidBuurt" (
    "eenheidId" TEXT NOT NULL,
    "buurtId" TEXT NOT NULL,
    "indelingId" TEXT NOT NULL,
    CONSTRAINT "GebiedsEenheidBuurt_pkey" PRIMARY KEY ("eenheidId","buurtId")
);
CREATE UNIQUE INDEX "GebiedsEenheidBuurt_indelingId_buurtId_key" ON "GebiedsEenheidBuurt"("indelingId", "buurtId");
CREATE INDEX "GebiedsEenheidBuurt_buurtId_idx" ON "GebiedsEenheidBuurt"("buurtId");

ALTER TABLE "Gebiedsindeling" ADD CONSTRAINT "Gebiedsindeling_ownerDepartmentId_fkey" FOREIGN KEY ("ownerDepartmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Gebiedsindeling" ADD CONSTRAINT "Gebiedsindeling_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "GebiedsEenheid" ADD CONSTRAINT "GebiedsEenheid_indelingId_fkey" FOREIGN KEY ("indelingId") REFERENCES "Gebiedsindeling"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GebiedsEenheidBuurt" ADD CONSTRAINT "GebiedsEenheidBuurt_eenheidId_fkey" FOREIGN KEY ("eenheidId") REFERENCES "GebiedsEenheid"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "GebiedsEenheidBuurt" ADD CONSTRAINT "GebiedsEenheidBuurt_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
