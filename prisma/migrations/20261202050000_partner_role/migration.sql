-- The staff role "partner": someone of a partner organisation at the
-- stadsdeeltafel, bound to that organisation. The check compares the role
-- as text: a new enum value cannot be used in the transaction that adds it.
ALTER TYPE "Role" ADD VALUE 'PARTNER';

ALTER TABLE "User" ADD COLUMN "organisationId" TEXT;
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "User" ADD CONSTRAINT "User_partner_has_organisation" CHECK (("role"::text = 'PARTNER') = ("organisationId" IS NOT NULL));
