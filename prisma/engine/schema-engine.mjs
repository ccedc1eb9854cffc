#!/usr/bin/env node
// Stand-in for Prisma's native schema engine, built on @prisma/schema-engine-wasm.
// prisma.config.ts points PRISMA_SCHEMA_ENGINE_BINARY here, so the stock CLI
// (`prisma migrate dev|deploy|reset|diff`, `db push`) works without downloading
// a native engine. It speaks the CLI's protocol: JSON-RPC 2.0, one object per
// line on stdin/stdout, JSON log lines on stderr, exit code 101 on panic.
// Plain JavaScript on purpose: it must run on any Node the CLI runs on.
import { appendFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import readline from "node:readline";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { adminQuery, createAdapterFactory, databaseName } from "./adapter-fixes.mjs";

const PANIC = 101;

function log(level, message, extra = {}) {
  process.stderr.write(
    JSON.stringify({ timestamp: new Date().toISOString(), level, target: "schema_engine::logger", fields: { message, ...extra } }) + "\n",
  );
}

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, cli: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") args.datamodels.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "--version" || a === "-V") args.version = true;
    else if (a === "cli") args.cli = argv[++i];
  }
  return args;
}

/** Loads the wasm engine the way its own entry point would, by file path. */
export async function loadWasmEngine() {
  globalThis.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: (m) => (globalThis.PRISMA_WASM_PANIC_MESSAGE = m) };
  const require = createRequire(import.meta.url);
  const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
  const bindings = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
  const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
  const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start?.();
  return bindings;
}

/** `cli can-connect-to-database` and `cli create-database`, done with pg. */
async function runCliCommand(command, datasource) {
  const url = datasource?.url;
  if (!url) {
    log("ERROR", "No datasource url given", { error_code: "P1012" });
    return 1;
  }
  const name = databaseName(url);
  // The CLI skips the first stderr line and reads the rest as JSON log lines.
  log("INFO", `schema-engine-wasm cli ${command}`);
  if (command === "can-connect-to-database") {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.end();
      return 0;
    } catch (error) {
      const code = error.code === "3D000" ? "P1003" : "P1001";
      const message = code === "P1003" ? `Database \`${name}\` does not exist` : String(error.message);
      log("ERROR", message, { error_code: code });
      return 1;
    }
  }
  if (command === "create-database") {
    try {
      await adminQuery(url, `CREATE DATABASE "${name.replaceAll('"', '""')}"`);
      process.stdout.write(`Database '${name}' was successfully created.\n`);
      return 0;
    } catch (error) {
      log("ERROR", String(error.message), { error_code: error.code === "42P04" ? "P1009" : "P1001" });
      return 1;
    }
  }
  if (command === "drop-database") {
    await adminQuery(url, `DROP DATABASE IF EXISTS "${name.replaceAll('"', '""')}" WITH (FORCE)`);
    return 0;
  }
  log("ERROR", `Unknown cli command ${command}`);
  return 1;
}

function errorResponse(id, error) {
  const isPanic = error instanceof WebAssembly.RuntimeError;
  const message = String(error?.message ?? error);
  return {
    jsonrpc: "2.0",
    id,
    error: {
      code: 4466,
      message: "An error happened. Check the data field for details.",
      data: { is_panic: isPanic, message, error_code: error?.code ?? error?.error_code, meta: error?.meta },
    },
  };
}

async function serve(args) {
  const { SchemaEngine, version } = await loadWasmEngine();
  const datasource = args.datasource ?? {};
  if (!datasource.url) throw new Error("--datasource with a url is required");
  const datamodels = await Promise.all(args.datamodels.map(async (f) => [f, await readFile(f, "utf8")]));
  const factory = createAdapterFactory({ url: datasource.url, shadowDatabaseUrl: datasource.shadowDatabaseUrl });
  const newEngine = () =>
    SchemaEngine.new({ datamodels: datamodels.length ? datamodels : undefined }, (line) => log("INFO", String(line)), factory);
  let engine = await newEngine();

  let nextOwnId = 1_000_000;
  const pendingOwn = new Map();
  const send = (obj) => process.stdout.write(JSON.stringify(obj) + "\n");
  /** Asks the CLI to print text (how `migrate diff` output reaches the terminal). */
  const print = (content) =>
    new Promise((resolve) => {
      const id = nextOwnId++;
      pendingOwn.set(id, resolve);
      send({ jsonrpc: "2.0", id, method: "print", params: { content } });
    });

  // The wasm engine reaches the shadow database only after devDiagnostic ran
  // on the same instance, and not any more once applyMigrations ran on it.
  // `migrate dev` calls devDiagnostic → applyMigrations → evaluateDataLoss →
  // createMigration, so give the last two a fresh, diagnosed instance.
  let shadowReady = false;
  const ensureShadowReady = async (params) => {
    if (shadowReady) return;
    engine = await newEngine();
    await engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters });
    shadowReady = true;
  };

  const handlers = {
    getDatabaseVersion: () => engine.version(),
    async devDiagnostic(params) {
      const result = await engine.devDiagnostic(params);
      shadowReady = true;
      return result;
    },
    async applyMigrations(params) {
      shadowReady = false;
      return engine.applyMigrations(params);
    },
    async evaluateDataLoss(params) {
      await ensureShadowReady(params);
      return engine.evaluateDataLoss(params);
    },
    async createMigration(params) {
      await ensureShadowReady(params);
      return engine.createMigration(params);
    },
    async createDatabase() {
      const name = databaseName(datasource.url);
      await adminQuery(datasource.url, `CREATE DATABASE "${name}"`);
      return { databaseName: name };
    },
    async diff(params) {
      const result = await engine.diff(params);
      if (result.stdout) await print(result.stdout);
      return { exitCode: result.exitCode };
    },
  };

  let queue = Promise.resolve();
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      log("ERROR", `Could not parse request: ${line.slice(0, 200)}`);
      return;
    }
    if (msg.method === undefined && pendingOwn.has(msg.id)) {
      pendingOwn.get(msg.id)();
      pendingOwn.delete(msg.id);
      return;
    }
    if (process.env.SCHEMA_ENGINE_TRACE) appendFileSync(process.env.SCHEMA_ENGINE_TRACE, `${msg.method}\n`);
    // One request at a time, in order, as the native engine does.
    queue = queue.then(async () => {
      try {
        const handler = handlers[msg.method];
        let result;
        if (handler) result = await handler(msg.params ?? {});
        else if (typeof engine[msg.method] === "function") result = await engine[msg.method](msg.params ?? {});
        else throw Object.assign(new Error(`Unknown method ${msg.method}`), { code: -32601 });
        send({ jsonrpc: "2.0", id: msg.id, result: result ?? {} });
      } catch (error) {
        if (error instanceof WebAssembly.RuntimeError) {
          log("ERROR", `PANIC: ${globalThis.PRISMA_WASM_PANIC_MESSAGE ?? error.message}`);
          send(errorResponse(msg.id, error));
          process.exit(PANIC);
        }
        send(errorResponse(msg.id, error));
      }
    });
  });
  rl.on("close", () => queue.then(() => process.exit(0)));
  log("INFO", `Starting schema engine (wasm ${version()})`);
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const { version } = await loadWasmEngine();
    process.stdout.write(`schema-engine-wasm ${version()}\n`);
    return;
  }
  if (args.cli) {
    process.exitCode = await runCliCommand(args.cli, args.datasource);
    return;
  }
  await serve(args);
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  main().catch((error) => {
    log("ERROR", String(error?.stack ?? error));
    process.exit(error instanceof WebAssembly.RuntimeError ? PANIC : 1);
  });
}
