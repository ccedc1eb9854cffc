-- Dashboard months are calendar months in Europe/Amsterdam, not UTC: a
-- melding made on 1 March at 00:30 Dutch time belongs to March. The
-- timestamp columns hold UTC; amsterdam_month() turns one into the first day
-- of its Dutch month. The rollups are rebuilt with it (same names, columns
-- and indexes); refresh_dashboard_rollups() is unchanged.
CREATE FUNCTION amsterdam_month(ts timestamp) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT date_trunc('month', (ts AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Amsterdam')::date
$$;

DROP MATERIALIZED VIEW dashboard_melding_month CASCADE;
DROP MATERIALIZED VIEW dashboard_melding_close CASCADE;
DROP MATERIALIZED VIEW dashboard_bijeenkomst;
DROP MATERIALIZED VIEW dashboard_reach;
DROP MATERIALIZED VIEW dashboard_attendance;
DROP MATERIALIZED VIEW dashboard_inbreng;
DROP MATERIALIZED VIEW dashboard_pool;

-- Meldingen per month of creation, stadsdeel, theme, department and status.
-- "overdue" is as of the refresh.
CREATE MATERIALIZED VIEW dashboard_melding_month AS
SELECT amsterdam_month(m."createdAt") AS month, m."stadsdeelId", m."themeId", m."departmentId", m.status,
       count(*)::int AS n,
       count(m."closedAt")::int AS closed,
       count(*) FILTER (WHERE m.status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND m."dueAt" < now())::int AS overdue
FROM "Melding" m
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_melding_month_key ON dashboard_melding_month (month, "stadsdeelId", "themeId", "departmentId", status) NULLS NOT DISTINCT;

-- Closed meldingen per month of creation, stadsdeel, theme and whole days to
-- close (started days: closed within 3 hours counts as 1): a histogram from
-- which the median and 90th percentile are exact.
CREATE MATERIALIZED VIEW dashboard_melding_close AS
SELECT amsterdam_month(m."createdAt") AS month, m."stadsdeelId", m."themeId",
       greatest(0, ceil(extract(epoch FROM m."closedAt" - m."createdAt") / 86400))::int AS days,
       count(*)::int AS n
FROM "Melding" m
WHERE m."closedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_melding_close_key ON dashboard_melding_close (month, "stadsdeelId", "themeId", days) NULLS NOT DISTINCT;

-- Per bijeenkomst that was not cancelled: registrations, attendance and evaluations.
CREATE MATERIALIZED VIEW dashboard_bijeenkomst AS
SELECT b.id AS "bijeenkomstId", b."stadsdeelId", amsterdam_month(b."startsAt") AS month,
       count(r.id) FILTER (WHERE r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW'))::int AS registrations,
       count(r.id) FILTER (WHERE r.status = 'ATTENDED')::int AS attended,
       count(r.id) FILTER (WHERE r.status = 'NO_SHOW')::int AS no_show,
       count(e.id)::int AS evaluations,
       coalesce(sum(e."scoreOverall"), 0)::int AS score_overall,
       coalesce(sum(e."scoreHeard"), 0)::int AS score_heard,
       coalesce(sum(e."scoreOrganisation"), 0)::int AS score_organisation
FROM "Bijeenkomst" b
LEFT JOIN "Registration" r ON r."bijeenkomstId" = b.id
LEFT JOIN "Evaluation" e ON e."registrationId" = r.id AND r.status = 'ATTENDED'
WHERE b.status <> 'CANCELLED'
GROUP BY b.id;
CREATE UNIQUE INDEX dashboard_bijeenkomst_key ON dashboard_bijeenkomst ("bijeenkomstId");
CREATE INDEX dashboard_bijeenkomst_month ON dashboard_bijeenkomst (month, "stadsdeelId");

-- Who took part, counted without reading every registration of a period:
-- each counted registration (not cancelled, at a bijeenkomst that was not
-- cancelled) carries the month of the same person's previous one, within a
-- scope — the whole city (scope NULL) or the bijeenkomst's stadsdeel. A
-- person is new in a period [from, to) exactly once: at their first
-- registration in it, the one whose previous month is before `from` (or
-- none). So unique participants = sum(n) over months in the period with
-- prev < from; with a second lag, repeat attendees likewise (their second
-- attendance in the period: prev >= from, prev2 < from).
CREATE MATERIALIZED VIEW dashboard_reach AS
WITH e AS (
  SELECT r."participantId" AS pid, r.id, b."stadsdeelId" AS sd, b."startsAt", amsterdam_month(b."startsAt") AS month, p."buurtId", p."ageBand"
  FROM "Registration" r
  JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId"
  JOIN "Participant" p ON p.id = r."participantId"
  WHERE b.status <> 'CANCELLED' AND r.status IN ('CONFIRMED', 'ATTENDED', 'NO_SHOW')
), s AS (
  SELECT NULL::text AS scope, e.* FROM e
  UNION ALL
  SELECT e.sd AS scope, e.* FROM e
), l AS (
  SELECT scope, month, "buurtId", "ageBand", lag(month) OVER (PARTITION BY scope, pid ORDER BY "startsAt", id) AS prev FROM s
)
SELECT scope, month, prev, "buurtId", "ageBand", count(*)::int AS n FROM l GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_reach_key ON dashboard_reach (scope, month, prev, "buurtId", "ageBand") NULLS NOT DISTINCT;

CREATE MATERIALIZED VIEW dashboard_attendance AS
WITH e AS (
  SELECT r."participantId" AS pid, r.id, b."stadsdeelId" AS sd, b."startsAt", amsterdam_month(b."startsAt") AS month
  FROM "Registration" r
  JOIN "Bijeenkomst" b ON b.id = r."bijeenkomstId"
  WHERE b.status <> 'CANCELLED' AND r.status = 'ATTENDED'
), s AS (
  SELECT NULL::text AS scope, e.* FROM e
  UNION ALL
  SELECT e.sd AS scope, e.* FROM e
), l AS (
  SELECT scope, month,
         lag(month) OVER w AS prev,
         lag(month, 2) OVER w AS prev2
  FROM s WINDOW w AS (PARTITION BY scope, pid ORDER BY "startsAt", id)
)
SELECT scope, month, prev, prev2, count(*)::int AS n FROM l GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_attendance_key ON dashboard_attendance (scope, month, prev, prev2) NULLS NOT DISTINCT;

-- Inbreng per month of its bijeenkomst, stadsdeel, theme and kind, with how many have a public answer.
CREATE MATERIALIZED VIEW dashboard_inbreng AS
SELECT amsterdam_month(b."startsAt") AS month, b."stadsdeelId", i."themeId", i.kind,
       count(*)::int AS n, count(i."publicAnswer")::int AS answered
FROM "Inbreng" i
JOIN "Bijeenkomst" b ON b.id = i."bijeenkomstId"
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_inbreng_key ON dashboard_inbreng (month, "stadsdeelId", "themeId", kind) NULLS NOT DISTINCT;

-- The pool (residents willing to take part again, not anonymised) per stadsdeel of their buurt and month they joined.
CREATE MATERIALIZED VIEW dashboard_pool AS
SELECT bu."stadsdeelId", amsterdam_month(p."poolJoinedAt") AS month, count(*)::int AS n
FROM "Participant" p
JOIN "Buurt" bu ON bu.id = p."buurtId"
WHERE p."inPool" AND p."anonymisedAt" IS NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX dashboard_pool_key ON dashboard_pool ("stadsdeelId", month) NULLS NOT DISTINCT;


CREATE MATERIALIZED VIEW dashboard_melding_month_all AS
SELECT month, "stadsdeelId", "departmentId", status, sum(n)::int AS n, sum(closed)::int AS closed, sum(overdue)::int AS overdue
FROM dashboard_melding_month
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_melding_month_all_key ON dashboard_melding_month_all (month, "stadsdeelId", "departmentId", status);

CREATE MATERIALIZED VIEW dashboard_melding_close_all AS
SELECT month, "stadsdeelId", days, sum(n)::int AS n
FROM dashboard_melding_close
GROUP BY 1, 2, 3;
CREATE UNIQUE INDEX dashboard_melding_close_all_key ON dashboard_melding_close_all (month, "stadsdeelId", days);

