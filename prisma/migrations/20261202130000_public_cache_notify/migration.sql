-- The public page cache (lib/http/public-cache) drops a page when a change
-- it shows is committed, whoever wrote it: every table a public page reads
-- sends NOTIFY sdp_public with the kind of change as payload (a tag of
-- lib/http/public-cache/routes.ts). NOTIFY is delivered at commit, never for
-- a rolled-back change, and one per tag per transaction however many rows.

CREATE FUNCTION sdp_public_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('sdp_public', TG_ARGV[0]);
  RETURN NULL;
END
$$;

-- for tables rewritten by the worker every minute (the dashboard rollups):
-- only when rows actually changed
CREATE FUNCTION sdp_public_rows_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF EXISTS (SELECT 1 FROM changed) THEN
    PERFORM pg_notify('sdp_public', TG_ARGV[0]);
  END IF;
  RETURN NULL;
END
$$;

DO $$
DECLARE
  r record;
BEGIN
  FOR r IN SELECT * FROM (VALUES
    ('Gemeente', 'gemeente'),
    ('Stadsdeel', 'gebied'), ('Wijk', 'gebied'), ('Buurt', 'gebied'), ('UserStadsdeel', 'gebied'), ('PopulationFigure', 'gebied'),
    ('Gebiedsindeling', 'gebied'), ('GebiedsEenheid', 'gebied'), ('GebiedsEenheidBuurt', 'gebied'),
    ('Theme', 'catalogus'), ('Department', 'catalogus'), ('MeldingCategory', 'catalogus'), ('Organisation', 'catalogus'),
    ('Bijeenkomst', 'bijeenkomst'), ('Gesprekstafel', 'bijeenkomst'), ('Registration', 'bijeenkomst'), ('AgendaItemBijeenkomst', 'bijeenkomst'),
    ('Inbreng', 'inbreng'), ('Reactie', 'inbreng'), ('AgendaItemInbreng', 'inbreng'),
    ('Dossier', 'inbreng'), ('DossierInbreng', 'inbreng'), ('DossierDepartment', 'inbreng'), ('DossierOrganisation', 'inbreng'),
    ('DossierMelding', 'inbreng'), ('DossierAgendaItem', 'inbreng'),
    ('Verslag', 'verslag'), ('VerslagVersion', 'verslag'),
    ('AgendaItem', 'agenda'), ('AgendaItemArea', 'agenda'), ('AgendaItemDoel', 'agenda'),
    ('Overleg', 'agenda'), ('Sessie', 'agenda'), ('SessiePunt', 'agenda'), ('Actie', 'agenda'),
    ('Indicator', 'cijfers'), ('IndicatorWaarde', 'cijfers'),
    ('Programma', 'programma'), ('Opgave', 'programma'), ('OpgaveBetrokkene', 'programma'), ('OpgaveBouwsteen', 'programma'),
    ('Doel', 'programma'), ('MonitorRapport', 'programma'), ('Focusgebied', 'programma'), ('FocusgebiedBijdrage', 'programma'),
    ('FocusgebiedBuurt', 'programma'), ('FocusgebiedFaseDatum', 'programma'),
    ('Document', 'documenten')
  ) AS t(tbl, tag) LOOP
    EXECUTE format('CREATE TRIGGER sdp_public AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_changed(%L)', r.tbl, r.tag);
  END LOOP;

  -- a regisseur's name is on the stadsdeel pages; logins and other user fields are not
  CREATE TRIGGER sdp_public AFTER UPDATE OF name ON "User" FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_changed('gebied');

  FOR r IN SELECT unnest(ARRAY['dashboard_melding_month', 'dashboard_melding_close', 'dashboard_melding_month_all', 'dashboard_melding_close_all',
                               'dashboard_melding_buurt', 'dashboard_bijeenkomst', 'dashboard_reach', 'dashboard_attendance', 'dashboard_inbreng']) AS tbl LOOP
    EXECUTE format('CREATE TRIGGER sdp_public_insert AFTER INSERT ON rollup.%I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_rows_changed(%L)', r.tbl, 'meldingen');
    EXECUTE format('CREATE TRIGGER sdp_public_update AFTER UPDATE ON rollup.%I REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_rows_changed(%L)', r.tbl, 'meldingen');
    EXECUTE format('CREATE TRIGGER sdp_public_delete AFTER DELETE ON rollup.%I REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_rows_changed(%L)', r.tbl, 'meldingen');
    EXECUTE format('CREATE TRIGGER sdp_public_truncate AFTER TRUNCATE ON rollup.%I FOR EACH STATEMENT EXECUTE FUNCTION sdp_public_changed(%L)', r.tbl, 'meldingen');
  END LOOP;
END
$$;
