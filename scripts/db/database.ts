// Finds the database for a command: DATABASE_URL when set; otherwise the
// embedded PostgreSQL of a running portal (via .data/runtime.json); otherwise
// it starts the embedded server itself. Also applies migrations with the
// stock Prisma CLI (which uses the offline engine in prisma/engine/).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "../../lib/prisma-client.ts";
import { type EmbeddedServer, startEmbeddedPostgres } from "./embedded-postgres.ts";

export const projectRoot = path.resolve(import.meta.dirname, "..", "..");
export const dataRoot = path.resolve(process.env.DATA_DIR ?? path.join(projectRoot, ".data"));
export const pgDataDir = path.resolve(process.env.PGDATA_DIR ?? path.join(dataRoot, "postgres"));
const runtimeFile = path.join(dataRoot, "runtime.json");
export const DEFAULT_DATABASE = "stadsdeelportaal";

export type Database = { url: string; embedded: EmbeddedServer | null; stop: () => Promise<void> };

function liveRuntime(): { url: string; pid: number } | null {
  if (!existsSync(runtimeFile)) return null;
  try {
    const info = JSON.parse(readFileSync(runtimeFile, "utf8")) as { url: string; pid: number };
    process.kill(info.pid, 0);
    return info;
  } catch {
    return null;
  }
}

export async function ensureDatabaseExists(url: string): Promise<boolean> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = "/postgres";
  const client = new pg.Client({ connectionString: target.toString() });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount) return false;
    await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    return true;
  } finally {
    await client.end();
  }
}

/** @param owner true for the portal itself: it records where its database is. */
export async function openDatabase(options: { owner?: boolean; port?: number; log?: (l: string) => void } = {}): Promise<Database> {
  if (process.env.DATABASE_URL) {
    return { url: process.env.DATABASE_URL, embedded: null, stop: async () => {} };
  }
  const running = options.owner ? null : liveRuntime();
  if (running) return { url: running.url, embedded: null, stop: async () => {} };
  const embedded = await startEmbeddedPostgres({ dataDir: pgDataDir, port: options.port, log: options.log });
  const url = embedded.url(DEFAULT_DATABASE);
  await ensureDatabaseExists(url);
  if (options.owner) writeFileSync(runtimeFile, JSON.stringify({ url, pid: process.pid }));
  return {
    url,
    embedded,
    stop: async () => {
      if (options.owner) rmSync(runtimeFile, { force: true });
      await embedded.stop();
    },
  };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed:\n${output}`))));
  });
}

/** Applies pending migrations (`prisma migrate deploy`). */
export async function migrateDeploy(url: string): Promise<void> {
  const prisma = path.join(projectRoot, "node_modules", ".bin", "prisma");
  await run(prisma, ["migrate", "deploy"], { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

/**
 * Runs a command body against the migrated database and exits with its
 * code (explicitly: see the note in embedded-postgres.ts).
 */
export async function runWithDatabase(body: (prisma: PrismaClient, db: Database) => Promise<number>): Promise<never> {
  const db = await openDatabase();
  let code = 1;
  try {
    await migrateDeploy(db.url);
    const prisma = createPrismaClient(db.url, { max: 2 });
    try {
      code = await body(prisma, db);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    console.error(error);
  } finally {
    await db.stop();
  }
  process.exit(code);
}
