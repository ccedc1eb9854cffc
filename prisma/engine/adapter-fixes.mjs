// Fixes that make @prisma/adapter-pg usable by the WebAssembly schema engine.
// Each fix is exported on its own so tests can show the bug it mends.
// See prisma/engine/README.md for the story behind every one.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

const PG_CHAR_OID = 18; // PostgreSQL's one-byte "char" (e.g. pg_constraint.contype)
const PG_TEXT_OID = 25;

/**
 * Fix 2: adapter-pg throws on the one-byte "char" type. Report such columns as
 * ColumnTypeEnum.Character (mapping them to text makes the engine panic).
 * Patches a queryable (adapter or transaction) in place and returns it.
 */
export function patchCharColumns(queryable) {
  const charColumns = new WeakMap(); // query object → indexes of "char" columns
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    const indexes = [];
    result?.fields?.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length) charColumns.set(query, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    charColumns.delete(query);
    return result;
  };
  return queryable;
}

/**
 * Fix 4: adapter-pg's executeScript splits on ";" and runs the pieces one by
 * one, so a failing migration leaves half its tables and `$$ … ; … $$` bodies
 * break. Send the whole script as one simple query: one implicit transaction.
 */
export function patchExecuteScript(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error);
    }
  };
  return adapter;
}

function patchAdapter(adapter) {
  patchCharColumns(adapter);
  patchExecuteScript(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => patchCharColumns(await startTransaction(isolationLevel));
  return adapter;
}

/** The database name of a connection string. */
export function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

/** The same connection string pointing at another database. */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

/** Runs one statement on the server's maintenance database. */
export async function adminQuery(url, sql) {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * Fix 3: adapter-pg's connectToShadowDb passes the shadow database name next
 * to a connection string, and node-postgres lets the string win: the "shadow"
 * database would be the main one. Create a temporary database ourselves,
 * connect to it by URL, and drop it afterwards. With an explicit
 * shadowDatabaseUrl, use that database as it is.
 */
export function createShadowConnector(url, shadowDatabaseUrl) {
  return async () => {
    if (shadowDatabaseUrl) {
      return patchAdapter(await new PrismaPg({ connectionString: shadowDatabaseUrl }).connect());
    }
    const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
    await adminQuery(url, `CREATE DATABASE "${name}"`);
    const adapter = patchAdapter(await new PrismaPg({ connectionString: withDatabase(url, name) }).connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await adminQuery(url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    };
    return adapter;
  };
}

/**
 * Fix 1: the engine calls `factory.connect` unbound and expects `{ok, value}`
 * results, so wrap the factory with bindMigrationAwareSqlAdapterFactory.
 */
export function createAdapterFactory({ url, shadowDatabaseUrl }) {
  const factory = new PrismaPg({ connectionString: url });
  const connect = factory.connect.bind(factory);
  const fixed = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => patchAdapter(await connect()),
    connectToShadowDb: createShadowConnector(url, shadowDatabaseUrl),
  };
  return bindMigrationAwareSqlAdapterFactory(fixed);
}
