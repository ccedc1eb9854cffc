// `npm test`: every check, in order, stopping at the first failure:
// format (prettier --check) → lint → production build (with Next's type check) → full typecheck →
// vitest (unit, integration on embedded PostgreSQL, start/stop) →
// Playwright in Chromium against the built portal. Ends with one line
// counting all tests.
import { spawn } from "node:child_process";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "./db/free-port.ts";

const root = path.resolve(import.meta.dirname, "..");
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const tmp = await mkdtemp(path.join(os.tmpdir(), "sdp-test-"));
await chmod(tmp, 0o755);

function step(name: string, command: string, args: string[], env: Record<string, string> = {}): Promise<void> {
  console.log(`\n━━ ${name} ━━`);
  const t = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
    child.on("exit", (code) => {
      console.log(`━━ ${name}: ${code === 0 ? "ok" : `failed (exit ${code})`} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
      if (code === 0) resolve();
      else reject(new Error(`${name} failed`));
    });
  });
}

let passed = 0;
let failed = 0;
async function countVitest(file: string) {
  const r = JSON.parse(await readFile(file, "utf8")) as { numPassedTests: number; numFailedTests: number };
  passed += r.numPassedTests;
  failed += r.numFailedTests;
}
async function countPlaywright(file: string) {
  const r = JSON.parse(await readFile(file, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } };
  passed += r.stats.expected + r.stats.flaky;
  failed += r.stats.unexpected;
}

const t0 = performance.now();
try {
  await step("format", bin("prettier"), ["--check", "**/*.{ts,tsx,mjs,js,css,json}"]);
  await step("lint", bin("eslint"), ["."]);
  await step("build", bin("next"), ["build"], { NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  await step("typecheck", bin("tsc"), ["--noEmit"]);
  const vitestJson = path.join(tmp, "vitest.json");
  try {
    await step("vitest", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`]);
  } finally {
    await countVitest(vitestJson).catch(() => {});
  }
  // a failing test fails the run, whatever the runner's exit code said
  if (failed > 0) throw new Error(`vitest reported ${failed} failing test(s)`);
  const e2eDir = path.join(tmp, "e2e");
  const playwrightJson = path.join(tmp, "playwright.json");
  try {
    await step("playwright", bin("playwright"), ["test", "--reporter=list,json"], {
      E2E_DATA_DIR: e2eDir,
      E2E_PORT: String(await freePort()),
      E2E_SMTP_PORT: String(await freePort()),
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      NEXT_TELEMETRY_DISABLED: "1",
    });
  } finally {
    await countPlaywright(playwrightJson).catch(() => {});
  }
  if (failed > 0) throw new Error(`playwright reported ${failed} failing test(s)`);
  console.log(`\nAll checks passed in ${((performance.now() - t0) / 1000).toFixed(0)} s.`);
} catch (error) {
  console.error(`\n${(error as Error).message}.`);
  process.exitCode = 1;
} finally {
  await rm(tmp, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
}
process.exit(process.exitCode ?? 0);
