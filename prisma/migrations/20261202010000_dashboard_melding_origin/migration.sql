-- The dashboard's meldingen rollups by origin (portaal, Signalen, CSV), so
-- the dashboard can filter on it, and a rollup per buurt for meldingen per
-- 1,000 inhabitants. Definitions otherwise as in amsterdam_months.
DROP MATERIALIZED VIEW dashboard_melding_month CASCADE;
DROP MATERIALIZED VIEW dashboard_melding_close CASCADE;

CREATE MATERIALIZED VIEW dashboard_melding_month AS
SELECT amsterdam_month(m."createdAt") AS month, m."stadsdeelId", m."themeId", m."departmentId", m.status, m.origin,
       count(*)::int AS n,
       count(m."closedAt")::int AS closed,
       count(*) FILTER (WHERE m.status IN ('NIEUW', 'DOORGEZET', 'IN_BEHANDELING') AND m."dueAt" < now())::int AS overdue
FROM "Melding" m
GROUP BY 1, 2, 3, 4, 5, 6;
CREATE UNIQUE INDEX dashboard_melding_month_key ON dashboard_melding_month (month, "stadsdeelId", "themeId", "departmentId", status, origin) NULLS NOT DISTINCT;

CREATE MATERIALIZED VIEW dashboard_melding_close AS
SELECT amsterdam_month(m."createdAt") AS month, m."stadsdeelId", m."themeId", m.origin,
       greatest(0, ceil(extract(epoch FROM m."closedAt" - m."createdAt") / 86400))::int AS days,
       count(*)::int AS n
FROM "Melding" m
WHERE m."closedAt" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_melding_close_key ON dashboard_melding_close (month, "stadsdeelId", "themeId", origin, days) NULLS NOT DISTINCT;

CREATE MATERIALIZED VIEW dashboard_melding_month_all AS
SELECT month, "stadsdeelId", "departmentId", status, origin, sum(n)::int AS n, sum(closed)::int AS closed, sum(overdue)::int AS overdue
FROM dashboard_melding_month
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX dashboard_melding_month_all_key ON dashboard_melding_month_all (month, "stadsdeelId", "departmentId", status, origin);

CREATE MATERIALIZED VIEW dashboard_melding_close_all AS
SELECT month, "stadsdeelId", origin, days, sum(n)::int AS n
FROM dashboard_melding_close
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_melding_close_all_key ON dashboard_melding_close_all (month, "stadsdeelId", origin, days);

-- Meldingen per month of creation, buurt, theme and origin (a melding without a buurt is not counted here).
CREATE MATERIALIZED VIEW dashboard_melding_buurt AS
SELECT amsterdam_month(m."createdAt") AS month, m."buurtId", m."themeId", m.origin, count(*)::int AS n
FROM "Melding" m
WHERE m."buurtId" IS NOT NULL
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX dashboard_melding_buurt_key ON dashboard_melding_buurt (month, "buurtId", "themeId", origin) NULLS NOT DISTINCT;

CREATE OR REPLACE FUNCTION refresh_dashboard_rollups() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_month;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_close;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_month_all;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_close_all;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_buurt;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_bijeenkomst;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_reach;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_attendance;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_inbreng;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_pool;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_refresh;
  RETURN (SELECT refreshed_at FROM dashboard_refresh);
END
$$;
