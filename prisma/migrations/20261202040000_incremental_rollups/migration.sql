-- Incremental dashboard rollups. Until now every rollup was a materialised
-- view recomputed whole every 10 minutes (209 s at 10 M meldingen). Now the
-- rollups are tables in the schema "rollup" (public views with the old names
-- keep every dashboard query unchanged), and statement-level triggers on the
-- base tables write, in the writing statement's own transaction, what a
-- change means for them.
-- Meldingen (the big table) by deltas: rollup.melding_delta gets -1 for a
-- row's old version and +1 for its new one; the refresh adds them up per
-- group (in one snapshot, REPEATABLE READ) and adds to "overdue" the open
-- meldingen whose due moment passed since the last refresh — "overdue"
-- depends on the clock, not only on the rows. The same aggregation over all
-- meldingen as +1 is the full rebuild, so the two share one definition.
-- The other rollups are recounted for what rollup.dashboard_change names:
--   inbreng  months of the bijeenkomst an inbreng belongs to;
--   bijeenkomst  a bijeenkomst whose registrations or evaluations changed;
--   reach    the earliest month from which a person's sequence of visits
--            changed (reach and attendance count a person's previous visit,
--            so every later month of theirs is recounted).
-- Each of those rollups' rows come from one SQL function, used by the
-- incremental refresh and by the full rebuild (rebuild_dashboard_rollups(),
-- also `npm run rollups:rebuild`) alike, so the two cannot disagree. The change
-- log is append-only: the refresh deletes exactly the entries it could see,
-- so a change committed while it runs is counted by the next refresh.
CREATE SCHEMA rollup;

DROP MATERIALIZED VIEW dashboard_melding_month CASCADE;
DROP MATERIALIZED VIEW dashboard_melding_close CASCADE;
DROP MATERIALIZED VIEW dashboard_melding_buurt;
DROP MATERIALIZED VIEW dashboard_bijeenkomst;
DROP MATERIALIZED VIEW dashboard_reach;
DROP MATERIALIZED VIEW dashboard_attendance;
DROP MATERIALIZED VIEW dashboard_inbreng;
DROP MATERIALIZED VIEW dashboard_refresh;
DROP FUNCTION refresh_dashboard_rollups();

-- The UTC timestamp at which an Amsterdam calendar month begins (the inverse of amsterdam_month).
CREATE FUNCTION rollup.month_start(mo date) RETURNS timestamp LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT (mo::timestamp AT TIME ZONE 'Europe/Amsterdam') AT TIME ZONE 'UTC'
$$;

-- ---------------------------------------------------------------- tables
CREATE TABLE rollup.dashboard_change (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('inbreng', 'bijeenkomst', 'reach')),
  month date,
  bijeenkomst_id text,
  CHECK ((kind = 'bijeenkomst') = (bijeenkomst_id IS NOT NULL) AND (kind = 'bijeenkomst') = (month IS NULL))
);

-- A melding's contribution to the rollups, +1 (its new version) or -1 (its old one).
CREATE TABLE rollup.melding_delta (
  id bigserial PRIMARY KEY,
  sign smallint NOT NULL CHECK (sign IN (-1, 1)),
  month date NOT NULL,
  "stadsdeelId" text, "themeId" text, "departmentId" text, "buurtId" text,
  status "MeldingStatus" NOT NULL, origin "MeldingOrigin" NOT NULL,
  days int, -- whole days to close; null while not closed
  "dueAt" timestamp(3)
);

-- What one version of a melding contributes: its Amsterdam month of creation, its groups, and whole days to close
-- (started days: closed within 3 hours counts as 1) — the one definition the triggers and the rebuild share.
CREATE FUNCTION rollup.melding_facts(created timestamp, sd text, theme text, dept text, buurt text, st "MeldingStatus", orig "MeldingOrigin", closed timestamp, due timestamp)
RETURNS TABLE (month date, "stadsdeelId" text, "themeId" text, "departmentId" text, "buurtId" text, status "MeldingStatus", origin "MeldingOrigin", days int, "dueAt" timestamp)
LANGUAGE sql IMMUTABLE AS $$
  SELECT amsterdam_month(created), sd, theme, dept, buurt, st, orig,
         CASE WHEN closed IS NOT NULL THEN greatest(0, ceil(extract(epoch FROM closed - created) / 86400))::int END, due
$$;

-- Every melding as +1: what the full rebuild adds up.
CREATE VIEW rollup.melding_all AS
SELECT 1::smallint AS sign, f.* FROM "Melding" m
CROSS JOIN LATERAL rollup.melding_facts(m."createdAt", m."stadsdeelId", m."themeId", m."departmentId", m."buurtId", m.status, m.origin, m."closedAt", m."dueAt") f;

CREATE TABLE rollup.dashboard_refresh (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  refreshed_at timestamptz NOT NULL,
  full_rebuild_at timestamptz NOT NULL
);

CREATE TABLE rollup.dashboard_melding_month (month date NOT NULL, "stadsdeelId" text, "themeId" text, "departmentId" text, status "MeldingStatus" NOT NULL, origin "MeldingOrigin" NOT NULL, n int NOT NULL, closed int NOT NULL, overdue int NOT NULL);
CREATE UNIQUE INDEX dashboard_melding_month_key ON rollup.dashboard_melding_month (month, "stadsdeelId", "themeId", "departmentId", status, origin) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_melding_month_all (month date NOT NULL, "stadsdeelId" text, "departmentId" text, status "MeldingStatus" NOT NULL, origin "MeldingOrigin" NOT NULL, n int NOT NULL, closed int NOT NULL, overdue int NOT NULL);
CREATE UNIQUE INDEX dashboard_melding_month_all_key ON rollup.dashboard_melding_month_all (month, "stadsdeelId", "departmentId", status, origin) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_melding_close (month date NOT NULL, "stadsdeelId" text, "themeId" text, origin "MeldingOrigin" NOT NULL, days int NOT NULL, n int NOT NULL);
CREATE UNIQUE INDEX dashboard_melding_close_key ON rollup.dashboard_melding_close (month, "stadsdeelId", "themeId", origin, days) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_melding_close_all (month date NOT NULL, "stadsdeelId" text, origin "MeldingOrigin" NOT NULL, days int NOT NULL, n int NOT NULL);
CREATE UNIQUE INDEX dashboard_melding_close_all_key ON rollup.dashboard_melding_close_all (month, "stadsdeelId", origin, days) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_melding_buurt (month date NOT NULL, "stadsdeelId" text, "buurtId" text NOT NULL, "themeId" text, origin "MeldingOrigin" NOT NULL, n int NOT NULL);
CREATE UNIQUE INDEX dashboard_melding_buurt_key ON rollup.dashboard_melding_buurt (month, "stadsdeelId", "buurtId", "themeId", origin) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_inbreng (month date NOT NULL, "stadsdeelId" text, "themeId" text, kind "InbrengKind" NOT NULL, n int NOT NULL, answered int NOT NULL);
CREATE UNIQUE INDEX dashboard_inbreng_key ON rollup.dashboard_inbreng (month, "stadsdeelId", "themeId", kind) NULLS NOT DISTINCT;
CREATE TABLE rollup.dashboard_bijeenkomst ("bijeenkomstId" text NOT NULL, "stadsdeelId" text, month date NOT NULL, registrations int NOT NULL, attended int NOT NULL, no_show int NOT NULL, evaluations int NOT NULL, score_overall int NOT NULL, score_heard int NOT NULL, score_organisation int NOT NULL);
CREATE UNIQUE INDEX dashboard_bijeenkomst_key ON rollup.dashboard_bijeenkomst ("bijeenkomstId");
CREATE INDEX dashboard_bijeenkomst_month ON rollup.dashboard_bijeenkomst (month, "stadsdeelId");
CREATE TABLE rollup.dashboard_reach (scope text, month date NOT NULL, prev date, "buurtId" text, "ageBand" "AgeBand", n int NOT NULL);
CREATE UNIQUE INDEX dashboard_reach_key ON rollup.dashboard_reach (scope, month, prev, "buurtId", "ageBand") NULLS NOT DISTINCT;
CREATE INDEX dashboard_reach_month ON rollup.dashboard_reach (month);
CREATE TABLE rollup.dashboard_attendance (scope text, month date NOT NULL, prev date, prev2 date, n int NOT NULL);
CREATE UNIQUE INDEX dashboard_attendance_key ON rollup.dashboard_attendance (scope, month, prev, prev2) NULLS NOT DISTINCT;
CREATE INDEX dashboard_attendance_month ON rollup.dashboard_attendance (month);

CREATE VIEW dashboard_melding_month AS SELECT * FROM rollup.dashboard_melding_month;
CREATE VIEW dashboard_melding_month_all AS SELECT * FROM rollup.dashboard_melding_month_all;
CREATE VIEW dashboard_melding_close AS SELECT * FROM rollup.dashboard_melding_close;
CREATE VIEW dashboard_melding_close_all AS SELECT * FROM rollup.dashboard_melding_close_all;
CREATE VIEW dashboard_melding_buurt AS SELECT * FROM rollup.dashboard_melding_buurt;
CREATE VIEW dashboard_inbreng AS SELECT * FROM rollup.dashboard_inbreng;
CREATE VIEW dashboard_bijeenkomst AS SELECT * FROM rollup.dashboard_bijeenkomst;
CREATE VIEW dashboard_reach AS SELECT * FROM rollup.dashboard_reach;
CREATE VIEW dashboard_attendance AS SELECT * FROM rollup.dashboard_attendance;
CREATE VIEW dashboard_refresh AS SELECT refreshed_at FROM rollup.dashboard_refresh;

-- ---------------------------------------------------------------- rows of each rollup (one definition each)
-- Inbreng of bijeenkomsten starting in [lo, hi), per month of the bijeenkomst.
CREATE FUNCTION rollup.inbreng_rows(lo timestamp, hi timestamp) RETURNS SETOF rollup.dashboard_inbreng LANGUAGE sql STABLE AS $$
  SELECT amsterdam_month(b."startsAt"), b."stadsdeelId", i."themeId", i.kind, count(*)::int, count(i."publicAnswer")::int
  FROM "Inbreng" i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId"
  WHERE b."startsAt" >= lo AND b."startsAt" < hi
  GROUP BY 1, 2, 3, 4
$$;

-- Registrations, attendance and evaluation scores per bijeenkomst (ids null: all).
CREATE FUNCTION rollup.bijeenkomst_rows(ids text[]) RETURNS SETOF rollup.dashboard_bijeenkomst LANGUAGE sql STABLE AS $$
  SELECT b.id, b."stadsdeelId", amsterdam_month(b."startsAt"),
         count(r.id) FILTER (WHERE r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int,
         count(r.id) FILTER (WHERE r.status = 'ATTENDED')::int,
         count(r.id) FILTER (WHERE r.status = 'NO_SHOW')::int,
         count(e.id)::int,
         coalesce(sum(e."scoreOverall"), 0)::int, coalesce(sum(e."scoreHeard"), 0)::int, coalesce(sum(e."scoreOrganisation"), 0)::int
  FROM "Bijeenkomst" b
  LEFT JOIN "Registration" r ON r."bijeenkomstId" = b.id
  LEFT JOIN "Evaluation" e ON e."registrationId" = r.id AND r.status = 'ATTENDED'
  WHERE b.status <> 'CANCELLED' AND (ids IS NULL OR b.id = ANY(ids))
  GROUP BY b.id
$$;

-- The visits the reach and attendance rollups count (registrations of bijeenkomsten that were not cancelled: confirmed,
-- attended or no-show; or attended only), once per scope — the whole city (null) and the stadsdeel — for the people with a
-- registration from from_month on (only they can have rows from that month on; their whole history is read for "prev").
CREATE FUNCTION rollup.visits(from_month date, attended_only boolean)
RETURNS TABLE (scope text, pid text, id text, "startsAt" timestamp, month date, "buurtId" text, "ageBand" "AgeBand") LANGUAGE sql STABLE AS $$
  WITH e AS (
    SELECT r."participantId" AS pid, r.id, b."stadsdeelId" AS sd, b."startsAt", amsterdam_month(b."startsAt") AS month, p."buurtId", p."ageBand"
    FROM "Registration" r
    JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId"
    JOIN "Participant" p ON p.id = r."participantId"
    WHERE b.status <> 'CANCELLED'
      AND (r.status = 'ATTENDED' OR (NOT attended_only AND r.status IN ('CONFIRMED', 'NO_SHOW')))
      AND (from_month = '-infinity'::date OR r."participantId" IN (
        SELECT r2."participantId" FROM "Registration" r2 JOIN "Bijeenkomst" b2 ON b2.id = r2."bijeenkomstId"
        WHERE b2."startsAt" >= rollup.month_start(from_month)))
  )
  SELECT NULL::text, pid, id, "startsAt", month, "buurtId", "ageBand" FROM e
  UNION ALL
  SELECT sd, pid, id, "startsAt", month, "buurtId", "ageBand" FROM e
$$;

-- People reached per scope and month, with the month of their previous visit in that scope, from from_month on.
CREATE FUNCTION rollup.reach_rows(from_month date) RETURNS SETOF rollup.dashboard_reach LANGUAGE sql STABLE AS $$
  SELECT scope, month, prev, "buurtId", "ageBand", count(*)::int
  FROM (SELECT v.*, lag(v.month) OVER (PARTITION BY v.scope, v.pid ORDER BY v."startsAt", v.id) AS prev FROM rollup.visits(from_month, false) v) l
  WHERE month >= from_month GROUP BY 1, 2, 3, 4, 5
$$;

-- Attendees per scope and month with the months of their two previous attended visits (returning visitors), from from_month on.
CREATE FUNCTION rollup.attendance_rows(from_month date) RETURNS SETOF rollup.dashboard_attendance LANGUAGE sql STABLE AS $$
  SELECT scope, month, prev, prev2, count(*)::int
  FROM (SELECT v.*, lag(v.month) OVER w AS prev, lag(v.month, 2) OVER w AS prev2 FROM rollup.visits(from_month, true) v
        WINDOW w AS (PARTITION BY v.scope, v.pid ORDER BY v."startsAt", v.id)) l
  WHERE month >= from_month GROUP BY 1, 2, 3, 4
$$;

-- ---------------------------------------------------------------- recounting
-- Adds melding deltas (the temporary table rollup_d, or the view rollup.melding_all for a rebuild) to the five meldingen
-- rollups. "overdue" counts a version that was open with its due moment before `cutoff` (the last refresh; now() for a
-- rebuild). Groups that reach zero are removed, as a rebuild would never have made them.
CREATE FUNCTION rollup.apply_melding_deltas(source text, cutoff timestamptz) RETURNS void LANGUAGE plpgsql SET work_mem = '256MB' AS $$
DECLARE
  open_late text := format($f$(d.status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND d."dueAt" < %L::timestamptz)$f$, cutoff);
BEGIN
  EXECUTE format($q$
    INSERT INTO rollup.dashboard_melding_month AS r
    SELECT d.month, d."stadsdeelId", d."themeId", d."departmentId", d.status, d.origin, sum(d.sign), coalesce(sum(d.sign) FILTER (WHERE d.days IS NOT NULL), 0), coalesce(sum(d.sign) FILTER (WHERE %s), 0)
    FROM %s d GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (month, "stadsdeelId", "themeId", "departmentId", status, origin) DO UPDATE SET n = r.n + excluded.n, closed = r.closed + excluded.closed, overdue = r.overdue + excluded.overdue$q$, open_late, source);
  EXECUTE format($q$
    INSERT INTO rollup.dashboard_melding_month_all AS r
    SELECT d.month, d."stadsdeelId", d."departmentId", d.status, d.origin, sum(d.sign), coalesce(sum(d.sign) FILTER (WHERE d.days IS NOT NULL), 0), coalesce(sum(d.sign) FILTER (WHERE %s), 0)
    FROM %s d GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, "stadsdeelId", "departmentId", status, origin) DO UPDATE SET n = r.n + excluded.n, closed = r.closed + excluded.closed, overdue = r.overdue + excluded.overdue$q$, open_late, source);
  EXECUTE format($q$
    INSERT INTO rollup.dashboard_melding_close AS r
    SELECT d.month, d."stadsdeelId", d."themeId", d.origin, d.days, sum(d.sign) FROM %s d WHERE d.days IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, "stadsdeelId", "themeId", origin, days) DO UPDATE SET n = r.n + excluded.n$q$, source);
  EXECUTE format($q$
    INSERT INTO rollup.dashboard_melding_close_all AS r
    SELECT d.month, d."stadsdeelId", d.origin, d.days, sum(d.sign) FROM %s d WHERE d.days IS NOT NULL GROUP BY 1, 2, 3, 4
    ON CONFLICT (month, "stadsdeelId", origin, days) DO UPDATE SET n = r.n + excluded.n$q$, source);
  EXECUTE format($q$
    INSERT INTO rollup.dashboard_melding_buurt AS r
    SELECT d.month, d."stadsdeelId", d."buurtId", d."themeId", d.origin, sum(d.sign) FROM %s d WHERE d."buurtId" IS NOT NULL GROUP BY 1, 2, 3, 4, 5
    ON CONFLICT (month, "stadsdeelId", "buurtId", "themeId", origin) DO UPDATE SET n = r.n + excluded.n$q$, source);
  EXECUTE format($q$
    WITH touched AS (SELECT DISTINCT month FROM %s)
    , a AS (DELETE FROM rollup.dashboard_melding_month WHERE n = 0 AND month IN (SELECT month FROM touched))
    , b AS (DELETE FROM rollup.dashboard_melding_month_all WHERE n = 0 AND month IN (SELECT month FROM touched))
    , c AS (DELETE FROM rollup.dashboard_melding_close WHERE n = 0 AND month IN (SELECT month FROM touched))
    , e AS (DELETE FROM rollup.dashboard_melding_close_all WHERE n = 0 AND month IN (SELECT month FROM touched))
    DELETE FROM rollup.dashboard_melding_buurt WHERE n = 0 AND month IN (SELECT month FROM touched)$q$, source);
END
$$;

CREATE FUNCTION rollup.recount_inbreng(months date[]) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  mo date;
BEGIN
  IF months IS NULL THEN
    TRUNCATE rollup.dashboard_inbreng;
    INSERT INTO rollup.dashboard_inbreng SELECT * FROM rollup.inbreng_rows('-infinity', 'infinity');
  ELSE
    FOREACH mo IN ARRAY months LOOP
      DELETE FROM rollup.dashboard_inbreng WHERE month = mo;
      INSERT INTO rollup.dashboard_inbreng SELECT * FROM rollup.inbreng_rows(rollup.month_start(mo), rollup.month_start((mo + interval '1 month')::date));
    END LOOP;
  END IF;
END
$$;

CREATE FUNCTION rollup.recount_bijeenkomsten(ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF ids IS NULL THEN
    TRUNCATE rollup.dashboard_bijeenkomst;
  ELSE
    DELETE FROM rollup.dashboard_bijeenkomst WHERE "bijeenkomstId" = ANY(ids);
  END IF;
  INSERT INTO rollup.dashboard_bijeenkomst SELECT * FROM rollup.bijeenkomst_rows(ids);
END
$$;

CREATE FUNCTION rollup.recount_reach(from_month date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM rollup.dashboard_reach WHERE month >= from_month;
  INSERT INTO rollup.dashboard_reach SELECT * FROM rollup.reach_rows(from_month);
  DELETE FROM rollup.dashboard_attendance WHERE month >= from_month;
  INSERT INTO rollup.dashboard_attendance SELECT * FROM rollup.attendance_rows(from_month);
END
$$;

-- The worker's refresh (every minute): adds up the melding deltas and the meldingen that became overdue, and recounts
-- what the change log names. Returns the moment the figures now describe. Must run in one snapshot (REPEATABLE READ, see
-- lib/jobs/refresh-dashboard-rollups.ts): the deltas taken and the overdue meldingen found must describe the same state.
-- One refresh at a time (an advisory lock); readers are never blocked.
CREATE FUNCTION refresh_dashboard_rollups() RETURNS timestamptz LANGUAGE plpgsql AS $$
DECLARE
  last timestamptz;
  inbreng_months date[];
  bijeenkomst_ids text[];
  reach_from date;
BEGIN
  IF current_setting('transaction_isolation') NOT IN ('repeatable read', 'serializable') THEN
    RAISE EXCEPTION 'refresh_dashboard_rollups() needs one snapshot: run it in a REPEATABLE READ transaction';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('dashboard_rollups'));
  SELECT refreshed_at INTO last FROM rollup.dashboard_refresh;
  DROP TABLE IF EXISTS rollup_d;
  CREATE TEMP TABLE rollup_d ON COMMIT DROP AS
  WITH taken AS (DELETE FROM rollup.melding_delta RETURNING sign, month, "stadsdeelId", "themeId", "departmentId", "buurtId", status, origin, days, "dueAt")
  SELECT * FROM taken;
  PERFORM rollup.apply_melding_deltas('rollup_d', last);
  -- open meldingen whose due moment passed since the last refresh are overdue now
  INSERT INTO rollup.dashboard_melding_month AS r
  SELECT amsterdam_month(m."createdAt"), m."stadsdeelId", m."themeId", m."departmentId", m.status, m.origin, 0, 0, count(*)
  FROM "Melding" m WHERE m.status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND m."dueAt" >= last AND m."dueAt" < now()
  GROUP BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (month, "stadsdeelId", "themeId", "departmentId", status, origin) DO UPDATE SET overdue = r.overdue + excluded.overdue;
  INSERT INTO rollup.dashboard_melding_month_all AS r
  SELECT amsterdam_month(m."createdAt"), m."stadsdeelId", m."departmentId", m.status, m.origin, 0, 0, count(*)
  FROM "Melding" m WHERE m.status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND m."dueAt" >= last AND m."dueAt" < now()
  GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (month, "stadsdeelId", "departmentId", status, origin) DO UPDATE SET overdue = r.overdue + excluded.overdue;
  WITH taken AS (DELETE FROM rollup.dashboard_change RETURNING kind, month, bijeenkomst_id)
  SELECT array_agg(DISTINCT month) FILTER (WHERE kind = 'inbreng'), array_agg(DISTINCT bijeenkomst_id) FILTER (WHERE kind = 'bijeenkomst'), min(month) FILTER (WHERE kind = 'reach')
  INTO inbreng_months, bijeenkomst_ids, reach_from FROM taken;
  IF inbreng_months IS NOT NULL THEN PERFORM rollup.recount_inbreng(inbreng_months); END IF;
  IF bijeenkomst_ids IS NOT NULL THEN PERFORM rollup.recount_bijeenkomsten(bijeenkomst_ids); END IF;
  IF reach_from IS NOT NULL THEN PERFORM rollup.recount_reach(reach_from); END IF;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_pool;
  UPDATE rollup.dashboard_refresh SET refreshed_at = now();
  RETURN now();
END
$$;

-- Recounts every rollup from the base tables (after a bulk load, a restore, or by hand: `npm run rollups:rebuild`).
CREATE FUNCTION rebuild_dashboard_rollups() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('dashboard_rollups'));
  DELETE FROM rollup.dashboard_change;
  DELETE FROM rollup.melding_delta;
  TRUNCATE rollup.dashboard_melding_month, rollup.dashboard_melding_close, rollup.dashboard_melding_buurt, rollup.dashboard_melding_month_all, rollup.dashboard_melding_close_all;
  PERFORM rollup.apply_melding_deltas('rollup.melding_all', now());
  PERFORM rollup.recount_inbreng(NULL);
  PERFORM rollup.recount_bijeenkomsten(NULL);
  TRUNCATE rollup.dashboard_reach, rollup.dashboard_attendance;
  PERFORM rollup.recount_reach('-infinity');
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_pool;
  INSERT INTO rollup.dashboard_refresh (refreshed_at, full_rebuild_at) VALUES (now(), now())
  ON CONFLICT (one) DO UPDATE SET refreshed_at = now(), full_rebuild_at = now();
  RETURN now();
END
$$;

-- ---------------------------------------------------------------- change triggers (statement level: one row per month touched, not per row)
-- A melding's versions as deltas: -1 for the old, +1 for the new (an update that changes nothing counted writes nothing).
CREATE FUNCTION rollup.melding_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup.melding_delta (sign, month, "stadsdeelId", "themeId", "departmentId", "buurtId", status, origin, days, "dueAt")
    SELECT 1, f.* FROM new_rows n
    CROSS JOIN LATERAL rollup.melding_facts(n."createdAt", n."stadsdeelId", n."themeId", n."departmentId", n."buurtId", n.status, n.origin, n."closedAt", n."dueAt") f;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup.melding_delta (sign, month, "stadsdeelId", "themeId", "departmentId", "buurtId", status, origin, days, "dueAt")
    SELECT -1, f.* FROM old_rows o
    CROSS JOIN LATERAL rollup.melding_facts(o."createdAt", o."stadsdeelId", o."themeId", o."departmentId", o."buurtId", o.status, o.origin, o."closedAt", o."dueAt") f;
  ELSE
    INSERT INTO rollup.melding_delta (sign, month, "stadsdeelId", "themeId", "departmentId", "buurtId", status, origin, days, "dueAt")
    SELECT v.sign, f.* FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (-1, o."createdAt", o."stadsdeelId", o."themeId", o."departmentId", o."buurtId", o.status, o.origin, o."closedAt", o."dueAt"),
                               (1, n."createdAt", n."stadsdeelId", n."themeId", n."departmentId", n."buurtId", n.status, n.origin, n."closedAt", n."dueAt"))
      v(sign, created, sd, theme, dept, buurt, st, orig, closed, due)
    CROSS JOIN LATERAL rollup.melding_facts(v.created, v.sd, v.theme, v.dept, v.buurt, v.st, v.orig, v.closed, v.due) f
    WHERE (o."createdAt", o."stadsdeelId", o."themeId", o."departmentId", o."buurtId", o.status, o.origin, o."closedAt", o."dueAt")
          IS DISTINCT FROM (n."createdAt", n."stadsdeelId", n."themeId", n."departmentId", n."buurtId", n.status, n.origin, n."closedAt", n."dueAt");
  END IF;
  RETURN NULL;
END
$$;

CREATE FUNCTION rollup.inbreng_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT DISTINCT 'inbreng', amsterdam_month(b."startsAt") FROM new_rows i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId";
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT DISTINCT 'inbreng', amsterdam_month(b."startsAt") FROM old_rows i JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId";
  ELSE
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT DISTINCT 'inbreng', amsterdam_month(b."startsAt")
    FROM old_rows o JOIN new_rows n ON n.id = o.id
    JOIN "Bijeenkomst" b ON b.id IN (o."bijeenkomstId", n."bijeenkomstId")
    WHERE (o."bijeenkomstId", o."themeId", o.kind, o."publicAnswer" IS NULL) IS DISTINCT FROM (n."bijeenkomstId", n."themeId", n.kind, n."publicAnswer" IS NULL);
  END IF;
  RETURN NULL;
END
$$;

-- A bijeenkomst moved, cancelled, added or removed: its own row, its inbreng months and the reach from the earlier month.
CREATE FUNCTION rollup.bijeenkomst_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id) SELECT 'bijeenkomst', id FROM new_rows;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id) SELECT 'bijeenkomst', id FROM old_rows;
    INSERT INTO rollup.dashboard_change (kind, month) SELECT DISTINCT k.kind, amsterdam_month("startsAt") FROM old_rows, (VALUES ('inbreng'), ('reach')) k(kind);
  ELSE
    INSERT INTO rollup.dashboard_change (kind, month, bijeenkomst_id)
    WITH moved AS (
      SELECT n.id, o."startsAt" AS old_start, n."startsAt" AS new_start FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o."startsAt", o."stadsdeelId", o.status = 'CANCELLED') IS DISTINCT FROM (n."startsAt", n."stadsdeelId", n.status = 'CANCELLED')
    )
    SELECT 'bijeenkomst', NULL::date, id FROM moved
    UNION ALL
    SELECT DISTINCT 'inbreng', amsterdam_month(x.s), NULL FROM moved, LATERAL (VALUES (old_start), (new_start)) x(s)
    UNION ALL
    SELECT 'reach', amsterdam_month(min(least(old_start, new_start))), NULL FROM moved HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;

-- A registration added, changed or removed: its bijeenkomst's row, and the reach from its month.
CREATE FUNCTION rollup.registration_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id) SELECT DISTINCT 'bijeenkomst', "bijeenkomstId" FROM new_rows;
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT 'reach', amsterdam_month(min(b."startsAt")) FROM new_rows r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" HAVING count(*) > 0;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id) SELECT DISTINCT 'bijeenkomst', "bijeenkomstId" FROM old_rows;
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT 'reach', amsterdam_month(min(b."startsAt")) FROM old_rows r JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId" HAVING count(*) > 0;
  ELSE
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id)
    SELECT DISTINCT 'bijeenkomst', x.id FROM old_rows o JOIN new_rows n ON n.id = o.id
    CROSS JOIN LATERAL (VALUES (o."bijeenkomstId"), (n."bijeenkomstId")) x(id)
    WHERE (o."bijeenkomstId", o."participantId", o.status) IS DISTINCT FROM (n."bijeenkomstId", n."participantId", n.status);
    INSERT INTO rollup.dashboard_change (kind, month)
    SELECT 'reach', amsterdam_month(min(b."startsAt")) FROM old_rows o JOIN new_rows n ON n.id = o.id
    JOIN "Bijeenkomst" b ON b.id IN (o."bijeenkomstId", n."bijeenkomstId")
    WHERE (o."bijeenkomstId", o."participantId", o.status) IS DISTINCT FROM (n."bijeenkomstId", n."participantId", n.status)
    HAVING count(*) > 0;
  END IF;
  RETURN NULL;
END
$$;

-- An evaluation added, changed or removed: its bijeenkomst's scores.
CREATE FUNCTION rollup.evaluation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id)
    SELECT DISTINCT 'bijeenkomst', r."bijeenkomstId" FROM old_rows e JOIN "Registration" r ON r.id = e."registrationId";
  ELSE
    INSERT INTO rollup.dashboard_change (kind, bijeenkomst_id)
    SELECT DISTINCT 'bijeenkomst', r."bijeenkomstId" FROM new_rows e JOIN "Registration" r ON r.id = e."registrationId";
  END IF;
  RETURN NULL;
END
$$;

-- A person's buurt or age band changed (or was erased): the reach from their first visit.
CREATE FUNCTION rollup.participant_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO rollup.dashboard_change (kind, month)
  SELECT 'reach', amsterdam_month(min(b."startsAt"))
  FROM old_rows o JOIN new_rows n ON n.id = o.id
  JOIN "Registration" r ON r."participantId" = n.id JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId"
  WHERE (o."buurtId", o."ageBand") IS DISTINCT FROM (n."buurtId", n."ageBand")
  HAVING count(*) > 0;
  RETURN NULL;
END
$$;
CREATE TRIGGER dashboard_participant_update AFTER UPDATE ON "Participant" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup.participant_changed();

-- The watched tables get the same three statement-level triggers each (insert, update, delete), calling their function.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT * FROM (VALUES ('Melding', 'melding'), ('Inbreng', 'inbreng'), ('Bijeenkomst', 'bijeenkomst'), ('Registration', 'registration'), ('Evaluation', 'evaluation')) v(tbl, fn) LOOP
    EXECUTE format('CREATE TRIGGER dashboard_%s_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup.%s_changed()', t.fn, t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER dashboard_%s_update AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup.%s_changed()', t.fn, t.tbl, t.fn);
    EXECUTE format('CREATE TRIGGER dashboard_%s_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION rollup.%s_changed()', t.fn, t.tbl, t.fn);
  END LOOP;
END
$$;

SELECT rebuild_dashboard_rollups();
