-- Stadsdeelanalyse: an indicator catalogue and its values per area and
-- period. A value belongs to one level (gemeente, stadsdeel, wijk, buurt)
-- and area code (GM…, the stadsdeel's slug, WK…, BU…); re-import of the
-- same indicator, area and period replaces it (unique key). CBS suppressed
-- figures are absent rows, never zero. `n` is what the value rests on
-- (respondents, inhabitants, items): pages and exports hide values with n
-- below the gemeente's minimum. The shipped indicators: CBS Kerncijfers
-- (resolved by key prefix, `cbsKey`) and the portal's own derived figures.
CREATE TYPE "IndicatorUnit" AS ENUM ('PERCENTAGE', 'AANTAL', 'PER_1000_INWONERS', 'RAPPORTCIJFER', 'EURO_1000');
CREATE TYPE "IndicatorPolarity" AS ENUM ('HOGER_BETER', 'LAGER_BETER', 'NEUTRAAL');
CREATE TYPE "IndicatorKind" AS ENUM ('EFFECT', 'PRESTATIE', 'CONTEXT');
CREATE TYPE "IndicatorLevel" AS ENUM ('GEMEENTE', 'STADSDEEL', 'WIJK', 'BUURT');

CREATE TABLE "Indicator" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" "IndicatorUnit" NOT NULL,
    "polarity" "IndicatorPolarity" NOT NULL DEFAULT 'NEUTRAAL',
    "kind" "IndicatorKind" NOT NULL DEFAULT 'CONTEXT',
    "source" TEXT NOT NULL,
    "sourceUrl" TEXT,
    "licence" TEXT NOT NULL DEFAULT '',
    "question" TEXT,
    "cbsKey" TEXT,
    "derived" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "Indicator_code_check" CHECK ("code" ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    CONSTRAINT "Indicator_name_check" CHECK (length(trim("name")) > 0)
);
CREATE UNIQUE INDEX "Indicator_code_key" ON "Indicator"("code");
CREATE UNIQUE INDEX "Indicator_cbsKey_key" ON "Indicator"("cbsKey");

CREATE TABLE "IndicatorWaarde" (
    "id" TEXT NOT NULL,
    "indicatorId" TEXT NOT NULL,
    "level" "IndicatorLevel" NOT NULL,
    "areaCode" TEXT NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "n" INTEGER,
    "distribution" JSONB,
    "source" TEXT NOT NULL,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "IndicatorWaarde_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "IndicatorWaarde_period_check" CHECK ("periodEnd" >= "periodStart"),
    CONSTRAINT "IndicatorWaarde_n_check" CHECK ("n" IS NULL OR "n" >= 0)
);
CREATE UNIQUE INDEX "IndicatorWaarde_indicatorId_level_areaCode_periodStart_peri_key" ON "IndicatorWaarde"("indicatorId", "level", "areaCode", "periodStart", "periodEnd");
CREATE INDEX "IndicatorWaarde_indicatorId_level_periodEnd_idx" ON "IndicatorWaarde"("indicatorId", "level", "periodEnd");
ALTER TABLE "IndicatorWaarde" ADD CONSTRAINT "IndicatorWaarde_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "Gemeente" ADD COLUMN "minN" INTEGER NOT NULL DEFAULT 10;
ALTER TABLE "Gemeente" ADD CONSTRAINT "Gemeente_minN_check" CHECK ("minN" BETWEEN 0 AND 1000);

INSERT INTO "Indicator" ("id", "code", "name", "unit", "polarity", "kind", "source", "sourceUrl", "licence", "cbsKey", "derived", "updatedAt") VALUES
  ('ind_cbs_inwoners', 'cbs.inwoners', 'Inwoners', 'AANTAL', 'NEUTRAAL', 'CONTEXT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'AantalInwoners', false, CURRENT_TIMESTAMP),
  ('ind_cbs_huishoudens', 'cbs.huishoudens', 'Huishoudens', 'AANTAL', 'NEUTRAAL', 'CONTEXT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'HuishoudensTotaal', false, CURRENT_TIMESTAMP),
  ('ind_cbs_corporatie', 'cbs.corporatiewoningen', 'Woningen van een woningcorporatie', 'PERCENTAGE', 'NEUTRAAL', 'CONTEXT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'InBezitWoningcorporatie', false, CURRENT_TIMESTAMP),
  ('ind_cbs_koop', 'cbs.koopwoningen', 'Koopwoningen', 'PERCENTAGE', 'NEUTRAAL', 'CONTEXT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'Koopwoningen', false, CURRENT_TIMESTAMP),
  ('ind_cbs_woz', 'cbs.woz', 'Gemiddelde WOZ-waarde van woningen', 'EURO_1000', 'NEUTRAAL', 'CONTEXT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'GemiddeldeWOZWaardeVanWoningen', false, CURRENT_TIMESTAMP),
  ('ind_cbs_inkomen', 'cbs.inkomen-per-inwoner', 'Gemiddeld inkomen per inwoner', 'EURO_1000', 'HOGER_BETER', 'EFFECT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'GemiddeldInkomenPerInwoner', false, CURRENT_TIMESTAMP),
  ('ind_cbs_laag_inkomen', 'cbs.laagste-inkomens', 'Personen met een inkomen bij de 40 % laagste', 'PERCENTAGE', 'LAGER_BETER', 'EFFECT', 'CBS Kerncijfers wijken en buurten', 'https://www.cbs.nl/nl-nl/reeksen/kerncijfers-wijken-en-buurten', 'CC BY 4.0', 'k_40PersonenMetLaagsteInkomen', false, CURRENT_TIMESTAMP),
  ('ind_portaal_meldingen', 'portaal.meldingen-per-1000', 'Meldingen per 1.000 inwoners', 'PER_1000_INWONERS', 'LAGER_BETER', 'EFFECT', 'Stadsdeelportaal: meldingen van elke herkomst en CBS-inwonertal', NULL, 'eigen gegevens', NULL, true, CURRENT_TIMESTAMP),
  ('ind_portaal_beantwoord', 'portaal.inbreng-beantwoord', 'Inbreng met een openbaar antwoord', 'PERCENTAGE', 'HOGER_BETER', 'PRESTATIE', 'Stadsdeelportaal: inbreng op bijeenkomsten', NULL, 'eigen gegevens', NULL, true, CURRENT_TIMESTAMP),
  ('ind_portaal_deelnemers', 'portaal.deelnemers-per-1000', 'Deelnemers per 1.000 inwoners', 'PER_1000_INWONERS', 'HOGER_BETER', 'PRESTATIE', 'Stadsdeelportaal: aanmeldingen voor bijeenkomsten en CBS-inwonertal', NULL, 'eigen gegevens', NULL, true, CURRENT_TIMESTAMP),
  ('ind_portaal_verslagen', 'portaal.verslagen-op-tijd', 'Verslagen op tijd', 'PERCENTAGE', 'HOGER_BETER', 'PRESTATIE', 'Stadsdeelportaal: verslagen binnen 14 dagen', NULL, 'eigen gegevens', NULL, true, CURRENT_TIMESTAMP);
