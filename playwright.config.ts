// Playwright: the built portal, started the way users start it (`node
// scripts/start.ts`: embedded PostgreSQL, migrations, demo data) in a
// throwaway data directory, driven in Chromium. Debian's /usr/bin/chromium
// is used when present; CHROMIUM_PATH overrides, and without either
// Playwright's own browser is used. A real SMTP server runs in the test
// process (tests/e2e/global-setup.ts); the portal's worker sends to it.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 3210);
export const e2eDataDir = process.env.E2E_DATA_DIR ?? path.join(os.tmpdir(), "sdp-e2e");
export const e2eSmtpPort = Number(process.env.E2E_SMTP_PORT ?? 2526);
export const e2eMailDir = path.join(e2eDataDir, "mail");
/** Where the portal finds the Locatieserver: a local fake the address-search test starts (tests/setup/locatieserver-fake.ts). */
export const e2eLocatieserverPort = Number(process.env.E2E_LOCATIESERVER_PORT ?? 3219);
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  globalSetup: "./tests/e2e/global-setup.ts",
  fullyParallel: false,
  workers: 2,
  retries: 0,
  // headroom for a loaded two-core CI machine (two workers, a server and its worker): a server action that
  // answers in 0.3 s here took over 5 s there. Speed is measured by `npm run bench`, not by these limits.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "nl-NL",
    timezoneId: "Europe/Amsterdam",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    command: "node scripts/start.ts",
    url: `http://localhost:${port}/toegankelijkheid`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    env: {
      PORT: String(port),
      DATA_DIR: e2eDataDir,
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "e2e-secret-not-for-production-0123456789",
      SMTP_URL: `smtp://127.0.0.1:${e2eSmtpPort}`,
      OUTBOX_POLL_MS: "300",
      // basemap tiles from a port where nothing listens: they fail at once (as offline), the "kaart kan niet laden" note shows, no test waits on the internet
      MAP_TILE_URL: "http://127.0.0.1:9/{z}/{x}/{y}.png",
      LOCATIESERVER_URL: `http://127.0.0.1:${e2eLocatieserverPort}/bzk/locatieserver/search/v3_1`,
      // as if behind a reverse proxy on this machine: X-Forwarded-For is read from the right (tests/e2e/rate-limits.spec.ts)
      TRUSTED_PROXIES: "127.0.0.1,::1",
    },
  },
});
