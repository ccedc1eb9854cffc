// Keeps the dashboard's rollups (tables in the schema "rollup", see the
// incremental_rollups migration) up to date. The worker's refresh, every
// minute and at its start, adds up the meldingen deltas the triggers wrote
// (and the open meldingen that passed their due moment) and recounts the
// months and bijeenkomsten the change log names — in one snapshot
// (REPEATABLE READ); the full rebuild recounts everything from the base
// tables (after a bulk load or restore, or `npm run rollups:rebuild`). Both
// return the moment the figures now describe.
import type { PrismaClient } from "../prisma-client.ts";

/** After a bulk load and rebuild: VACUUM ANALYZE of the rollups, so the planner knows their new sizes (cannot run in a transaction). */
export const ANALYZE_DASHBOARD_ROLLUPS =
  "VACUUM ANALYZE rollup.dashboard_melding_month, rollup.dashboard_melding_close, rollup.dashboard_melding_month_all, rollup.dashboard_melding_close_all, rollup.dashboard_melding_buurt, rollup.dashboard_bijeenkomst, rollup.dashboard_reach, rollup.dashboard_attendance, rollup.dashboard_inbreng, dashboard_pool";

/** Recounts what changed since the last refresh (the worker's job). */
export async function refreshDashboardRollups(prisma: PrismaClient): Promise<Date> {
  for (let attempt = 1; ; attempt++) {
    try {
      const [row] = await prisma.$transaction((tx) => tx.$queryRaw<{ refreshed_at: Date }[]>`SELECT refresh_dashboard_rollups() AS refreshed_at`, {
        isolationLevel: "RepeatableRead",
        timeout: 600_000,
        maxWait: 60_000,
      });
      return row.refreshed_at;
    } catch (error) {
      // another refresh committed after our snapshot was taken (two workers, or one by hand): nothing was written; again,
      // with a snapshot that sees it
      if (attempt >= 3 || !isSerialisationFailure(error)) throw error;
    }
  }
}

function isSerialisationFailure(error: unknown): boolean {
  const e = error as { code?: string; meta?: { code?: string }; message?: string };
  return e.code === "P2034" || e.code === "40001" || e.meta?.code === "40001" || /could not serialize access/.test(e.message ?? "");
}

/** Recounts every rollup from the base tables. */
export async function rebuildDashboardRollups(prisma: PrismaClient): Promise<Date> {
  const [row] = await prisma.$queryRaw<{ refreshed_at: Date }[]>`SELECT rebuild_dashboard_rollups() AS refreshed_at`;
  return row.refreshed_at;
}

/** Refreshes unless the last refresh is younger than `maxAgeMinutes` (the worker's start after a restart). */
export async function refreshDashboardRollupsIfStale(prisma: PrismaClient, maxAgeMinutes = 1): Promise<Date | null> {
  const [row] = await prisma.$queryRaw<
    { fresh: boolean }[]
  >`SELECT refreshed_at > now() - make_interval(mins => ${maxAgeMinutes}) AS fresh FROM dashboard_refresh`;
  return row?.fresh ? null : refreshDashboardRollups(prisma);
}
