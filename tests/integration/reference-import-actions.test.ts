// The beheerder's uploads: the gebiedsindeling (preview, apply exactly the
// plan that was seen, removals refused while data refers to them) and CBS
// reference figures per year. Valid, invalid and every other role, with the
// database unchanged after every refusal.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importAreaFileAction } from "../../lib/actions/beheer/import-area-file.ts";
import { importPopulationFileAction } from "../../lib/actions/beheer/import-population-file.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

type Feature = { properties: Record<string, string>; geometry: { coordinates: number[][][] } };
type Collection = { type: string; features: Feature[] };

let db: TestDatabase;
let beheerder: SessionUser;
let others: SessionUser[];
let maastricht: string;
const file = (json: Collection) => JSON.stringify(json);
const fresh = (): Collection => JSON.parse(maastricht);

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  others = await Promise.all(
    ["regisseur.noord@demo.example", "wethouder.zuid@demo.example", "medewerker.verkeer@demo.example"].map((e) => sessionUser(db.prisma, e)),
  );
  maastricht = await readFile(path.resolve(import.meta.dirname, "../../prisma/data/maastricht-buurten.geojson"), "utf8");
});

async function preview(text: string) {
  const r = await importAreaFileAction.run(beheerder, { fileName: "indeling.geojson", payload: text }, db.prisma);
  if (!r.ok) throw new Error(r.error);
  return r.data;
}

describe("gebiedsindeling upload", () => {
  it("previews without writing, applies only the plan that was seen, and audits who did it", async () => {
    const json = fresh();
    const boschpoort = json.features.find((f) => f.properties.buurtnaam === "Boschpoort")!;
    boschpoort.properties.stadsdeel = "Noord-West";
    json.features[0].properties.buurtnaam = "Binnenstad (nieuwe naam)";
    const extra = structuredClone(json.features[1]);
    extra.properties = { ...extra.properties, buurtcode: `BU${extra.properties.wijkcode.slice(2)}99`, buurtnaam: "Proefbuurt", stadsdeel: "Proefdeel" };
    json.features.push(extra);

    const before = await fingerprint(db.prisma);
    const seen = await preview(file(json));
    expect(await fingerprint(db.prisma)).toEqual(before);
    const plan = seen.plan!;
    expect(plan.counts).toEqual({ new: 1, changed: 2, unchanged: 42, removed: 0, total: 45 });
    expect(plan.buurten.find((b) => b.name === "Boschpoort")?.changes).toEqual(["stadsdeel: Zuid → Noord-West"]);
    expect(plan.stadsdelen.find((s) => s.name === "Proefdeel")).toMatchObject({ kind: "new", buurten: 1 });
    expect(plan.blocked).toEqual([]);

    const stale = await importAreaFileAction.run(
      beheerder,
      { fileName: "indeling.geojson", payload: file(json), digest: "0".repeat(32), commit: "1" },
      db.prisma,
    );
    expect(stale.ok && stale.data.stale).toBe(true);
    expect(await fingerprint(db.prisma)).toEqual(before);

    const applied = await importAreaFileAction.run(
      beheerder,
      { fileName: "indeling.geojson", payload: file(json), digest: plan.digest, commit: "1" },
      db.prisma,
    );
    expect(applied.ok && applied.data.committed).toBe(true);
    const moved = await db.prisma.buurt.findUniqueOrThrow({ where: { code: boschpoort.properties.buurtcode }, include: { stadsdeel: true } });
    expect(moved.stadsdeel.name).toBe("Noord-West");
    expect(await db.prisma.stadsdeel.count()).toBe(8);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "areas.import" }, orderBy: { createdAt: "desc" } });
    expect([audit.actorId, (audit.details as { buurten: { updated: number } }).buurten.updated]).toEqual([beheerder.id, 2]);

    // the proefbuurt has nothing pointing at it: leaving it out of the next file removes it and its stadsdeel
    const back = await preview(maastricht);
    expect(back.plan!.counts).toMatchObject({ removed: 1, changed: 2 });
    expect(back.plan!.stadsdelen.find((s) => s.name === "Proefdeel")).toMatchObject({ kind: "removed", inUse: "" });
    const undone = await importAreaFileAction.run(
      beheerder,
      { fileName: "maastricht.geojson", payload: maastricht, digest: back.plan!.digest, commit: "1" },
      db.prisma,
    );
    expect(undone.ok && undone.data.committed).toBe(true);
    expect([await db.prisma.stadsdeel.count(), await db.prisma.buurt.count()]).toEqual([7, 44]);
  });

  it("refuses to remove a buurt that inbreng, residents or meldingen refer to, naming the counts, and changes nothing", async () => {
    const used = await db.prisma.buurt.findFirstOrThrow({ where: { inbreng: { some: {} } }, include: { _count: { select: { inbreng: true } } } });
    const json = fresh();
    json.features = json.features.filter((f) => f.properties.buurtcode !== used.code);
    const before = await fingerprint(db.prisma);
    const seen = await preview(file(json));
    expect(seen.plan!.blocked).toHaveLength(1);
    expect(seen.plan!.blocked[0]).toContain(`Buurt ${used.name} (${used.code}) kan niet weg: ${used._count.inbreng} inbreng`);
    const refused = await importAreaFileAction.run(
      beheerder,
      { fileName: "x.geojson", payload: file(json), digest: seen.plan!.digest, commit: "1" },
      db.prisma,
    );
    expect(!refused.ok && refused.fieldErrors?.payload).toMatch(/kan niet worden toegepast/);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("names bad features, refuses an empty upload, a file that changes nothing, and every other role — nothing written", async () => {
    const before = await fingerprint(db.prisma);
    const json = fresh();
    json.features[3].properties.buurtcode = "BU12";
    const bad = await preview(file(json));
    expect([bad.plan, bad.issues.map((i) => i.item)]).toEqual([null, [4]]);
    expect(bad.issues[0].message).toMatch(/^buurtcode: buurtcode moet de vorm BU12345678 hebben/);
    const empty = await importAreaFileAction.run(beheerder, { fileName: "", payload: "" }, db.prisma);
    expect(!empty.ok && empty.fieldErrors?.payload).toBe("Kies een GeoJSON-bestand.");
    const same = await preview(maastricht);
    const nothing = await importAreaFileAction.run(
      beheerder,
      { fileName: "m.geojson", payload: maastricht, digest: same.plan!.digest, commit: "1" },
      db.prisma,
    );
    expect(!nothing.ok && nothing.fieldErrors?.payload).toMatch(/verandert niets/);
    for (const who of others) {
      const r = await importAreaFileAction.run(who, { fileName: "m.geojson", payload: maastricht, digest: same.plan!.digest, commit: "1" }, db.prisma);
      expect(r.ok).toBe(false);
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("CBS reference figures upload", () => {
  const cbs = (inhabitants: string) =>
    [
      `"ID";"WijkenEnBuurten";"Gemeentenaam_1";"SoortRegio_2";"AantalInwoners_5";"k_0Tot15Jaar_8";"k_15Tot25Jaar_9";"k_25Tot45Jaar_10";"k_45Tot65Jaar_11";"k_65JaarOfOuder_12"`,
      `"0";"GM0935    ";"Maastricht";"Gemeente  ";"121000";"15000";"20000";"30000";"30000";"26000"`,
      `"1";"BU09350000";"Maastricht";"Buurt     ";"${inhabitants}";"200";"600";"700";"500";"390"`,
      `"2";"BU09350001";"Maastricht";"Buurt     ";"3105";"300";"500";"900";"800";"605"`,
    ].join("\r\n");

  it("imports a year in CBS's layout, audited as the beheerder, and says how many buurten have no figures", async () => {
    const r = await importPopulationFileAction.run(beheerder, { fileName: "85984NED.csv", payload: cbs("2390"), year: "2024" }, db.prisma);
    if (!r.ok) throw new Error(r.error);
    expect(r.data).toMatchObject({ year: 2024, buurten: 2, figures: 12, issues: [], missing: 42 });
    expect(await db.prisma.populationFigure.count({ where: { level: "BUURT", year: 2024 } })).toBe(12);
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { action: "population.import" }, orderBy: { createdAt: "desc" } });
    expect(audit.actorId).toBe(beheerder.id);
  });

  it("refuses a missing year, a bad row (named by line) and every other role, writing nothing", async () => {
    const before = await fingerprint(db.prisma);
    const noYear = await importPopulationFileAction.run(beheerder, { fileName: "a.csv", payload: cbs("2390"), year: "" }, db.prisma);
    expect(!noYear.ok && noYear.fieldErrors?.year).toBe("Vul het jaar in waarop de cijfers betrekking hebben.");
    const oldYear = await importPopulationFileAction.run(beheerder, { fileName: "a.csv", payload: cbs("2390"), year: "1850" }, db.prisma);
    expect(!oldYear.ok && oldYear.fieldErrors?.year).toBe("Het jaar is minimaal 1990.");
    const badRow = await importPopulationFileAction.run(beheerder, { fileName: "a.csv", payload: cbs("veel"), year: "2025" }, db.prisma);
    expect(badRow.ok && badRow.data.issues.map((i) => [i.line, i.key])).toEqual([[3, "BU09350000"]]);
    for (const who of others)
      expect((await importPopulationFileAction.run(who, { fileName: "a.csv", payload: cbs("2390"), year: "2025" }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});
