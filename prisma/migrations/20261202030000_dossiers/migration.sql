-- Stadsdeeltafels, first part: partner organisations, dossiers (with their
-- departments, organisations and links to inbreng, meldingen and agenda
-- items) and acties with exactly one owner (a CHECK).
CREATE TYPE "OrganisationKind" AS ENUM ('POLITIE', 'WONINGCORPORATIE', 'WELZIJN', 'ZORG', 'GGD', 'ONDERWIJS', 'BEWONERSORGANISATIE', 'OVERIG');
CREATE TYPE "DossierStatus" AS ENUM ('AANGEMELD', 'IN_BESPREKING', 'DUIDELIJKHEID', 'IN_UITVOERING', 'AFGESLOTEN');
CREATE TYPE "ActieStatus" AS ENUM ('OPEN', 'GEREED', 'VERVALLEN');

CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Organisation_name_key" ON "Organisation"("name");

CREATE TABLE "Dossier" (
    "id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "stadsdeelId" TEXT NOT NULL,
    "ownerId" TEXT NOT NULL,
    "status" "DossierStatus" NOT NULL DEFAULT 'AANGEMELD',
    "clarity" TEXT,
    "aangemeldAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "inBesprekingAt" TIMESTAMP(3),
    "duidelijkheidAt" TIMESTAMP(3),
    "inUitvoeringAt" TIMESTAMP(3),
    "afgeslotenAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Dossier_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Dossier_clarity_check" CHECK ("status" IN ('AANGEMELD', 'IN_BESPREKING') OR length(trim("clarity")) > 0)
);
CREATE INDEX "Dossier_stadsdeelId_status_idx" ON "Dossier"("stadsdeelId", "status");
CREATE INDEX "Dossier_ownerId_idx" ON "Dossier"("ownerId");

CREATE TABLE "DossierDepartment" (
    "dossierId" TEXT NOT NULL,
    "departmentId" TEXT NOT NULL,
    CONSTRAINT "DossierDepartment_pkey" PRIMARY KEY ("dossierId","departmentId")
);
CREATE INDEX "DossierDepartment_departmentId_idx" ON "DossierDepartment"("departmentId");

CREATE TABLE "DossierOrganisation" (
    "dossierId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    CONSTRAINT "DossierOrganisation_pkey" PRIMARY KEY ("dossierId","organisationId")
);
CREATE INDEX "DossierOrganisation_organisationId_idx" ON "DossierOrganisation"("organisationId");

CREATE TABLE "DossierInbreng" (
    "dossierId" TEXT NOT NULL,
    "inbrengId" TEXT NOT NULL,
    CONSTRAINT "DossierInbreng_pkey" PRIMARY KEY ("dossierId","inbrengId")
);
CREATE INDEX "DossierInbreng_inbrengId_idx" ON "DossierInbreng"("inbrengId");

CREATE TABLE "DossierMelding" (
    "dossierId" TEXT NOT NULL,
    "meldingId" TEXT NOT NULL,
    CONSTRAINT "DossierMelding_pkey" PRIMARY KEY ("dossierId","meldingId")
);
CREATE INDEX "DossierMelding_meldingId_idx" ON "DossierMelding"("meldingId");

CREATE TABLE "DossierAgendaItem" (
    "dossierId" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    CONSTRAINT "DossierAgendaItem_pkey" PRIMARY KEY ("dossierId","agendaItemId")
);
CREATE INDEX "DossierAgendaItem_agendaItemId_idx" ON "DossierAgendaItem"("agendaItemId");

CREATE TABLE "Actie" (
    "id" TEXT NOT NULL,
    "dossierId" TEXT,
    "description" TEXT NOT NULL,
    "ownerUserId" TEXT,
    "ownerOrganisationId" TEXT,
    "dueOn" DATE NOT NULL,
    "status" "ActieStatus" NOT NULL DEFAULT 'OPEN',
    "note" TEXT,
    "doneAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Actie_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Actie_one_owner_check" CHECK (num_nonnulls("ownerUserId", "ownerOrganisationId") = 1),
    CONSTRAINT "Actie_description_check" CHECK (length(trim("description")) > 0)
);
CREATE INDEX "Actie_dossierId_idx" ON "Actie"("dossierId");
CREATE INDEX "Actie_ownerUserId_status_dueOn_idx" ON "Actie"("ownerUserId", "status", "dueOn");
CREATE INDEX "Actie_ownerOrganisationId_status_dueOn_idx" ON "Actie"("ownerOrganisationId", "status", "dueOn");
CREATE INDEX "Actie_status_dueOn_idx" ON "Actie"("status", "dueOn");

ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Dossier" ADD CONSTRAINT "Dossier_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "DossierDepartment" ADD CONSTRAINT "DossierDepartment_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierDepartment" ADD CONSTRAINT "DossierDepartment_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierOrganisation" ADD CONSTRAINT "DossierOrganisation_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierOrganisation" ADD CONSTRAINT "DossierOrganisation_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierInbreng" ADD CONSTRAINT "DossierInbreng_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierInbreng" ADD CONSTRAINT "DossierInbreng_inbrengId_fkey" FOREIGN KEY ("inbrengId") REFERENCES "Inbreng"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierMelding" ADD CONSTRAINT "DossierMelding_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierMelding" ADD CONSTRAINT "DossierMelding_meldingId_fkey" FOREIGN KEY ("meldingId") REFERENCES "Melding"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierAgendaItem" ADD CONSTRAINT "DossierAgendaItem_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "DossierAgendaItem" ADD CONSTRAINT "DossierAgendaItem_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_dossierId_fkey" FOREIGN KEY ("dossierId") REFERENCES "Dossier"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_ownerUserId_fkey" FOREIGN KEY ("ownerUserId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Actie" ADD CONSTRAINT "Actie_ownerOrganisationId_fkey" FOREIGN KEY ("ownerOrganisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
