// The areas importer on the real Maastricht file: counts, idempotence,
// outlines, and bad files refused with the feature named and nothing changed.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type AreaGeometry, containsPoint, labelPoint } from "../../lib/geo/geometry.ts";
import { importAreas } from "../../lib/import/import-areas.ts";
import { createTestDatabase } from "../setup/database.ts";

const file = path.resolve(import.meta.dirname, "../../prisma/data/maastricht-buurten.geojson");

async function counts(db: Awaited<ReturnType<typeof createTestDatabase>>) {
  const [stadsdelen, wijken, buurten, audits] = await Promise.all([
    db.prisma.stadsdeel.count(),
    db.prisma.wijk.count(),
    db.prisma.buurt.count(),
    db.prisma.auditEvent.count(),
  ]);
  return { stadsdelen, wijken, buurten, audits };
}

describe("importAreas", () => {
  it("loads 7 stadsdelen, 7 wijken and 44 buurten, and a second run changes nothing", async () => {
    const db = await createTestDatabase();
    const text = await readFile(file, "utf8");
    const first = await importAreas(db.prisma, text);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.summary.buurten).toEqual({ created: 44, updated: 0, unchanged: 0, removed: 0, total: 44 });
    expect(await counts(db)).toMatchObject({ stadsdelen: 7, wijken: 7, buurten: 44, audits: 1 });
    const names = (await db.prisma.stadsdeel.findMany({ orderBy: { name: "asc" } })).map((s) => `${s.slug}:${s.name}`);
    expect(names).toEqual(["centrum:Centrum", "noord:Noord", "noord-west:Noord-West", "oost:Oost", "west:West", "zuid:Zuid", "zuid-west:Zuid-West"]);

    const second = await importAreas(db.prisma, text);
    expect(second.ok && second.summary.buurten).toEqual({ created: 0, updated: 0, unchanged: 44, removed: 0, total: 44 });
    expect(await counts(db)).toMatchObject({ stadsdelen: 7, wijken: 7, buurten: 44, audits: 1 });
  });

  it("computes each stadsdeel outline as the union of its buurten", async () => {
    const db = await createTestDatabase();
    await importAreas(db.prisma, await readFile(file, "utf8"));
    const stadsdelen = await db.prisma.stadsdeel.findMany({ include: { buurten: true } });
    for (const s of stadsdelen) {
      expect(s.outline).not.toBeNull();
      const outline = s.outline as unknown as AreaGeometry;
      for (const b of s.buurten) {
        const [lng, lat] = labelPoint(b.geometry as unknown as AreaGeometry);
        expect(containsPoint(outline, lng, lat), `${b.name} inside ${s.name}`).toBe(true);
      }
    }
    // Boschpoort lies apart from the rest of Zuid (as published in 2022): Zuid is two pieces.
    const zuid = stadsdelen.find((s) => s.name === "Zuid")!;
    expect((zuid.outline as unknown as AreaGeometry).type).toBe("MultiPolygon");
  });

  it("moves a buurt to another stadsdeel on re-import and recomputes both outlines", async () => {
    const db = await createTestDatabase();
    const json = JSON.parse(await readFile(file, "utf8"));
    await importAreas(db.prisma, JSON.stringify(json));
    const boschpoort = json.features.find((f: { properties: { buurtnaam: string } }) => f.properties.buurtnaam === "Boschpoort");
    boschpoort.properties.stadsdeel = "Noord-West";
    const result = await importAreas(db.prisma, JSON.stringify(json));
    expect(result.ok && result.summary.buurten).toMatchObject({ updated: 1, unchanged: 43 });
    const buurt = await db.prisma.buurt.findUnique({ where: { code: boschpoort.properties.buurtcode }, include: { stadsdeel: true } });
    expect(buurt?.stadsdeel.name).toBe("Noord-West");
  });

  it("refuses a file with bad features, names each one, and changes nothing", async () => {
    const db = await createTestDatabase();
    const json = JSON.parse(await readFile(file, "utf8"));
    await importAreas(db.prisma, JSON.stringify(json));
    const before = await counts(db);
    json.features[2].properties.buurtcode = "BU12";
    delete json.features[5].properties.stadsdeel;
    json.features[7].properties.buurtnaam = "Nieuwe naam die niet mag landen";
    json.features[9].geometry.coordinates = [[[5.7, 50.8]]];
    const result = await importAreas(db.prisma, JSON.stringify(json, null, 1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.item)).toEqual([3, 6, 10]);
    expect(result.issues[0].message).toMatch(/buurtcode moet de vorm BU12345678 hebben/);
    expect(result.issues[1].message).toMatch(/stadsdeel ontbreekt/);
    expect(result.issues[2].message).toMatch(/minstens 4 punten/);
    expect(result.issues.every((i) => typeof i.line === "number" && i.line > 1)).toBe(true);
    expect(await counts(db)).toEqual(before);
    expect(await db.prisma.buurt.count({ where: { name: "Nieuwe naam die niet mag landen" } })).toBe(0);
  });

  it("refuses what is not GeoJSON with one clear message", async () => {
    const db = await createTestDatabase();
    const notJson = await importAreas(db.prisma, "{ kapot");
    expect(!notJson.ok && notJson.issues[0].message).toMatch(/geen geldige JSON/);
    const noCollection = await importAreas(db.prisma, JSON.stringify({ type: "Feature" }));
    expect(!noCollection.ok && noCollection.issues[0].message).toMatch(/FeatureCollection/);
    expect(await db.prisma.buurt.count()).toBe(0);
  });
});
