// `npm start`: one command that runs the whole portal. Without DATABASE_URL
// it starts the embedded PostgreSQL (data kept in .data/postgres), applies
// pending migrations, loads the demo data on the very first start, builds
// the app when no build exists, and serves it. Ctrl-C / SIGTERM stops the
// web server and PostgreSQL; nothing is left running.
//   --dev     next dev instead of a production build
//   --build   rebuild before serving
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generateDemo } from "../lib/demo/generate-demo.ts";
import { issueSetupLink } from "../lib/auth/first-run.ts";
import { createPrismaClient } from "../lib/prisma-client.ts";
import { dataRoot, migrateDeploy, openDatabase, projectRoot } from "./db/database.ts";
import { DataDirInUseError } from "./db/embedded-postgres.ts";

const dev = process.argv.includes("--dev");
const forceBuild = process.argv.includes("--build");
const port = Number(process.env.PORT ?? 3000);
const log = (m: string) => console.log(`[stadsdeelportaal] ${m}`);
const t0 = performance.now();

function secret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(dataRoot, { recursive: true });
  const file = path.join(dataRoot, "nextauth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

function runNext(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(path.join(projectRoot, "node_modules", ".bin", "next"), args, { cwd: projectRoot, env, stdio: "inherit" });
}

let db;
try {
  db = await openDatabase({ owner: true, log: process.env.PG_LOG ? log : undefined });
} catch (error) {
  if (error instanceof DataDirInUseError) {
    console.error(`[stadsdeelportaal] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
let child: ChildProcess | null = null;
let worker: ChildProcess | null = null;
let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  log("stoppen…");
  await Promise.all(
    [child, worker].map(async (p) => {
      if (!p || p.exitCode !== null) return;
      const exited = new Promise((r) => p.once("exit", r));
      p.kill("SIGTERM");
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (p.exitCode === null) p.kill("SIGKILL");
    }),
  );
  await db!.stop();
  log("gestopt");
  process.exit(code);
}
// embedded-postgres installs exit hooks that would exit before the web server
// is stopped; this script owns shutdown, in order: web server, then PostgreSQL.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(0));
}
// `npm start` under a process manager: npm exits on SIGTERM without passing it
// on, which would leave this process (and the web server, worker and
// PostgreSQL) running. When whatever started us goes away, stop too.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void shutdown(0);
}, 1000).unref();

try {
  log(db.embedded ? `ingebouwde PostgreSQL op poort ${db.embedded.port} (${db.embedded.dataDir})` : "PostgreSQL via DATABASE_URL");
  await migrateDeploy(db.url);
  const prisma = createPrismaClient(db.url, { max: 2 });
  if ((await prisma.stadsdeel.count()) === 0 && process.env.SEED_DEMO !== "false") {
    log("eerste start: demo-gegevens voor Maastricht laden…");
    const summary = await generateDemo(prisma, { anchor: process.env.DEMO_ANCHOR_DATE ? new Date(process.env.DEMO_ANCHOR_DATE) : undefined });
    log(
      `demo-gegevens geladen: ${summary.stadsdelen} stadsdelen, ${summary.buurten} buurten, ${summary.bijeenkomsten} bijeenkomsten, ${summary.inbreng} inbreng`,
    );
  }
  const setupLink = await issueSetupLink(prisma, process.env.PUBLIC_URL ?? process.env.NEXTAUTH_URL ?? `http://localhost:${port}`);
  if (setupLink) {
    log("er is nog geen beheerder. Maak de eerste aan via deze link (24 uur geldig, één keer):");
    log(`  ${setupLink}`);
  }
  const demo = (await prisma.auditEvent.count({ where: { action: "demo.seed" } })) > 0;
  await prisma.$disconnect();

  const env: NodeJS.ProcessEnv = {
    DEMO_DATA: String(demo), // the demo banner, decided once here
    ...process.env,
    DATABASE_URL: db.url,
    NEXTAUTH_SECRET: secret(),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    PORT: String(port),
  };
  if (!dev && (forceBuild || !existsSync(path.join(projectRoot, ".next", "BUILD_ID")))) {
    log("de app bouwen (eenmalig)…");
    const build = runNext(["build"], { ...env, NODE_ENV: "production" });
    const code: number = await new Promise((r) => build.on("exit", (c) => r(c ?? 1)));
    if (code !== 0) throw new Error("next build mislukt");
  }
  worker = spawn(process.execPath, [path.join(projectRoot, "scripts", "worker.ts")], { cwd: projectRoot, env, stdio: "inherit" });
  worker.on("exit", (code) => !stopping && console.error(`[stadsdeelportaal] worker stopped (exit ${code})`));
  child = dev
    ? runNext(["dev", "-p", String(port)], env)
    : spawn(process.execPath, [path.join(projectRoot, "scripts", "server.ts")], {
        cwd: projectRoot,
        env: { ...env, NODE_ENV: "production" },
        stdio: "inherit",
      });
  child.on("exit", (code) => void shutdown(code ?? 0));
  log(`klaar na ${((performance.now() - t0) / 1000).toFixed(1)} s: http://localhost:${port}`);
} catch (error) {
  console.error(error);
  await shutdown(1);
}
