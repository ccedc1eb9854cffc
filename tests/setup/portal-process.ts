// Starts the portal the way a municipality does (`node scripts/start.ts`,
// embedded PostgreSQL in a throwaway data directory) as a child process,
// keeps its console output (where the one-time setup link is printed) and
// waits until /api/health answers. Used by the process tests and by the
// browser journey on an empty install.
import { type ChildProcess, spawn } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../scripts/db/free-port.ts";

export const projectRoot = path.resolve(import.meta.dirname, "../..");

export type PortalProcess = { url: string; port: number; dataDir: string; env: NodeJS.ProcessEnv; output: () => string; stop: () => Promise<void> };

export async function startPortal(extraEnv: Record<string, string> = {}, timeoutMs = 180_000): Promise<PortalProcess> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "sdp-portal-"));
  await chmod(dataDir, 0o755);
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const env = {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    SEED_DEMO: "false",
    NEXTAUTH_SECRET: "process-test-secret",
    DATABASE_URL: "",
    NEXTAUTH_URL: url,
    ...extraEnv,
  };
  let output = "";
  const child: ChildProcess = spawn(process.execPath, ["scripts/start.ts"], { cwd: projectRoot, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  for (const deadline = Date.now() + timeoutMs; ;) {
    if (child.exitCode !== null) throw new Error(`the portal stopped:\n${output}`);
    const health = await fetch(`${url}/api/health`).catch(() => null);
    if (health?.ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the portal did not answer within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, port, dataDir, env, output: () => output, stop };
}
