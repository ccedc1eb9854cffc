// `npm run rollups:rebuild`: recounts every dashboard rollup from the base
// tables (the worker only recounts what changed, every minute). For after a
// bulk load by hand, or to check the incremental figures. Uses DATABASE_URL,
// else the embedded PostgreSQL of a running portal, else starts it.
import pg from "pg";
import { ANALYZE_DASHBOARD_ROLLUPS } from "../lib/jobs/refresh-dashboard-rollups.ts";
import { openDatabase } from "./db/database.ts";

const db = await openDatabase();
const client = new pg.Client({ connectionString: db.url, options: "-c TimeZone=UTC" });
let code = 0;
try {
  await client.connect();
  const t = performance.now();
  await client.query("SELECT rebuild_dashboard_rollups()");
  await client.query(ANALYZE_DASHBOARD_ROLLUPS);
  console.log(`Dashboardcijfers opnieuw geteld in ${((performance.now() - t) / 1000).toFixed(1)} s.`);
} catch (error) {
  console.error(`Opnieuw tellen mislukt: ${(error as Error).message}`);
  code = 1;
} finally {
  await client.end().catch(() => {});
  await db.stop();
}
process.exit(code);
