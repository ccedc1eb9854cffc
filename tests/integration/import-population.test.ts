// The CBS population importer: good rows land per buurt and age band; a file
// with a bad row is refused whole, with the row named.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { importAreas } from "../../lib/import/import-areas.ts";
import { importPopulation } from "../../lib/import/import-population.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
  await importAreas(db.prisma, await readFile(path.resolve(import.meta.dirname, "../../prisma/data/maastricht-buurten.geojson"), "utf8"));
});

describe("importPopulation", () => {
  it("imports inhabitants and age bands per buurt, and re-import replaces them", async () => {
    const csv = "buurtcode;inwoners;0-14;15-24;25-44;45-64;65+\nBU09350000;2390;200;600;700;500;390\nBU09350001;3105;.;.;.;.;.\n";
    const result = await importPopulation(db.prisma, csv, 2024);
    expect(result).toEqual({ ok: true, buurten: 2, figures: 7, year: 2024 });
    const again = await importPopulation(db.prisma, csv.replace("2390", "2400"), 2024);
    expect(again.ok).toBe(true);
    const total = await db.prisma.populationFigure.findFirst({ where: { areaCode: "BU09350000", ageBand: null, year: 2024 } });
    expect(total?.count).toBe(2400);
    expect(await db.prisma.populationFigure.count({ where: { year: 2024 } })).toBe(7);
  });

  it("names every bad row and changes nothing", async () => {
    const before = await db.prisma.populationFigure.count();
    const csv = [
      "buurtcode,inwoners,0-14,15-24,25-44,45-64,65+",
      "BU09350002,1000,100,100,100,100,100",
      "BU99999999,1000,,,,,",
      "BU09350003,veel,,,,,",
      "BU09350004,100,50,50,50,0,0",
    ].join("\n");
    const result = await importPopulation(db.prisma, csv, 2025);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(3);
    expect(result.issues[0]).toMatchObject({ item: 2, line: 3, key: "BU99999999" });
    expect(result.issues[0].message).toMatch(/onbekende buurt/);
    expect(result.issues[1].message).toMatch(/inwoners is geen geheel getal/);
    expect(result.issues[2].message).toMatch(/meer dan het aantal inwoners/);
    expect(await db.prisma.populationFigure.count()).toBe(before);
  });

  it("reads CBS's own export, whatever the year's key suffixes, passing over gemeente and wijk rows", async () => {
    // the layout of 85984NED (2024) and of a later table whose keys are numbered differently
    const layouts = [
      {
        year: 2026,
        keys: [
          "ID",
          "WijkenEnBuurten",
          "Gemeentenaam_1",
          "SoortRegio_2",
          "Codering_3",
          "AantalInwoners_5",
          "k_0Tot15Jaar_8",
          "k_15Tot25Jaar_9",
          "k_25Tot45Jaar_10",
          "k_45Tot65Jaar_11",
          "k_65JaarOfOuder_12",
        ],
      },
      {
        year: 2027,
        keys: [
          "ID",
          "WijkenEnBuurten",
          "Gemeentenaam_1",
          "SoortRegio_2",
          "Codering_3",
          "AantalInwoners_6",
          "k_0Tot15Jaar_9",
          "k_15Tot25Jaar_10",
          "k_25Tot45Jaar_11",
          "k_45Tot65Jaar_12",
          "k_65JaarOfOuder_13",
        ],
      },
    ];
    for (const { year, keys } of layouts) {
      const csv = [
        keys.map((k) => `"${k}"`).join(";"),
        `"0";"GM0935    ";"Maastricht";"Gemeente  ";"GM0935    ";"121000";"15000";"20000";"30000";"30000";"26000"`,
        `"1";"WK093500  ";"Maastricht";"Wijk      ";"WK093500  ";"5000";"500";"900";"1500";"1200";"900"`,
        `"2";"BU09350000";"Maastricht";"Buurt     ";"BU09350000";"2390";"200";"600";"700";"500";"390"`,
        `"3";"BU09350001";"Maastricht";"Buurt     ";"BU09350001";"3105";".";".";".";".";"."`,
      ].join("\r\n");
      expect(await importPopulation(db.prisma, csv, year)).toEqual({ ok: true, buurten: 2, figures: 7, year });
      const bands = await db.prisma.populationFigure.findMany({
        where: { areaCode: "BU09350000", year },
        orderBy: { ageBand: "asc" },
        select: { ageBand: true, count: true },
      });
      expect(bands.map((b) => b.count)).toEqual([200, 600, 700, 500, 390, 2390]);
    }
  });

  it("in the CBS layout too, a bad buurt row is named by line and nothing is written", async () => {
    const before = await db.prisma.populationFigure.count();
    const csv = [`"ID";"WijkenEnBuurten";"AantalInwoners_5";"k_0Tot15Jaar_8"`, `"0";"BU09350002";"1000";"100"`, `"1";"BU09350003";"duizend";"100"`].join("\n");
    const result = await importPopulation(db.prisma, csv, 2028);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues).toEqual([expect.objectContaining({ line: 3, key: "BU09350003", message: expect.stringMatching(/inwoners is geen geheel getal/) })]);
    expect(await db.prisma.populationFigure.count()).toBe(before);
  });

  it("says which column is missing", async () => {
    const result = await importPopulation(db.prisma, "code;aantal\nBU09350000;5\n", 2024);
    expect(!result.ok && result.issues[0].message).toMatch(/kolom ontbreekt: buurtcode, inwoners/);
  });
});
