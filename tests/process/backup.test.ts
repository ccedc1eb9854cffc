// `npm run backup` / `npm run restore` round trip: demo data backed up from
// one data directory and restored into an empty one gives the same row count
// in every table; restoring into a directory that holds a database is refused.
import { execFile } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "../../scripts/db/embedded-postgres.ts";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);
let dir = "";

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const script = (file: string, dataDir: string, ...args: string[]) =>
  run(process.execPath, [`scripts/${file}`, ...args], { cwd: root, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" } }).then(
    (r) => ({ code: 0, out: `${r.stdout}${r.stderr}` }),
    (e) => ({ code: e.code as number, out: `${e.stdout}${e.stderr}` }),
  );

async function rowCounts(dataDir: string): Promise<Record<string, number>> {
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "postgres") });
  const client = new pg.Client({ connectionString: server.url("stadsdeelportaal") });
  try {
    await client.connect();
    const tables = (await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.t);
    const out: Record<string, number> = {};
    for (const t of tables) if (t !== "_prisma_migrations") out[t] = Number((await client.query(`SELECT count(*) AS n FROM "${t}"`)).rows[0].n);
    out.dashboard_melding_month = Number((await client.query(`SELECT count(*) AS n FROM dashboard_melding_month`)).rows[0].n);
    return out;
  } finally {
    await client.end();
    await server.stop();
  }
}

describe("backup and restore", () => {
  it("round-trips the demo data with the same row counts in every table, and refuses a non-empty target", { timeout: 300_000 }, async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "sdp-backup-"));
    await chmod(dir, 0o755);
    const [source, target, backups] = ["bron", "doel", "backups"].map((d) => path.join(dir, d));
    expect((await script("seed.ts", source)).code).toBe(0);
    const backup = await script("backup.ts", source, "--out", backups);
    expect(backup.code, backup.out).toBe(0);
    const file = /Back-up geschreven: (\S+)/.exec(backup.out)![1];

    const restored = await script("restore.ts", target, file);
    expect(restored.code, restored.out).toBe(0);
    const [before, after] = [await rowCounts(source), await rowCounts(target)];
    expect(before.Participant).toBeGreaterThan(100);
    expect(before.dashboard_melding_month).toBeGreaterThan(0);
    expect(after).toEqual(before);

    const again = await script("restore.ts", target, file);
    expect([again.code, again.out]).toEqual([1, expect.stringContaining("bevat al een database")]);
  });
});
