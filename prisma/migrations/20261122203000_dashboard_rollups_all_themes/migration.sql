-- Theme-less rollups of the meldingen rollups, for the dashboard without a
-- theme filter (its usual view): about a tenth of the rows. Built from the
-- rollups themselves, so refreshing them costs little; refreshed right
-- after them in refresh_dashboard_rollups().
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

CREATE OR REPLACE FUNCTION refresh_dashboard_rollups() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_month;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_close;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_month_all;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_melding_close_all;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_bijeenkomst;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_reach;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_attendance;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_inbreng;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_pool;
  REFRESH MATERIALIZED VIEW CONCURRENTLY dashboard_refresh;
  RETURN (SELECT refreshed_at FROM dashboard_refresh);
END
$$;
