-- Residents as members of an overleg: a seat of their own (the name the
-- regisseur typed, the invitation, the resident's confirmation), a consent
-- purpose of its own tied to the overleg, and the invitation link.
ALTER TYPE "ConsentPurpose" ADD VALUE 'OVERLEG_MEMBER';

ALTER TABLE "Consent" ADD COLUMN "overlegId" TEXT;
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_overlegId_fkey" FOREIGN KEY ("overlegId") REFERENCES "Overleg"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "OverlegSeat" ADD COLUMN "participantId" TEXT,
  ADD COLUMN "residentName" TEXT,
  ADD COLUMN "invitedAt" TIMESTAMP(3),
  ADD COLUMN "confirmedAt" TIMESTAMP(3);
ALTER TABLE "OverlegSeat" DROP CONSTRAINT "OverlegSeat_kind_check";
-- one kind per seat; a resident's seat holds no staff user, carries the
-- invited name and date, and only a resident's seat can be confirmed
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_kind_check" CHECK (
  num_nonnulls("departmentId", "organisationId", "participantId") <= 1
  AND num_nonnulls("userId", "departmentId", "organisationId", "participantId") >= 1
  AND ("participantId" IS NULL OR ("userId" IS NULL AND "residentName" IS NOT NULL AND "invitedAt" IS NOT NULL))
  AND (("residentName" IS NULL AND "confirmedAt" IS NULL AND "invitedAt" IS NULL) OR "participantId" IS NOT NULL)
);
CREATE UNIQUE INDEX "OverlegSeat_overlegId_participantId_key" ON "OverlegSeat"("overlegId", "participantId");
CREATE INDEX "OverlegSeat_participantId_idx" ON "OverlegSeat"("participantId");
ALTER TABLE "OverlegSeat" ADD CONSTRAINT "OverlegSeat_participantId_fkey" FOREIGN KEY ("participantId") REFERENCES "Participant"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "ResidentToken" ADD COLUMN "seatId" TEXT;
CREATE INDEX "ResidentToken_seatId_idx" ON "ResidentToken"("seatId");
ALTER TABLE "ResidentToken" ADD CONSTRAINT "ResidentToken_seatId_fkey" FOREIGN KEY ("seatId") REFERENCES "OverlegSeat"("id") ON DELETE CASCADE ON UPDATE CASCADE;
-- an "overleg" link always names its seat
ALTER TABLE "ResidentToken" DROP CONSTRAINT "ResidentToken_purpose_check";
ALTER TABLE "ResidentToken" ADD CONSTRAINT "ResidentToken_purpose_check" CHECK ("purpose" IN ('manage', 'unsubscribe', 'evaluation', 'verslag', 'overleg') AND (("purpose" = 'overleg') = ("seatId" IS NOT NULL)));
