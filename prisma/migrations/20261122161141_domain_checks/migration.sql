-- Domain constraints Prisma's schema language cannot express.
ALTER TABLE "Bijeenkomst" ADD CONSTRAINT "Bijeenkomst_capacity_nonnegative" CHECK ("capacity" >= 0);
ALTER TABLE "Bijeenkomst" ADD CONSTRAINT "Bijeenkomst_ends_after_start" CHECK ("endsAt" > "startsAt");
ALTER TABLE "Bijeenkomst" ADD CONSTRAINT "Bijeenkomst_registration_window" CHECK ("registrationOpensAt" IS NULL OR "registrationClosesAt" IS NULL OR "registrationClosesAt" > "registrationOpensAt");
ALTER TABLE "Registration" ADD CONSTRAINT "Registration_party_size_1_4" CHECK ("partySize" BETWEEN 1 AND 4);
ALTER TABLE "Evaluation" ADD CONSTRAINT "Evaluation_scores_1_5" CHECK ("scoreOverall" BETWEEN 1 AND 5 AND "scoreHeard" BETWEEN 1 AND 5 AND "scoreOrganisation" BETWEEN 1 AND 5);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_progress_0_100" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "AgendaItem" ADD CONSTRAINT "AgendaItem_period_order" CHECK ("periodEnd" >= "periodStart");
ALTER TABLE "AgendaItemArea" ADD CONSTRAINT "AgendaItemArea_one_area" CHECK (("wijkId" IS NULL) <> ("buurtId" IS NULL));
ALTER TABLE "MeldingCategory" ADD CONSTRAINT "MeldingCategory_due_days_positive" CHECK ("defaultDueDays" > 0);
ALTER TABLE "OutboxMessage" ADD CONSTRAINT "OutboxMessage_attempts_nonnegative" CHECK ("attempts" >= 0);
ALTER TABLE "VerslagVersion" ADD CONSTRAINT "VerslagVersion_number_positive" CHECK ("number" >= 1);
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_point_complete" CHECK (("lat" IS NULL) = ("lng" IS NULL));
ALTER TABLE "Inbreng" ADD CONSTRAINT "Inbreng_text_not_blank" CHECK (length(btrim("text")) > 0);
ALTER TABLE "Melding" ADD CONSTRAINT "Melding_closed_has_answer" CHECK ("status" NOT IN ('AFGEHANDELD', 'AFGEWEZEN') OR ("publicAnswer" IS NOT NULL AND length(btrim("publicAnswer")) > 0));

-- The audit trail is append-only: rows cannot be deleted, and an update may
-- only clear the actor (when a staff account is removed).
CREATE FUNCTION "audit_event_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'AuditEvent is append-only; delete refused';
  END IF;
  IF NEW."action" IS DISTINCT FROM OLD."action" OR NEW."entityType" IS DISTINCT FROM OLD."entityType"
     OR NEW."entityId" IS DISTINCT FROM OLD."entityId" OR NEW."details" IS DISTINCT FROM OLD."details"
     OR NEW."createdAt" IS DISTINCT FROM OLD."createdAt" OR NEW."actorKind" IS DISTINCT FROM OLD."actorKind"
     OR (NEW."actorId" IS NOT NULL AND NEW."actorId" IS DISTINCT FROM OLD."actorId") THEN
    RAISE EXCEPTION 'AuditEvent is append-only; update refused';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER "audit_event_append_only" BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();
