// `npm run backup [-- --out <folder>]`: writes the portal's data to a dated
// file (lib/backup/archive.ts: every table in COPY format, gzip) in
// $DATA_DIR/backups or the given folder. Uses DATABASE_URL, else the embedded
// PostgreSQL of a running portal, else starts it.
import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { writeBackup } from "../lib/backup/archive.ts";
import { dataRoot, openDatabase } from "./db/database.ts";

const { values } = parseArgs({ options: { out: { type: "string" } } });
const folder = path.resolve(values.out ?? path.join(dataRoot, "backups"));
mkdirSync(folder, { recursive: true });
const file = path.join(folder, `stadsdeelportaal-${new Date().toISOString().replace(/[:]/g, "").slice(0, 15)}Z.backup.gz`);

const db = await openDatabase();
const client = new pg.Client({ connectionString: db.url, options: "-c TimeZone=UTC" });
let code = 0;
try {
  await client.connect();
  const m = await writeBackup(client, file);
  const rows = m.tables.reduce((s, t) => s + t.rows, 0);
  console.log(
    `Back-up geschreven: ${file} (${(statSync(file).size / 1e6).toFixed(1)} MB, ${m.tables.length} tabellen, ${rows.toLocaleString("nl-NL")} rijen, migratie ${m.migrations.at(-1)})`,
  );
} catch (error) {
  console.error(`Back-up mislukt: ${(error as Error).message}`);
  code = 1;
} finally {
  await client.end().catch(() => {});
  await db.stop();
}
process.exit(code);
