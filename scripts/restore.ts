// `npm run restore -- <file>`: puts a backup from `npm run backup` back into
// an empty database — a new, empty data directory for the embedded
// PostgreSQL (a directory that holds a database is refused), or an empty
// database at DATABASE_URL. Migrates it to this version first; the backup
// must be of the same version. One transaction: all or nothing.
import { existsSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { RestoreRefused, restoreBackup } from "../lib/backup/archive.ts";
import { migrateDeploy, openDatabase, pgDataDir } from "./db/database.ts";

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error("Gebruik: npm run restore -- <back-upbestand>");
  process.exit(2);
}
if (!process.env.DATABASE_URL && existsSync(path.join(pgDataDir, "PG_VERSION"))) {
  console.error(`${pgDataDir} bevat al een database. Zet een back-up alleen terug in een lege map: zet de oude opzij of kies een andere DATA_DIR.`);
  process.exit(1);
}

const db = await openDatabase();
const client = new pg.Client({ connectionString: db.url, options: "-c TimeZone=UTC" });
let code = 0;
try {
  await migrateDeploy(db.url);
  await client.connect();
  const m = await restoreBackup(client, path.resolve(file));
  console.log(
    `Back-up van ${m.createdAt} teruggezet: ${m.tables.reduce((s, t) => s + t.rows, 0).toLocaleString("nl-NL")} rijen in ${m.tables.length} tabellen.`,
  );
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Terugzetten mislukt, er is niets veranderd: ${(error as Error).message}`);
  code = 1;
} finally {
  await client.end().catch(() => {});
  await db.stop();
}
process.exit(code);
