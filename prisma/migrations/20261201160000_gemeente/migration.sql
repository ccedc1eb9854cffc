-- The municipality's own details (one row), edited by the beheerder and
-- shown in the header, mails, privacy statement and accessibility statement.
CREATE TABLE "Gemeente" (
    "id" TEXT NOT NULL DEFAULT 'gemeente',
    "name" TEXT NOT NULL,
    "contactEmail" TEXT NOT NULL,
    "contactPhone" TEXT,
    "postalAddress" TEXT,
    "privacyOfficerName" TEXT,
    "privacyOfficerEmail" TEXT NOT NULL,
    "accessibilityStatus" TEXT NOT NULL DEFAULT 'E',
    "accessibilityEvaluatedOn" DATE,
    "accessibilityReportUrl" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Gemeente_pkey" PRIMARY KEY ("id")
);
