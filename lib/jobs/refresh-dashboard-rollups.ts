// Refreshes the dashboard's rollups (materialised views over meldingen,
// registrations, inbreng and the pool; see the dashboard_rollups migration)
// in one transaction. Run by the worker every 10 minutes and at its start
// (unless fresh), and after demo or bench data are loaded. Returns the
// moment the figures now describe.
import type { PrismaClient } from "../prisma-client.ts";

/** After a bulk load and refresh: VACUUM ANALYZE of the rollups, so the planner knows their new sizes (cannot run in a transaction). */
export const ANALYZE_DASHBOARD_ROLLUPS =
  "VACUUM ANALYZE dashboard_melding_month, dashboard_melding_close, dashboard_melding_month_all, dashboard_melding_close_all, dashboard_melding_buurt, dashboard_bijeenkomst, dashboard_reach, dashboard_attendance, dashboard_inbreng, dashboard_pool";

export async function refreshDashboardRollups(prisma: PrismaClient): Promise<Date> {
  const [row] = await prisma.$queryRaw<{ refreshed_at: Date }[]>`SELECT refresh_dashboard_rollups() AS refreshed_at`;
  return row.refreshed_at;
}

/** Refreshes unless the last refresh is younger than `maxAgeMinutes` (the worker's start after a restart or a fresh data load). */
export async function refreshDashboardRollupsIfStale(prisma: PrismaClient, maxAgeMinutes = 10): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<{ fresh: boolean }[]>`SELECT refreshed_at > now() - make_interval(mins => ${maxAgeMinutes}) AS fresh FROM dashboard_refresh`;
  return row?.fresh ? null : refreshDashboardRollups(prisma);
}
