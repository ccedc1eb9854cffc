// The offline schema engine stand-in (prisma/engine/): each of the four
// adapter-pg fixes shown against the unfixed behaviour, and the stock
// Prisma CLI deploying all migrations into an empty database with no drift.
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { describe, expect, it } from "vitest";
// @ts-expect-error plain JavaScript module without type declarations
import { createAdapterFactory, createShadowConnector, patchCharColumns, patchExecuteScript } from "../../prisma/engine/adapter-fixes.mjs";
import { createTestDatabase } from "../setup/database.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const prismaBin = path.join(root, "node_modules/.bin/prisma");

async function tableExists(url: string, table: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query("SELECT to_regclass($1) AS t", [`public."${table}"`]);
    return r.rows[0].t !== null;
  } finally {
    await client.end();
  }
}

describe("adapter fix 1: the engine calls connect unbound and expects results", () => {
  it("the raw factory fails when connect is called without its object", async () => {
    const db = await createTestDatabase("empty");
    const { connect } = new PrismaPg({ connectionString: db.url });
    await expect(connect()).rejects.toThrow();
  });
  it("the fixed factory returns {ok, value} even when called unbound", async () => {
    const db = await createTestDatabase("empty");
    const { connect } = createAdapterFactory({ url: db.url });
    const result = await connect();
    expect(result.ok).toBe(true);
    await result.value.dispose();
  });
});

describe('adapter fix 2: PostgreSQL\'s one-byte "char" type', () => {
  const sql = { sql: "SELECT contype FROM pg_constraint LIMIT 1", args: [], argTypes: [] };
  it("the raw adapter cannot read pg_constraint.contype", async () => {
    const db = await createTestDatabase("migrated");
    const adapter = await new PrismaPg({ connectionString: db.url }).connect();
    await expect(adapter.queryRaw(sql)).rejects.toThrow();
    await adapter.dispose();
  });
  it("the fixed adapter reports it as a Character column", async () => {
    const db = await createTestDatabase("migrated");
    const adapter = patchCharColumns(await new PrismaPg({ connectionString: db.url }).connect());
    const result = await adapter.queryRaw(sql);
    const { ColumnTypeEnum } = await import("@prisma/driver-adapter-utils");
    expect(result.columnTypes[0]).toBe(ColumnTypeEnum.Character);
    expect(typeof result.rows[0][0]).toBe("string");
    await adapter.dispose();
  });
});

describe("adapter fix 3: the shadow database must not be the main one", () => {
  it("the raw connectToShadowDb writes into the main database", async () => {
    const db = await createTestDatabase("empty");
    const shadow = await new PrismaPg({ connectionString: db.url }).connectToShadowDb();
    await shadow.executeScript('CREATE TABLE "leaked_from_shadow" (id int)');
    expect(await tableExists(db.url, "leaked_from_shadow")).toBe(true);
    await shadow.dispose().catch(() => {});
  });
  it("the fixed connector uses a temporary database and drops it afterwards", async () => {
    const db = await createTestDatabase("empty");
    const shadow = await createShadowConnector(db.url)();
    await shadow.executeScript('CREATE TABLE "only_in_shadow" (id int)');
    const shadowName = (await shadow.queryRaw({ sql: "SELECT current_database() AS d", args: [], argTypes: [] })).rows[0][0];
    expect(shadowName).toMatch(/^prisma_migrate_shadow_db_/);
    expect(await tableExists(db.url, "only_in_shadow")).toBe(false);
    await shadow.dispose();
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    const left = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [shadowName]);
    await client.end();
    expect(left.rowCount).toBe(0);
  });
});

describe("adapter fix 4: a migration script runs as one transaction", () => {
  const functionScript = `CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN i + 1; END; $$;`;
  const failingScript = `CREATE TABLE "half_done" (id int); SELECT * FROM "no_such_table";`;
  it("the raw executeScript breaks $$ bodies and leaves half a failed migration", async () => {
    const db = await createTestDatabase("empty");
    const adapter = await new PrismaPg({ connectionString: db.url }).connect();
    await expect(adapter.executeScript(functionScript)).rejects.toThrow();
    await expect(adapter.executeScript(failingScript)).rejects.toThrow();
    expect(await tableExists(db.url, "half_done")).toBe(true);
    await adapter.dispose();
  });
  it("the fixed executeScript runs $$ bodies and rolls back a failing script whole", async () => {
    const db = await createTestDatabase("empty");
    const adapter = patchExecuteScript(await new PrismaPg({ connectionString: db.url }).connect());
    await adapter.executeScript(functionScript);
    const r = await adapter.queryRaw({ sql: "SELECT add_one(41) AS n", args: [], argTypes: [] });
    expect(r.rows[0][0]).toBe(42);
    await expect(adapter.executeScript(failingScript)).rejects.toThrow();
    expect(await tableExists(db.url, "half_done")).toBe(false);
    await adapter.dispose();
  });
});

describe("prisma migrate with the stock CLI, offline", () => {
  it("deploys all migrations into an empty database with no drift against schema.prisma", async () => {
    const db = await createTestDatabase("empty");
    const env = { ...process.env, DATABASE_URL: db.url };
    const deploy = await run(prismaBin, ["migrate", "deploy"], { cwd: root, env });
    expect(deploy.stdout).toMatch(/successfully applied/);
    expect(await tableExists(db.url, "Bijeenkomst")).toBe(true);
    // --exit-code: 0 = no difference, 2 = difference (execFile rejects on non-zero)
    const diff = await run(prismaBin, ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"], {
      cwd: root,
      env,
    }).catch((e) => e);
    if (diff.code) console.log("DRIFT", diff.stdout);
    expect(diff.code ?? 0).toBe(0);
    const status = await run(prismaBin, ["migrate", "status"], { cwd: root, env });
    expect(status.stdout).toMatch(/Database schema is up to date/);
    // and the committed migrations alone (replayed in a shadow database) match the schema too
    const fromMigrations = await run(
      prismaBin,
      ["migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      { cwd: root, env },
    ).catch((e) => e);
    expect(fromMigrations.code ?? 0).toBe(0);
  });
  it("migrate diff reports a difference when the schema moves on", async () => {
    const db = await createTestDatabase("migrated");
    const env = { ...process.env, DATABASE_URL: db.url };
    const diff = await run(prismaBin, ["migrate", "diff", "--from-config-datasource", "--to-empty", "--exit-code"], { cwd: root, env }).catch((e) => e);
    expect(diff.code).toBe(2);
  });
});
