// An empty install as a municipality starts it (SEED_DEMO=false): `npm start`
// prints a one-time setup link whose page offers to create the first
// beheerder; `npm run admin:create` makes one for scripted installs and
// prints a set-password link (again while it is unused); GET /api/health
// answers (that no setup link exists once a beheerder can sign in is tested
// in tests/integration/first-run.test.ts). With the
// municipality's own areas imported, seed and bench:seed refuse to add demo rows.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { type PortalProcess, projectRoot as root, startPortal } from "../setup/portal-process.ts";

const run = promisify(execFile);
let portal: PortalProcess | null = null;

afterAll(async () => {
  await portal?.stop();
});

describe("first run of an empty install", () => {
  it(
    "prints a setup link, serves its page and the health check; admin:create prints a set-password link (again while it is unused) and refuses a bad address",
    { timeout: 240_000 },
    async () => {
      portal = await startPortal();
      const { env, port } = portal;
      const output = portal.output();
      const health = await fetch(`http://localhost:${port}/api/health`);
      expect(await health.json()).toMatchObject({ ok: true, database: "ok" });
      const link = /(http:\/\/localhost:\d+\/installatie\/[\w-]+)/.exec(output)?.[1];
      expect(link, output).toBeTruthy();
      const page = await (await fetch(link!)).text();
      expect(page).toContain("Beheerder aanmaken");
      expect(await (await fetch(`http://localhost:${port}/installatie/verzonnen-code-0123456789`)).text()).toContain("verlopen of al gebruikt");

      const cli = (email: string) =>
        run(process.execPath, ["scripts/admin-create.ts", "--email", email, "--name", "Script Beheerder"], { cwd: root, env }).then(
          (r) => ({ code: 0, out: r.stdout }),
          (e) => ({ code: e.code as number, out: `${e.stdout}${e.stderr}` }),
        );
      const made = await cli("script@gemeente.example");
      expect(made.code, made.out).toBe(0);
      const setPassword = /(http:\/\/localhost:\d+\/wachtwoord\/[\w-]+)/.exec(made.out)?.[1];
      expect(await (await fetch(setPassword!)).text()).toContain("Script Beheerder");
      // the link is not used yet, so a second run re-issues one for the same account
      expect((await cli("script@gemeente.example")).code).toBe(0);
      expect((await cli("geen-adres")).code).toBe(2);

      // the municipality's own areas make it a non-demo database: seed and bench:seed leave it alone
      const script = (file: string, ...args: string[]) =>
        run(process.execPath, [`scripts/${file}`, ...args], { cwd: root, env }).then(
          (r) => ({ code: 0, out: r.stdout }),
          (e) => ({ code: e.code as number, out: `${e.stdout}${e.stderr}` }),
        );
      expect((await script("import-areas.ts", "prisma/data/maastricht-buurten.geojson")).code).toBe(0);
      const seed = await script("seed.ts");
      expect([seed.code, seed.out]).toEqual([1, expect.stringContaining("alleen in een lege database")]);
      const bench = await script("bench-seed.ts", "--meldingen", "10");
      expect([bench.code, bench.out]).toEqual([1, expect.stringContaining("geen demo")]);
    },
  );
});
