// `npm run bench`: benchmarks, printed as figures with a baseline measured
// in the same run. Pages: home and stadsdeel page response time (p50/p95,
// throughput, bytes) against a static file served by the same Next.js
// server, so the ratio shows what our rendering and queries add.
// Starts its own portal (temporary data directory, demo data) unless
// BENCH_URL points at a running one. BENCH_REQUESTS / BENCH_CONCURRENCY tune it.
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { measureHttp, printHttpTable } from "./bench/http.ts";
import { freePort } from "./db/free-port.ts";

const root = path.resolve(import.meta.dirname, "..");
const requests = Number(process.env.BENCH_REQUESTS ?? 400);
const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 4);

async function startPortal(): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "sdp-bench-"));
  await chmod(dir, 0o755);
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dir, DATABASE_URL: "", NEXTAUTH_SECRET: "bench-secret" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const url = `http://localhost:${port}`;
  const t = performance.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`portal did not start:\n${log}`);
    try {
      if ((await fetch(`${url}/robots.txt`)).ok) break;
    } catch {
      /* starting */
    }
    if (performance.now() - t > 300_000) throw new Error(`portal not up after 300 s:\n${log}`);
    await new Promise((r) => setTimeout(r, 300));
  }
  console.log(`portal started in ${((performance.now() - t) / 1000).toFixed(1)} s (embedded PostgreSQL, demo data)`);
  return {
    url,
    stop: async () => {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill("SIGTERM");
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

const portal = process.env.BENCH_URL ? { url: process.env.BENCH_URL, stop: async () => {} } : await startPortal();
try {
  console.log(`\nHTTP: ${requests} requests per target, concurrency ${concurrency}, after ${20} warm-up requests; Node ${process.version}, ${os.cpus().length} cores`);
  const opts = { requests, concurrency, warmup: 20 };
  const baseline = await measureHttp(portal.url, "static file (baseline)", "/robots.txt", opts);
  const home = await measureHttp(portal.url, "home (city map)", "/", opts);
  const stadsdeel = await measureHttp(portal.url, "stadsdeel page", "/stadsdelen/noord-west", opts);
  printHttpTable([baseline, home, stadsdeel], baseline);
} finally {
  await portal.stop();
}
process.exit(0);
