-- CreateEnum
CREATE TYPE "AreaLevel" AS ENUM ('GEMEENTE', 'WIJK', 'BUURT');

-- CreateEnum
CREATE TYPE "AgeBand" AS ENUM ('AGE_0_14', 'AGE_15_24', 'AGE_25_44', 'AGE_45_64', 'AGE_65_PLUS');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('BEHEERDER', 'STADSDEELREGISSEUR', 'AFDELINGSMEDEWERKER', 'WETHOUDER');

-- CreateEnum
CREATE TYPE "BijeenkomstKind" AS ENUM ('STADSDEELAVOND', 'WIJKGESPREK', 'KENNISMAKINGSBEZOEK', 'STADSDEELTAFEL', 'OVERIG');

-- CreateEnum
CREATE TYPE "BijeenkomstStatus" AS ENUM ('PLANNED', 'CANCELLED', 'HELD');

-- CreateEnum
CREATE TYPE "Facility" AS ENUM ('WHEELCHAIR_ACCESS', 'HEARING_LOOP', 'CHILDCARE', 'INTERPRETER', 'SIGN_LANGUAGE', 'PARKING', 'PUBLIC_TRANSPORT');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('REGISTRATION', 'PARTICIPATION_POOL');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'ATTENDED', 'NO_SHOW');

-- CreateEnum
CREATE TYPE "InbrengKind" AS ENUM ('GAAT_GOED', 'KAN_BETER', 'IDEE', 'VRAAG');

-- CreateEnum
CREATE TYPE "FollowUpStatus" AS ENUM ('OPEN', 'IN_BEHANDELING', 'MELDING', 'AGENDA', 'AFGEROND', 'NIET_OPGEPAKT');

-- CreateEnum
CREATE TYPE "MeldingStatus" AS ENUM ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING', 'AFGEHANDELD', 'AFGEWEZEN');

-- CreateEnum
CREATE TYPE "AgendaKind" AS ENUM ('BELEID', 'UITVOERING', 'PARTICIPATIE');

-- CreateEnum
CREATE TYPE "AgendaStatus" AS ENUM ('GEPLAND', 'LOOPT', 'AFGEROND', 'UITGESTELD', 'VERVALLEN');

-- CreateEnum
CREATE TYPE "OutboxStatus" AS ENUM ('PENDING', 'SENDING', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "Stadsdeel" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "wethouderName" TEXT,
    "outline" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Stadsdeel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Wijk" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Wijk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Buurt" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "wijkId" TEXT NOT NULL,
    "stadsdeelId" TEXT NOT NULL,
    "geometry" JSONB NOT NULL,
    "minLng" DOUBLE PRECISION NOT NULL,
    "minLat" DOUBLE PRECISION NOT NULL,
    "maxLng" DOUBLE PRECISION NOT NULL,
    "maxLat" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "Buurt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PopulationFigure" (
    "id" TEXT NOT NULL,
    "level" "AreaLevel" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "ageBand" "AgeBand",
    "count" INTEGER NOT NULL,
    "source" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PopulationFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Department" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT,

    CONSTRAINT "Department_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT,
    "role" "Role" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "departmentId" TEXT,
    "wethouderStadsdeelId" TEXT,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UserStadsdeel" (
    "userId" TEXT NOT NULL,
    "stadsdeelId" TEXT NOT NULL,

    CONSTRAINT "UserStadsdeel_pkey" PRIMARY KEY ("userId","stadsdeelId")
);

-- CreateTable
CREATE TABLE "Theme" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "defaultDepartmentId" TEXT,

    CONSTRAINT "Theme_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeldingCategory" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "defaultDueDays" INTEGER NOT NULL DEFAULT 14,
    "defaultDepartmentId" TEXT,

    CONSTRAINT "MeldingCategory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Bijeenkomst" (
    "id" TEXT NOT NULL,
    "kind" "BijeenkomstKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "stadsdeelId" TEXT NOT NULL,
    "startsAt" TIMESTAMP(3) NOT NULL,
    "endsAt" TIMESTAMP(3) NOT NULL,
    "locationName" TEXT NOT NULL,
    "address" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "capacity" INTEGER NOT NULL,
    "facilities" "Facility"[],
    "registrationOpensAt" TIMESTAMP(3),
    "registrationClosesAt" TIMESTAMP(3),
    "status" "BijeenkomstStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelledAt" TIMESTAMP(3),
    "cancelReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Bijeenkomst_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Gesprekstafel" (
    "id" TEXT NOT NULL,
    "bijeenkomstId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "hostName" TEXT,
    "hostUserId" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Gesprekstafel_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Participant" (
    "id" TEXT NOT NULL,
    "name" TEXT,
    "email" TEXT,
    "postcode" TEXT,
    "buurtId" TEXT,
    "ageBand" "AgeBand",
    "inPool" BOOLEAN NOT NULL DEFAULT false,
    "poolJoinedAt" TIMESTAMP(3),
    "anonymisedAt" TIMESTAMP(3),
    "lastActiveAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Participant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "textVersion" TEXT NOT NULL,
    "givenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Registration" (
    "id" TEXT NOT NULL,
    "participantId" TEXT NOT NULL,
    "bijeenkomstId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL,
    "partySize" INTEGER NOT NULL DEFAULT 1,
    "needs" "Facility"[],
    "needsOther" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "cancelledAt" TIMESTAMP(3),
    "checkedInAt" TIMESTAMP(3),

    CONSTRAINT "Registration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Evaluation" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "scoreOverall" INTEGER NOT NULL,
    "scoreHeard" INTEGER NOT NULL,
    "scoreOrganisation" INTEGER NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Inbreng" (
    "id" TEXT NOT NULL,
    "kind" "InbrengKind" NOT NULL,
    "themeId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "buurtId" TEXT,
    "bijeenkomstId" TEXT NOT NULL,
    "tafelId" TEXT,
    "loggedById" TEXT,
    "followUpStatus" "FollowUpStatus" NOT NULL DEFAULT 'OPEN',
    "publicAnswer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Inbreng_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Melding" (
    "id" TEXT NOT NULL,
    "inbrengId" TEXT,
    "categoryId" TEXT NOT NULL,
    "themeId" TEXT,
    "departmentId" TEXT NOT NULL,
    "assigneeId" TEXT,
    "description" TEXT NOT NULL,
    "lat" DOUBLE PRECISION,
    "lng" DOUBLE PRECISION,
    "buurtId" TEXT,
    "stadsdeelId" TEXT NOT NULL,
    "status" "MeldingStatus" NOT NULL DEFAULT 'NIEUW',
    "dueAt" TIMESTAMP(3) NOT NULL,
    "externalReference" TEXT,
    "publicAnswer" TEXT,
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Melding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeldingStatusChange" (
    "id" TEXT NOT NULL,
    "meldingId" TEXT NOT NULL,
    "fromStatus" "MeldingStatus",
    "toStatus" "MeldingStatus" NOT NULL,
    "note" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeldingStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Verslag" (
    "id" TEXT NOT NULL,
    "bijeenkomstId" TEXT NOT NULL,
    "deadlineAt" TIMESTAMP(3) NOT NULL,
    "draftBody" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Verslag_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerslagVersion" (
    "id" TEXT NOT NULL,
    "verslagId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "body" TEXT NOT NULL,
    "changeNote" TEXT,
    "mapSnapshot" JSONB NOT NULL,
    "publishedById" TEXT,
    "sentAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VerslagVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Reactie" (
    "id" TEXT NOT NULL,
    "versionId" TEXT NOT NULL,
    "participantId" TEXT,
    "text" TEXT NOT NULL,
    "handledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Reactie_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItem" (
    "id" TEXT NOT NULL,
    "externalKey" TEXT,
    "stadsdeelId" TEXT NOT NULL,
    "kind" "AgendaKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "themeId" TEXT,
    "departmentId" TEXT,
    "periodStart" TIMESTAMP(3) NOT NULL,
    "periodEnd" TIMESTAMP(3) NOT NULL,
    "status" "AgendaStatus" NOT NULL DEFAULT 'GEPLAND',
    "progress" INTEGER NOT NULL DEFAULT 0,
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "progressUpdatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AgendaItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemArea" (
    "id" TEXT NOT NULL,
    "agendaItemId" TEXT NOT NULL,
    "wijkId" TEXT,
    "buurtId" TEXT,

    CONSTRAINT "AgendaItemArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgendaItemInbreng" (
    "agendaItemId" TEXT NOT NULL,
    "inbrengId" TEXT NOT NULL,

    CONSTRAINT "AgendaItemInbreng_pkey" PRIMARY KEY ("agendaItemId","inbrengId")
);

-- CreateTable
CREATE TABLE "AgendaItemBijeenkomst" (
    "agendaItemId" TEXT NOT NULL,
    "bijeenkomstId" TEXT NOT NULL,

    CONSTRAINT "AgendaItemBijeenkomst_pkey" PRIMARY KEY ("agendaItemId","bijeenkomstId")
);

-- CreateTable
CREATE TABLE "OutboxMessage" (
    "id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "toEmail" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "attachments" JSONB,
    "status" "OutboxStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sendAfter" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),
    "relatedType" TEXT,
    "relatedId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutboxMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL,
    "actorId" TEXT,
    "actorKind" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT,
    "details" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Stadsdeel_slug_key" ON "Stadsdeel"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Stadsdeel_name_key" ON "Stadsdeel"("name");

-- CreateIndex
CREATE UNIQUE INDEX "Wijk_code_key" ON "Wijk"("code");

-- CreateIndex
CREATE UNIQUE INDEX "Buurt_code_key" ON "Buurt"("code");

-- CreateIndex
CREATE INDEX "Buurt_stadsdeelId_idx" ON "Buurt"("stadsdeelId");

-- CreateIndex
CREATE INDEX "Buurt_wijkId_idx" ON "Buurt"("wijkId");

-- CreateIndex
CREATE INDEX "PopulationFigure_level_year_idx" ON "PopulationFigure"("level", "year");

-- CreateIndex
CREATE UNIQUE INDEX "PopulationFigure_level_areaCode_year_ageBand_key" ON "PopulationFigure"("level", "areaCode", "year", "ageBand");

-- CreateIndex
CREATE UNIQUE INDEX "Department_slug_key" ON "Department"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Department_name_key" ON "Department"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "UserStadsdeel_stadsdeelId_idx" ON "UserStadsdeel"("stadsdeelId");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_slug_key" ON "Theme"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Theme_name_key" ON "Theme"("name");

-- CreateIndex
CREATE UNIQUE INDEX "MeldingCategory_slug_key" ON "MeldingCategory"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "MeldingCategory_name_key" ON "MeldingCategory"("name");

-- CreateIndex
CREATE INDEX "Bijeenkomst_stadsdeelId_startsAt_idx" ON "Bijeenkomst"("stadsdeelId", "startsAt");

-- CreateIndex
CREATE INDEX "Bijeenkomst_startsAt_idx" ON "Bijeenkomst"("startsAt");

-- CreateIndex
CREATE INDEX "Bijeenkomst_status_startsAt_idx" ON "Bijeenkomst"("status", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Gesprekstafel_bijeenkomstId_name_key" ON "Gesprekstafel"("bijeenkomstId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "Participant_email_key" ON "Participant"("email");

-- CreateIndex
CREATE INDEX "Participant_buurtId_idx" ON "Participant"("buurtId");

-- CreateIndex
CREATE INDEX "Participant_inPool_idx" ON "Participant"("inPool");

-- CreateIndex
CREATE INDEX "Participant_lastActiveAt_idx" ON "Participant"("lastActiveAt");

-- CreateIndex
CREATE INDEX "Consent_participantId_purpose_idx" ON "Consent"("participantId", "purpose");

-- CreateIndex
CREATE INDEX "Registration_bijeenkomstId_status_createdAt_idx" ON "Registration"("bijeenkomstId", "status", "createdAt");

-- CreateIndex
CREATE INDEX "Registration_status_idx" ON "Registration"("status");

-- CreateIndex
CREATE UNIQUE INDEX "Registration_participantId_bijeenkomstId_key" ON "Registration"("participantId", "bijeenkomstId");

-- CreateIndex
CREATE UNIQUE INDEX "Evaluation_registrationId_key" ON "Evaluation"("registrationId");

-- CreateIndex
CREATE INDEX "Inbreng_bijeenkomstId_idx" ON "Inbreng"("bijeenkomstId");

-- CreateIndex
CREATE INDEX "Inbreng_buurtId_idx" ON "Inbreng"("buurtId");

-- CreateIndex
CREATE INDEX "Inbreng_themeId_kind_idx" ON "Inbreng"("themeId", "kind");

-- CreateIndex
CREATE INDEX "Inbreng_followUpStatus_idx" ON "Inbreng"("followUpStatus");

-- CreateIndex
CREATE INDEX "Inbreng_createdAt_idx" ON "Inbreng"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Melding_inbrengId_key" ON "Melding"("inbrengId");

-- CreateIndex
CREATE INDEX "Melding_departmentId_status_dueAt_idx" ON "Melding"("departmentId", "status", "dueAt");

-- CreateIndex
CREATE INDEX "Melding_stadsdeelId_status_idx" ON "Melding"("stadsdeelId", "status");

-- CreateIndex
CREATE INDEX "Melding_stadsdeelId_createdAt_idx" ON "Melding"("stadsdeelId", "createdAt");

-- CreateIndex
CREATE INDEX "Melding_createdAt_idx" ON "Melding"("createdAt");

-- CreateIndex
CREATE INDEX "Melding_status_dueAt_idx" ON "Melding"("status", "dueAt");

-- CreateIndex
CREATE INDEX "MeldingStatusChange_meldingId_changedAt_idx" ON "MeldingStatusChange"("meldingId", "changedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Verslag_bijeenkomstId_key" ON "Verslag"("bijeenkomstId");

-- CreateIndex
CREATE INDEX "Verslag_deadlineAt_idx" ON "Verslag"("deadlineAt");

-- CreateIndex
CREATE UNIQUE INDEX "VerslagVersion_verslagId_number_key" ON "VerslagVersion"("verslagId", "number");

-- CreateIndex
CREATE INDEX "Reactie_versionId_idx" ON "Reactie"("versionId");

-- CreateIndex
CREATE UNIQUE INDEX "AgendaItem_externalKey_key" ON "AgendaItem"("externalKey");

-- CreateIndex
CREATE INDEX "AgendaItem_stadsdeelId_periodStart_idx" ON "AgendaItem"("stadsdeelId", "periodStart");

-- CreateIndex
CREATE INDEX "AgendaItem_departmentId_idx" ON "AgendaItem"("departmentId");

-- CreateIndex
CREATE INDEX "AgendaItem_status_idx" ON "AgendaItem"("status");

-- CreateIndex
CREATE INDEX "AgendaItemArea_agendaItemId_idx" ON "AgendaItemArea"("agendaItemId");

-- CreateIndex
CREATE INDEX "AgendaItemArea_buurtId_idx" ON "AgendaItemArea"("buurtId");

-- CreateIndex
CREATE INDEX "AgendaItemArea_wijkId_idx" ON "AgendaItemArea"("wijkId");

-- CreateIndex
CREATE INDEX "AgendaItemInbreng_inbrengId_idx" ON "AgendaItemInbreng"("inbrengId");

-- CreateIndex
CREATE INDEX "AgendaItemBijeenkomst_bijeenkomstId_idx" ON "AgendaItemBijeenkomst"("bijeenkomstId");

-- CreateIndex
CREATE INDEX "OutboxMessage_status_sendAfter_idx" ON "OutboxMessage"("status", "sendAfter");

-- CreateIndex
CREATE INDEX "OutboxMessage_relatedType_relatedId_idx" ON "OutboxMessage"("relatedType", "relatedId");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditEvent_actorId_createdAt_idx" ON "AuditEvent"("actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_createdAt_idx" ON "AuditEvent"("createdAt");

-- AddForeignKey
ALTER TABLE "Buurt" ADD CONSTRAINT "Buurt_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Buurt" ADD CONSTRAINT "Buurt_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_wethouderStadsdeelId_fkey" FOREIGN KEY ("wethouderStadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStadsdeel" ADD CONSTRAINT "UserStadsdeel_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UserStadsdeel" ADD CONSTRAINT "UserStadsdeel_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Theme" ADD CONSTRAINT "Theme_defaultDepartmentId_fkey" FOREIGN KEY ("defaultDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeldingCategory" ADD CONSTRAINT "MeldingCategory_defaultDepartmentId_fkey" FOREIGN KEY ("defaultDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Bijeenkomst" ADD CONSTRAINT "Bijeenkomst_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gesprekstafel" ADD CONSTRAINT "Gesprekstafel_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Gesprekstafel" ADD CONSTRAINT "Gesprekstafel_hostUserId_fkey" FOREIGN KEY ("hostUserId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Participant" ADD CONSTRAINT "Participant_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "Registration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_tafelId_fkey" FOREIGN KEY ("tafelId") REFERENCES "Gesprekstafel"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_loggedById_fkey" FOREIGN KEY ("loggedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_inbrengId_fkey" FOREIGN KEY ("inbrengId") REFERENCES "Inbreng"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "MeldingCategory"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeldingStatusChange" ADD CONSTRAINT "MeldingStatusChange_meldingId_fkey" FOREIGN KEY ("meldingId") REFERENCES "Melding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeldingStatusChange" ADD CONSTRAINT "MeldingStatusChange_changedById_fkey" FOREIGN KEY ("changedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Verslag" ADD CONSTRAINT "Verslag_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerslagVersion" ADD CONSTRAINT "VerslagVersion_verslagId_fkey" FOREIGN KEY ("verslagId") REFERENCES "Verslag"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerslagVersion" ADD CONSTRAINT "VerslagVersion_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reactie" ADD CONSTRAINT "Reactie_versionId_fkey" FOREIGN KEY ("versionId") REFERENCES "VerslagVersion"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Reactie" ADD CONSTRAINT "Reactie_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemArea" ADD CONSTRAINT "AgendaItemArea_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemArea" ADD CONSTRAINT "AgendaItemArea_wijkId_fkey" FOREIGN KEY ("wijkId") REFERENCES "Wijk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemArea" ADD CONSTRAINT "AgendaItemArea_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemInbreng" ADD CONSTRAINT "AgendaItemInbreng_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemInbreng" ADD CONSTRAINT "AgendaItemInbreng_inbrengId_fkey" FOREIGN KEY ("inbrengId") REFERENCES "Inbreng"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemBijeenkomst" ADD CONSTRAINT "AgendaItemBijeenkomst_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgendaItemBijeenkomst" ADD CONSTRAINT "AgendaItemBijeenkomst_bijeenkomstId_fkey" FOREIGN KEY ("bijeenkomstId") REFERENCES "Bijeenkomst"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
