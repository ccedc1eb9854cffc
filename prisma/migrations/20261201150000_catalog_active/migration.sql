-- Departments, themes and melding categories can be deactivated by the
-- beheerder: they stay on history but disappear from forms.
ALTER TABLE "Department" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "Theme" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
ALTER TABLE "MeldingCategory" ADD COLUMN "active" BOOLEAN NOT NULL DEFAULT true;
