-- The programma → plan → monitor cycle. A stadsdeelprogramma (four years)
-- or a focusgebied's gebiedsagenda holds opgaven (with their *waarom*) and
-- doelen (an indicator with baseline and target, or "niet meetbaar"); the
-- plan of a year is the agenda items linked to the doelen; a monitor per
-- year records the doelen's states and what worked and what can be better.
-- A vastgesteld version is immutable: the trigger refuses any change to it,
-- its opgaven and its doelen (except marking it vervallen when a newer
-- version is vastgesteld). A change is a new version.
CREATE TYPE "ProgrammaKind" AS ENUM ('STADSDEELPROGRAMMA', 'GEBIEDSAGENDA');
CREATE TYPE "ProgrammaStatus" AS ENUM ('CONCEPT', 'VASTGESTELD', 'VERVALLEN');
CREATE TYPE "FocusgebiedFase" AS ENUM ('PROCESPLAN', 'LUISTEREN', 'BEELD_EN_ANALYSE', 'PERSPECTIEF', 'GEBIEDSAGENDA', 'ACTIE');

CREATE TABLE "Focusgebied" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "stadsdeelId" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Focusgebied_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Focusgebied_slug_key" ON "Focusgebied"("slug");

CREATE TABLE "FocusgebiedBuurt" (
    "focusgebiedId" TEXT NOT NULL,
    "buurtId" TEXT NOT NULL,
    CONSTRAINT "FocusgebiedBuurt_pkey" PRIMARY KEY ("focusgebiedId","buurtId")
);

CREATE TABLE "FocusgebiedFaseDatum" (
    "focusgebiedId" TEXT NOT NULL,
    "fase" "FocusgebiedFase" NOT NULL,
    "startsOn" DATE NOT NULL,
    "endsOn" DATE,
    CONSTRAINT "FocusgebiedFaseDatum_pkey" PRIMARY KEY ("focusgebiedId","fase"),
    CONSTRAINT "FocusgebiedFaseDatum_dates_check" CHECK ("endsOn" IS NULL OR "endsOn" >= "startsOn")
);

CREATE TABLE "FocusgebiedBijdrage" (
    "id" TEXT NOT NULL,
    "focusgebiedId" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "what" TEXT NOT NULL,
    "committedOn" DATE NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "FocusgebiedBijdrage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "FocusgebiedBijdrage_what_check" CHECK (length(trim("what")) > 0)
);
CREATE INDEX "FocusgebiedBijdrage_focusgebiedId_idx" ON "FocusgebiedBijdrage"("focusgebiedId");

CREATE TABLE "Programma" (
    "id" TEXT NOT NULL,
    "kind" "ProgrammaKind" NOT NULL,
    "stadsdeelId" TEXT NOT NULL,
    "focusgebiedId" TEXT,
    "title" TEXT NOT NULL,
    "startYear" INTEGER NOT NULL,
    "endYear" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "previousId" TEXT,
    "status" "ProgrammaStatus" NOT NULL DEFAULT 'CONCEPT',
    "vastgesteldDoor" TEXT,
    "vastgesteldOp" DATE,
    "besluitKenmerk" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Programma_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Programma_years_check" CHECK ("endYear" >= "startYear" AND "endYear" - "startYear" <= 3),
    CONSTRAINT "Programma_kind_check" CHECK (("kind" = 'GEBIEDSAGENDA') = ("focusgebiedId" IS NOT NULL)),
    CONSTRAINT "Programma_vastgesteld_check" CHECK ("status" = 'CONCEPT' OR ("vastgesteldDoor" IS NOT NULL AND "vastgesteldOp" IS NOT NULL AND "besluitKenmerk" IS NOT NULL)),
    CONSTRAINT "Programma_title_check" CHECK (length(trim("title")) > 0)
);
CREATE UNIQUE INDEX "Programma_previousId_key" ON "Programma"("previousId");
CREATE INDEX "Programma_stadsdeelId_status_idx" ON "Programma"("stadsdeelId", "status");

CREATE TABLE "Opgave" (
    "id" TEXT NOT NULL,
    "programmaId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "priority" INTEGER NOT NULL,
    "waarom" TEXT NOT NULL,
    "focusgebiedId" TEXT,
    "themeId" TEXT,
    "leadDepartmentId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Opgave_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Opgave_waarom_check" CHECK (length(trim("waarom")) > 0),
    CONSTRAINT "Opgave_title_check" CHECK (length(trim("title")) > 0),
    CONSTRAINT "Opgave_priority_check" CHECK ("priority" BETWEEN 1 AND 99)
);
CREATE INDEX "Opgave_programmaId_idx" ON "Opgave"("programmaId");

-- Who else works on an opgave: another department, a partner organisation or
-- a wethouder as portefeuillehouder — exactly one per row.
CREATE TABLE "OpgaveBetrokkene" (
    "id" TEXT NOT NULL,
    "opgaveId" TEXT NOT NULL,
    "departmentId" TEXT,
    "organisationId" TEXT,
    "userId" TEXT,
    CONSTRAINT "OpgaveBetrokkene_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OpgaveBetrokkene_one_check" CHECK (num_nonnulls("departmentId", "organisationId", "userId") = 1)
);
CREATE INDEX "OpgaveBetrokkene_opgaveId_idx" ON "OpgaveBetrokkene"("opgaveId");

-- The evidence an opgave is built on: an inbreng, a verslag, or an
-- indicator's value as it stood when it was linked (kept as a snapshot, so a
-- re-import or the nightly recomputation does not change the evidence).
CREATE TABLE "OpgaveBouwsteen" (
    "id" TEXT NOT NULL,
    "opgaveId" TEXT NOT NULL,
    "inbrengId" TEXT,
    "verslagId" TEXT,
    "indicatorId" TEXT,
    "areaCode" TEXT,
    "periodStart" DATE,
    "periodEnd" DATE,
    "value" DOUBLE PRECISION,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OpgaveBouwsteen_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "OpgaveBouwsteen_one_check" CHECK (num_nonnulls("inbrengId", "verslagId", "indicatorId") = 1),
    CONSTRAINT "OpgaveBouwsteen_value_check" CHECK ("indicatorId" IS NULL OR ("areaCode" IS NOT NULL AND "periodStart" IS NOT NULL AND "periodEnd" IS NOT NULL AND "value" IS NOT NULL))
);
CREATE INDEX "OpgaveBouwsteen_opgaveId_idx" ON "OpgaveBouwsteen"("opgaveId");
CREATE INDEX "OpgaveBouwsteen_inbrengId_idx" ON "OpgaveBouwsteen"("inbrengId");

CREATE TABLE "Doel" (
    "id" TEXT NOT NULL,
    "opgaveId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "kind" "IndicatorKind" NOT NULL,
    "indicatorId" TEXT,
    "areaLevel" "IndicatorLevel",
    "areaCode" TEXT,
    "baselineValue" DOUBLE PRECISION,
    "baselineYear" INTEGER,
    "targetValue" DOUBLE PRECISION,
    "targetYear" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "Doel_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Doel_text_check" CHECK (length(trim("text")) > 0),
    CONSTRAINT "Doel_kind_check" CHECK ("kind" IN ('EFFECT', 'PRESTATIE')),
    CONSTRAINT "Doel_measure_check" CHECK (
      ("indicatorId" IS NULL AND "areaCode" IS NULL AND "baselineValue" IS NULL AND "targetValue" IS NULL)
      OR ("indicatorId" IS NOT NULL AND "areaLevel" IS NOT NULL AND "areaCode" IS NOT NULL AND "baselineValue" IS NOT NULL AND "baselineYear" IS NOT NULL
          AND "targetValue" IS NOT NULL AND "targetYear" IS NOT NULL AND "targetYear" > "baselineYear")
    )
);
CREATE INDEX "Doel_opgaveId_idx" ON "Doel"("opgaveId");
CREATE INDEX "Doel_code_idx" ON "Doel"("code");

CREATE TABLE "AgendaItemDoel" (
    "agendaItemId" TEXT NOT NULL,
    "doelId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AgendaItemDoel_pkey" PRIMARY KEY ("agendaItemId","doelId")
);
CREATE INDEX "AgendaItemDoel_doelId_idx" ON "AgendaItemDoel"("doelId");

CREATE TABLE "MonitorRapport" (
    "id" TEXT NOT NULL,
    "programmaId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "watWerkte" TEXT NOT NULL,
    "watKanBeter" TEXT NOT NULL,
    "states" JSONB NOT NULL,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MonitorRapport_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MonitorRapport_texts_check" CHECK (length(trim("watWerkte")) > 0 AND length(trim("watKanBeter")) > 0)
);
CREATE UNIQUE INDEX "MonitorRapport_programmaId_year_key" ON "MonitorRapport"("programmaId", "year");

ALTER TABLE "Focusgebied" ADD CONSTRAINT "Focusgebied_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "FocusgebiedBuurt" ADD CONSTRAINT "FocusgebiedBuurt_focusgebiedId_fkey" FOREIGN KEY ("focusgebiedId") REFERENCES "Focusgebied"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FocusgebiedBuurt" ADD CONSTRAINT "FocusgebiedBuurt_buurtId_fkey" FOREIGN KEY ("buurtId") REFERENCES "Buurt"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FocusgebiedFaseDatum" ADD CONSTRAINT "FocusgebiedFaseDatum_focusgebiedId_fkey" FOREIGN KEY ("focusgebiedId") REFERENCES "Focusgebied"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FocusgebiedBijdrage" ADD CONSTRAINT "FocusgebiedBijdrage_focusgebiedId_fkey" FOREIGN KEY ("focusgebiedId") REFERENCES "Focusgebied"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "FocusgebiedBijdrage" ADD CONSTRAINT "FocusgebiedBijdrage_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Programma" ADD CONSTRAINT "Programma_stadsdeelId_fkey" FOREIGN KEY ("stadsdeelId") REFERENCES "Stadsdeel"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Programma" ADD CONSTRAINT "Programma_focusgebiedId_fkey" FOREIGN KEY ("focusgebiedId") REFERENCES "Focusgebied"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Programma" ADD CONSTRAINT "Programma_previousId_fkey" FOREIGN KEY ("previousId") REFERENCES "Programma"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Opgave" ADD CONSTRAINT "Opgave_programmaId_fkey" FOREIGN KEY ("programmaId") REFERENCES "Programma"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Opgave" ADD CONSTRAINT "Opgave_focusgebiedId_fkey" FOREIGN KEY ("focusgebiedId") REFERENCES "Focusgebied"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Opgave" ADD CONSTRAINT "Opgave_themeId_fkey" FOREIGN KEY ("themeId") REFERENCES "Theme"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Opgave" ADD CONSTRAINT "Opgave_leadDepartmentId_fkey" FOREIGN KEY ("leadDepartmentId") REFERENCES "Department"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "OpgaveBetrokkene" ADD CONSTRAINT "OpgaveBetrokkene_opgaveId_fkey" FOREIGN KEY ("opgaveId") REFERENCES "Opgave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OpgaveBetrokkene" ADD CONSTRAINT "OpgaveBetrokkene_departmentId_fkey" FOREIGN KEY ("departmentId") REFERENCES "Department"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpgaveBetrokkene" ADD CONSTRAINT "OpgaveBetrokkene_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpgaveBetrokkene" ADD CONSTRAINT "OpgaveBetrokkene_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "OpgaveBouwsteen" ADD CONSTRAINT "OpgaveBouwsteen_opgaveId_fkey" FOREIGN KEY ("opgaveId") REFERENCES "Opgave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OpgaveBouwsteen" ADD CONSTRAINT "OpgaveBouwsteen_inbrengId_fkey" FOREIGN KEY ("inbrengId") REFERENCES "Inbreng"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OpgaveBouwsteen" ADD CONSTRAINT "OpgaveBouwsteen_verslagId_fkey" FOREIGN KEY ("verslagId") REFERENCES "Verslag"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "OpgaveBouwsteen" ADD CONSTRAINT "OpgaveBouwsteen_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_opgaveId_fkey" FOREIGN KEY ("opgaveId") REFERENCES "Opgave"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Doel" ADD CONSTRAINT "Doel_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AgendaItemDoel" ADD CONSTRAINT "AgendaItemDoel_agendaItemId_fkey" FOREIGN KEY ("agendaItemId") REFERENCES "AgendaItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgendaItemDoel" ADD CONSTRAINT "AgendaItemDoel_doelId_fkey" FOREIGN KEY ("doelId") REFERENCES "Doel"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "MonitorRapport" ADD CONSTRAINT "MonitorRapport_programmaId_fkey" FOREIGN KEY ("programmaId") REFERENCES "Programma"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Immutability of a vastgesteld programma: the row itself may only go to VERVALLEN.
CREATE FUNCTION programma_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF OLD.status <> 'CONCEPT' THEN RAISE EXCEPTION 'programma % is vastgesteld en kan niet worden verwijderd', OLD.id USING ERRCODE = 'check_violation'; END IF;
    RETURN OLD;
  END IF;
  IF OLD.status = 'VASTGESTELD' AND NEW.status = 'VERVALLEN'
     AND (to_jsonb(NEW) - 'status' - 'updatedAt') = (to_jsonb(OLD) - 'status' - 'updatedAt') THEN
    RETURN NEW;
  END IF;
  IF OLD.status <> 'CONCEPT' THEN
    RAISE EXCEPTION 'programma % is vastgesteld: maak een nieuwe versie', OLD.id USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER programma_immutable BEFORE UPDATE OR DELETE ON "Programma" FOR EACH ROW EXECUTE FUNCTION programma_immutable();

-- Opgaven, their doelen, betrokkenen and bouwstenen of a programma that is no
-- longer a concept cannot be added, changed or removed.
CREATE FUNCTION programma_content_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pid text;
  st "ProgrammaStatus";
BEGIN
  IF TG_TABLE_NAME = 'Opgave' THEN
    pid := CASE WHEN TG_OP = 'DELETE' THEN OLD."programmaId" ELSE NEW."programmaId" END;
  ELSE
    SELECT o."programmaId" INTO pid FROM "Opgave" o WHERE o.id = CASE WHEN TG_OP = 'DELETE' THEN OLD."opgaveId" ELSE NEW."opgaveId" END;
  END IF;
  SELECT status INTO st FROM "Programma" WHERE id = pid;
  IF st IS NOT NULL AND st <> 'CONCEPT' THEN
    RAISE EXCEPTION 'programma % is vastgesteld: maak een nieuwe versie', pid USING ERRCODE = 'check_violation';
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END $$;
CREATE TRIGGER opgave_immutable BEFORE INSERT OR UPDATE OR DELETE ON "Opgave" FOR EACH ROW EXECUTE FUNCTION programma_content_immutable();
CREATE TRIGGER doel_immutable BEFORE INSERT OR UPDATE OR DELETE ON "Doel" FOR EACH ROW EXECUTE FUNCTION programma_content_immutable();
CREATE TRIGGER opgave_betrokkene_immutable BEFORE INSERT OR UPDATE OR DELETE ON "OpgaveBetrokkene" FOR EACH ROW EXECUTE FUNCTION programma_content_immutable();
CREATE TRIGGER opgave_bouwsteen_immutable BEFORE INSERT OR UPDATE OR DELETE ON "OpgaveBouwsteen" FOR EACH ROW EXECUTE FUNCTION programma_content_immutable();
