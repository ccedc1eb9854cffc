// `npm start` as a user runs it: the first start loads the demo data and
// serves the 7 stadsdelen; stopping leaves no PostgreSQL behind; the second
// start finds the data again; a second instance on the same data directory
// is refused with a clear message. Needs a production build (npm test makes one).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/db/free-port.ts";

const root = path.resolve(import.meta.dirname, "../..");
let dataDir = "";

type Started = { child: ChildProcess; output: () => string; exited: Promise<number> };

function start(port: number): Started {
  let output = "";
  const env = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NEXTAUTH_SECRET: "process-test-secret", DATABASE_URL: "" };
  const child = spawn(process.execPath, ["scripts/start.ts"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
  return { child, output: () => output, exited };
}

async function waitForHttp(url: string, started: Started, timeoutMs = 120_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null) throw new Error(`start exited early:\n${started.output()}`);
    try {
      const res = await fetch(url);
      if (res.ok) return await res.text();
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`not serving after ${timeoutMs} ms:\n${started.output()}`);
}

function postgresProcesses(): string[] {
  const out = execFileSync("ps", ["-eo", "args"], { encoding: "utf8" });
  return out.split("\n").filter((l) => l.includes("postgres") && l.includes(dataDir));
}

afterAll(async () => {
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe("npm start", () => {
  it("first start seeds and serves; stop leaves nothing; restart reuses the data; a second instance is refused", async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), "sdp-start-"));
    await chmod(dataDir, 0o755);

    const port = await freePort();
    const first = start(port);
    const home = await waitForHttp(`http://localhost:${port}/`, first);
    expect(first.output()).toMatch(/eerste start: demo-gegevens voor Maastricht laden/);
    expect(first.output()).toMatch(/7 stadsdelen, 44 buurten/);
    for (const name of ["Centrum", "Noord", "Noord-West", "Oost", "West", "Zuid", "Zuid-West"]) expect(home).toContain(`/stadsdelen/${name.toLowerCase()}`);

    const rival = start(await freePort());
    expect(await rival.exited).toBe(1);
    expect(rival.output()).toMatch(/is al in gebruik door een ander proces/);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(postgresProcesses()).toEqual([]);

    const second = start(port);
    await waitForHttp(`http://localhost:${port}/stadsdelen/zuid`, second);
    expect(second.output()).not.toMatch(/eerste start/);
    second.child.kill("SIGINT");
    expect(await second.exited).toBe(0);
    expect(postgresProcesses()).toEqual([]);
  }, 240_000);
});
