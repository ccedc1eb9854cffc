// The import commands as a beheerder runs them: clear output, the bad
// feature or row named on stderr, exit code 1, and nothing changed.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { createTestDatabase } from "../setup/database.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const geojson = path.join(root, "prisma/data/maastricht-buurten.geojson");

async function cli(script: string, args: string[], url: string) {
  return run(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, DATABASE_URL: url } }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e) => ({ code: e.code as number, stdout: e.stdout as string, stderr: e.stderr as string }),
  );
}

describe("import commands", () => {
  it("import:areas loads the file, then refuses a broken copy naming the feature, changing nothing", async () => {
    const db = await createTestDatabase();
    const ok = await cli("scripts/import-areas.ts", [geojson], db.url);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/buurten:\s+44 \(44 nieuw/);

    const json = JSON.parse(await readFile(geojson, "utf8"));
    json.features[4].properties.wijkcode = "WK999999";
    json.features[4].properties.buurtnaam = "Gewijzigd";
    const dir = await mkdtemp(path.join(os.tmpdir(), "sdp-import-"));
    const bad = path.join(dir, "kapot.geojson");
    await writeFile(bad, JSON.stringify(json, null, 1));
    const refused = await cli("scripts/import-areas.ts", [bad], db.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/niets gewijzigd/);
    expect(refused.stderr).toMatch(/feature 5, regel \d+, BU09350004: wijkcode: buurtcode hoort niet bij de wijkcode/);
    expect(await db.prisma.buurt.count({ where: { name: "Gewijzigd" } })).toBe(0);
  });

  it("import:population names the bad row and changes nothing", async () => {
    const db = await createTestDatabase();
    await cli("scripts/import-areas.ts", [geojson], db.url);
    const dir = await mkdtemp(path.join(os.tmpdir(), "sdp-import-"));
    const csv = path.join(dir, "kerncijfers.csv");
    await writeFile(csv, "buurtcode;inwoners\nBU09350000;2390\nBU09350001;-5\n");
    const refused = await cli("scripts/import-population.ts", [csv, "--year", "2024"], db.url);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/rij 2, regel 3, BU09350001: inwoners is geen geheel getal/);
    expect(await db.prisma.populationFigure.count()).toBe(0);
    await writeFile(csv, "buurtcode;inwoners\nBU09350000;2390\n");
    const ok = await cli("scripts/import-population.ts", [csv, "--year", "2024"], db.url);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/1 buurten, 1 cijfers/);
  });
});
