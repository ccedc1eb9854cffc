// The README's two commands on a machine whose Node is 20 (end of life, but
// what many servers still have): a fresh clone, `npm install && npm start`
// serves the portal, because the npm registry's `node` package (a
// dependency) brings Node 24 and npm scripts run on it. Uses the machine's
// Node 20 (/usr/bin/node, or NODE20_PATH); where the machine has another
// version, Node 20 is taken from the npm registry first, so it always runs.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/db/free-port.ts";

const root = path.resolve(import.meta.dirname, "../..");
const isNode20 = (bin: string) => {
  try {
    return execFileSync(bin, ["-v"], { encoding: "utf8" }).startsWith("v20.");
  } catch {
    return false;
  }
};

/** The machine's Node 20, or one from the npm registry (the `node` package) in a cache folder. */
function node20Binary(): string {
  const machine = process.env.NODE20_PATH ?? "/usr/bin/node";
  if (isNode20(machine)) return machine;
  const prefix = path.join(os.tmpdir(), "sdp-node20-bin");
  const bin = path.join(prefix, "node_modules", "node", "bin", "node");
  if (!isNode20(bin))
    execFileSync("npm", ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--loglevel=error", "node@20"], { stdio: "ignore", timeout: 180_000 });
  return bin;
}
let dir = "";
let portal: ChildProcess | null = null;

afterAll(async () => {
  const running = portal;
  if (running && running.exitCode === null && running.signalCode === null) {
    running.kill("SIGTERM");
    await new Promise((r) => running.once("exit", r));
  }
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("on Node 20", () => {
  it("a fresh clone: npm install && npm start serves the portal on Node 24", { timeout: 600_000 }, async () => {
    const node20 = node20Binary();
    dir = await mkdtemp(path.join(os.tmpdir(), "sdp-node20-"));
    await chmod(dir, 0o755);
    const clone = path.join(dir, "portaal");
    execFileSync("git", ["clone", "-q", root, clone]);
    // the machine as it comes: its own Node 20 first on the PATH, nothing of ours
    const env = {
      HOME: process.env.HOME ?? dir,
      PATH: `${path.dirname(node20)}:/usr/local/bin:/usr/bin:/bin`,
      NEXT_TELEMETRY_DISABLED: "1",
    } as unknown as NodeJS.ProcessEnv;
    expect(execFileSync("node", ["-v"], { env, encoding: "utf8" })).toMatch(/^v20\./);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: clone, env, stdio: "ignore", timeout: 300_000 });
    expect(execFileSync(path.join(clone, "node_modules", ".bin", "node"), ["-v"], { encoding: "utf8" })).toMatch(/^v24\./);

    const port = await freePort();
    let output = "";
    const child = spawn("npm", ["start"], {
      cwd: clone,
      env: { ...env, PORT: String(port), DATA_DIR: path.join(dir, "data") },
      stdio: ["ignore", "pipe", "pipe"],
    });
    portal = child;
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const deadline = Date.now() + 240_000;
    let body = "";
    while (Date.now() < deadline && !body) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      body = await fetch(`http://localhost:${port}/`).then(
        (r) => (r.ok ? r.text() : ""),
        () => "",
      );
      if (!body) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(body, output).toContain("Noord-West");
    expect(output).not.toContain("ERR_UNKNOWN_FILE_EXTENSION");
    // a process manager stops `npm start` with SIGTERM to npm: nothing may stay behind
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    const left = () =>
      execFileSync("ps", ["-eo", "args"], { encoding: "utf8" })
        .split("\n")
        .filter((l) => l.includes(dir) && !l.includes("ps -eo"));
    const until = Date.now() + 30_000;
    while (left().length && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
    expect(left()).toEqual([]);
  });
});
