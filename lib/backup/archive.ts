// Backup and restore of the portal's data without pg_dump (the embedded
// PostgreSQL ships only the server): every table of the public schema in
// PostgreSQL's own COPY text format, in one gzip file. The first line is a
// manifest (format, time, the migrations the data belongs to, tables with
// row counts); then per table a line `-- table "Name"`, its COPY rows, and
// the `\.` terminator (a row can never be `\.`: COPY escapes backslashes).
// Restore goes into an empty, migrated database of the same migration level,
// in one transaction, tables in foreign-key order, and rebuilds the
// dashboard rollups (they are not in the archive). pg-boss's own schema is left out: the worker recreates
// its schedules.
import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

export const FORMAT = "stadsdeelportaal-backup/1";
export type Manifest = { format: string; createdAt: string; migrations: string[]; tables: { name: string; rows: number }[] };

/** The public schema's tables (not Prisma's migration table), parents before children. */
export async function tablesInOrder(client: pg.ClientBase): Promise<string[]> {
  const tables = (
    await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`)
  ).rows.map((r) => r.name);
  const edges = (
    await client.query<{ child: string; parent: string }>(
      `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent FROM pg_constraint c
     JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'f' AND n.nspname = 'public'`,
    )
  ).rows.map((e) => ({ child: e.child.replaceAll('"', ""), parent: e.parent.replaceAll('"', "") }));
  const ordered: string[] = [];
  const left = new Set(tables);
  while (left.size) {
    const ready = [...left].filter((t) => !edges.some((e) => e.child === t && e.parent !== t && left.has(e.parent)));
    if (!ready.length) throw new Error(`foreign keys form a cycle between ${[...left].join(", ")}`);
    for (const t of ready) {
      ordered.push(t);
      left.delete(t);
    }
  }
  return ordered;
}

async function migrations(client: pg.ClientBase): Promise<string[]> {
  return (
    await client.query<{ name: string }>(
      `SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    )
  ).rows.map((r) => r.name);
}

/** Writes the backup file; one REPEATABLE READ snapshot, so every table is as of the same moment. */
export async function writeBackup(client: pg.ClientBase, file: string): Promise<Manifest> {
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const tables = await tablesInOrder(client);
    const counts = [];
    for (const name of tables) counts.push({ name, rows: Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${name}"`)).rows[0].n) });
    const manifest: Manifest = { format: FORMAT, createdAt: new Date().toISOString(), migrations: await migrations(client), tables: counts };
    const gzip = createGzip();
    const done = pipeline(gzip, createWriteStream(file, { mode: 0o600 }));
    gzip.write(`${JSON.stringify(manifest)}\n`);
    for (const name of tables) {
      gzip.write(`-- table "${name}"\n`);
      const source = client.query(copyTo(`COPY "${name}" TO STDOUT`));
      for await (const chunk of source) gzip.write(chunk);
      gzip.write("\\.\n");
    }
    gzip.end();
    await done;
    await client.query("COMMIT");
    return manifest;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}

export class RestoreRefused extends Error {}

/** Rows the migrations insert into an empty database (the shipped indicator catalogue); a restore replaces them. */
const seededByMigrations: Record<string, string> = { Indicator: `id LIKE 'ind\\_%'` };

/** The immutability triggers of a vastgesteld programma's content, off while a restore writes it back. */
const contentTriggers = [
  ["Opgave", "opgave_immutable"],
  ["Doel", "doel_immutable"],
  ["OpgaveBetrokkene", "opgave_betrokkene_immutable"],
  ["OpgaveBouwsteen", "opgave_bouwsteen_immutable"],
] as const;

/** Restores a backup into this (migrated, empty) database; refuses a non-empty one or another migration level. */
export async function restoreBackup(client: pg.ClientBase, file: string): Promise<Manifest> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const manifest = JSON.parse(first.done ? "{}" : first.value) as Manifest;
  if (manifest.format !== FORMAT) throw new RestoreRefused(`${file} is geen back-up van het Stadsdeelportaal.`);
  const mine = await migrations(client);
  if (JSON.stringify(mine) !== JSON.stringify(manifest.migrations)) {
    throw new RestoreRefused(
      `De back-up hoort bij een andere versie van het portaal (${manifest.migrations.at(-1)}; deze database: ${mine.at(-1)}). Zet eerst dezelfde versie terug.`,
    );
  }
  const tables = await tablesInOrder(client);
  for (const t of tables) {
    const own = seededByMigrations[t] ? ` WHERE NOT (${seededByMigrations[t]})` : "";
    if ((await client.query(`SELECT 1 FROM "${t}"${own} LIMIT 1`)).rowCount)
      throw new RestoreRefused(`De database is niet leeg (tabel ${t}); een back-up wordt alleen in een lege database teruggezet.`);
  }
  await client.query("BEGIN");
  try {
    // the rows a migration put in an empty database come back from the backup itself
    for (const [t, where] of Object.entries(seededByMigrations)) await client.query(`DELETE FROM "${t}" WHERE ${where}`);
    // a vastgesteld programma's content is refused by its triggers on insert; a restore writes it back as it was
    for (const [t, trigger] of contentTriggers) await client.query(`ALTER TABLE "${t}" DISABLE TRIGGER ${trigger}`);
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const header = /^-- table "(\w+)"$/.exec(next.value);
      if (!header || !tables.includes(header[1])) throw new Error(`onverwachte regel in de back-up: ${next.value.slice(0, 80)}`);
      const sink = client.query(copyFrom(`COPY "${header[1]}" FROM STDIN`));
      const finished = new Promise<void>((resolve, reject) => {
        sink.on("finish", resolve);
        sink.on("error", reject);
      });
      for (let row = await lines.next(); !row.done && row.value !== "\\."; row = await lines.next()) {
        if (!sink.write(`${row.value}\n`)) await new Promise((r) => sink.once("drain", r));
      }
      sink.end();
      await finished;
    }
    for (const [t, trigger] of contentTriggers) await client.query(`ALTER TABLE "${t}" ENABLE TRIGGER ${trigger}`);
    await client.query("SELECT rebuild_dashboard_rollups()");
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
  return manifest;
}
