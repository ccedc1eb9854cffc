// The README's two commands on a machine whose Node is 20 (end of life, but
// what many servers still have): a fresh clone, `npm install && npm start`
// serves the portal, because the npm registry's `node` package (a
// dependency) brings Node 24 and npm scripts run on it. Runs where the
// machine has a Node 20 (/usr/bin/node, or NODE20_PATH); skipped elsewhere.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/db/free-port.ts";

const root = path.resolve(import.meta.dirname, "../..");
const node20 = process.env.NODE20_PATH ?? "/usr/bin/node";
const hasNode20 = (() => {
  try {
    return execFileSync(node20, ["-v"], { encoding: "utf8" }).startsWith("v20.");
  } catch {
    return false;
  }
})();
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

describe.skipIf(!hasNode20)("on Node 20", () => {
  it("a fresh clone: npm install && npm start serves the portal on Node 24", { timeout: 600_000 }, async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "sdp-node20-"));
    await chmod(dir, 0o755);
    const clone = path.join(dir, "portaal");
    execFileSync("git", ["clone", "-q", root, clone]);
    // the machine as it comes: its own Node 20 first on the PATH, nothing of ours
    const env = { HOME: process.env.HOME ?? dir, PATH: `${path.dirname(node20)}:/usr/local/bin:/usr/bin:/bin`, NEXT_TELEMETRY_DISABLED: "1" } as unknown as NodeJS.ProcessEnv;
    expect(execFileSync("node", ["-v"], { env, encoding: "utf8" })).toMatch(/^v20\./);
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: clone, env, stdio: "ignore", timeout: 300_000 });
    expect(execFileSync(path.join(clone, "node_modules", ".bin", "node"), ["-v"], { encoding: "utf8" })).toMatch(/^v24\./);

    const port = await freePort();
    let output = "";
    const child = spawn("npm", ["start"], { cwd: clone, env: { ...env, PORT: String(port), DATA_DIR: path.join(dir, "data") }, stdio: ["ignore", "pipe", "pipe"] });
    portal = child;
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    const deadline = Date.now() + 240_000;
    let body = "";
    while (Date.now() < deadline && !body) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      body = await fetch(`http://localhost:${port}/`).then((r) => (r.ok ? r.text() : ""), () => "");
      if (!body) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(body, output).toContain("Noord-West");
    expect(output).not.toContain("ERR_UNKNOWN_FILE_EXTENSION");
    // a process manager stops `npm start` with SIGTERM to npm: nothing may stay behind
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
    const left = () => execFileSync("ps", ["-eo", "args"], { encoding: "utf8" }).split("\n").filter((l) => l.includes(dir) && !l.includes("ps -eo"));
    const until = Date.now() + 30_000;
    while (left().length && Date.now() < until) await new Promise((r) => setTimeout(r, 500));
    expect(left()).toEqual([]);
  });
});
