// Bench part "stadsdeelanalyse": 200 indicators × every buurt × 10 years
// (88,000 values with 44 buurten; plus the stadsdelen and the gemeente)
// added by INSERT … SELECT (timed: the raw baseline for loading), then the
// public analyse page through HTTP against its own queries in raw SQL; and
// one year of the national CBS Kerncijfers table (~17,000 regions, every
// gemeente, wijk and buurt; this gemeente's real codes) imported through
// the real server action in process (parse, check, write, audit), next to a
// raw COPY of the same file's rows into a table.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { importCbsKerncijfersAction } from "../../lib/actions/indicator/import-cbs-kerncijfers.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";

export async function seedIndicatorValues(dbUrl: string, indicators: number, years: number) {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const t = performance.now();
    await client.query(
      `INSERT INTO "Indicator" (id, code, name, unit, polarity, kind, source, "updatedAt")
      SELECT 'bench-i' || g, 'bench.indicator-' || g, 'Benchindicator ' || g, 'PERCENTAGE', 'HOGER_BETER', 'EFFECT', 'Bench', now() FROM generate_series(1, $1::int) g`,
      [indicators],
    );
    await client.query(
      `
      WITH areas AS (SELECT 'BUURT' AS level, code FROM "Buurt" UNION ALL SELECT 'STADSDEEL', slug FROM "Stadsdeel" UNION ALL SELECT 'GEMEENTE', 'GM' || substr(min(code), 3, 4) FROM "Buurt")
      INSERT INTO "IndicatorWaarde" (id, "indicatorId", level, "areaCode", "periodStart", "periodEnd", value, n, source)
      SELECT 'bench-w' || i || '-' || a.code || '-' || y, 'bench-i' || i, a.level::"IndicatorLevel", a.code, make_date(y, 1, 1), make_date(y, 12, 31),
             40 + (hashtext(a.code || i || y) % 400) / 10.0, 5 + abs(hashtext(a.code || y::text)) % 200, 'Bench'
      FROM generate_series(1, $1::int) i, areas a, generate_series(extract(year FROM now())::int - $2::int, extract(year FROM now())::int - 1) y`,
      [indicators, years],
    );
    await client.query(`VACUUM ANALYZE "IndicatorWaarde"`);
    const n = await client.query<{ n: number; b: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE level = 'BUURT')::int AS b FROM "IndicatorWaarde" WHERE source = 'Bench'`,
    );
    return { seconds: (performance.now() - t) / 1000, values: n.rows[0].n, buurtValues: n.rows[0].b };
  } finally {
    await client.end();
  }
}

/** The analyse page's queries in raw SQL for one stadsdeel and indicator. */
export async function rawAnalyseQueries(dbUrl: string, slug: string, code: string): Promise<[string, unknown[]][]> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  try {
    const codes = (
      await client.query<{ code: string }>(`SELECT b.code FROM "Buurt" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = $1`, [slug])
    ).rows.map((r) => r.code);
    const gm = `GM${codes[0].slice(2, 6)}`;
    return [
      [`SELECT b.code, b.name, b.geometry FROM "Buurt" b JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE s.slug = $1 ORDER BY b.name`, [slug]],
      [
        `SELECT i.id, i.code, i.name FROM "Indicator" i WHERE EXISTS (SELECT 1 FROM "IndicatorWaarde" w WHERE w."indicatorId" = i.id AND ((w.level = 'BUURT' AND w."areaCode" = ANY($1)) OR (w.level = 'STADSDEEL' AND w."areaCode" = $2))) ORDER BY i.kind, i.name`,
        [codes, slug],
      ],
      [
        `SELECT w.level, w."areaCode", w."periodStart", w."periodEnd", w.value, w.n, w.source FROM "IndicatorWaarde" w JOIN "Indicator" i ON i.id = w."indicatorId"
        WHERE i.code = $1 AND ((w.level = 'BUURT' AND w."areaCode" = ANY($2)) OR (w.level = 'STADSDEEL' AND w."areaCode" = $3) OR (w.level = 'GEMEENTE' AND w."areaCode" = $4)) ORDER BY w."periodEnd", w."periodStart"`,
        [code, codes, slug, gm],
      ],
    ];
  } finally {
    await client.end();
  }
}

/** A national Kerncijfers table in CBS's layout: NL00, ~340 gemeenten with wijken and buurten, this gemeente's real codes among them. */
async function nationalTable(dbUrl: string, regions: number): Promise<string> {
  const client = new pg.Client({ connectionString: dbUrl });
  await client.connect();
  const own = await client.query<{ code: string; wijk: string }>(
    `SELECT b.code, w.code AS wijk FROM "Buurt" b JOIN "Wijk" w ON w.id = b."wijkId" ORDER BY b.code`,
  );
  await client.end();
  const header = [
    "ID",
    "WijkenEnBuurten",
    "Gemeentenaam_1",
    "SoortRegio_2",
    "Codering_3",
    "AantalInwoners_5",
    "Mannen_6",
    "Vrouwen_7",
    "k_0Tot15Jaar_8",
    "k_15Tot25Jaar_9",
    "k_25Tot45Jaar_10",
    "k_45Tot65Jaar_11",
    "k_65JaarOfOuder_12",
    "HuishoudensTotaal_29",
    "GemiddeldeHuishoudensgrootte_33",
    "Bevolkingsdichtheid_34",
    "Woningvoorraad_35",
    "GemiddeldeWOZWaardeVanWoningen_39",
    "Koopwoningen_47",
    "HuurwoningenTotaal_48",
    "InBezitWoningcorporatie_49",
    "GemiddeldInkomenPerInkomensontvanger_77",
    "GemiddeldInkomenPerInwoner_78",
    "k_40PersonenMetLaagsteInkomen_79",
    "k_20PersonenMetHoogsteInkomen_80",
    "BedrijfsvestigingenTotaal_95",
    "PersonenautoSTotaal_104",
    "OppervlakteTotaal_115",
    "MateVanStedelijkheid_120",
    "Omgevingsadressendichtheid_121",
  ];
  const lines = [header.join(";")];
  const row = (i: number, code: string, kind: string) => {
    const v = (k: number) => (i % 17 === k % 17 ? "." : String(((i * 31 + k * 7) % 900) + 10)); // some suppressed, as CBS does
    lines.push([i, code.padEnd(10), `Gemeente ${code.slice(2, 6)}`, kind, code, ...Array.from({ length: header.length - 5 }, (_, k) => v(k))].join(";"));
  };
  row(0, "NL00", "Land");
  const gm = own.rows[0].code.slice(2, 6);
  row(1, `GM${gm}`, "Gemeente");
  for (const w of new Set(own.rows.map((r) => r.wijk))) row(lines.length, w, "Wijk");
  for (const b of own.rows) row(lines.length, b.code, "Buurt");
  for (let g = 1; lines.length < regions + 1; g++) {
    const c = String(g).padStart(4, "0");
    if (c === gm) continue;
    row(lines.length, `GM${c}`, "Gemeente");
    for (let w = 0; w < 10 && lines.length < regions + 1; w++) {
      row(lines.length, `WK${c}${String(w).padStart(2, "0")}`, "Wijk");
      for (let b = 0; b < 4 && lines.length < regions + 1; b++) row(lines.length, `BU${c}${String(w).padStart(2, "0")}${String(b).padStart(2, "0")}`, "Buurt");
    }
  }
  return lines.join("\n") + "\n";
}

export async function benchCbsImport(dbUrl: string, regions: number) {
  const csv = await nationalTable(dbUrl, regions);
  const prisma = createPrismaClient(dbUrl);
  try {
    const u = await prisma.user.findUniqueOrThrow({ where: { email: "beheerder@demo.example" } });
    const beheerder = {
      id: u.id,
      email: u.email,
      name: u.name,
      role: u.role,
      departmentId: null,
      stadsdeelIds: [],
      wethouderStadsdeelId: null,
      organisationId: null,
    };
    const input = { year: "2024", fileName: "85984NED.csv", payload: csv, apply: "1" };
    const t = performance.now();
    const r = await importCbsKerncijfersAction.run(beheerder, input, prisma);
    const actionMs = performance.now() - t;
    if (!r.ok || r.data.issues.length) throw new Error(`CBS import refused: ${JSON.stringify(r).slice(0, 300)}`);
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      const header = csv.slice(0, csv.indexOf("\n")).split(";");
      await client.query(`CREATE TEMP TABLE bench_kwb (${header.map((h) => `"${h}" text`).join(", ")})`);
      const c = performance.now();
      await pipeline(Readable.from([csv.slice(csv.indexOf("\n") + 1)]), client.query(copyFrom(`COPY bench_kwb FROM STDIN WITH (FORMAT csv, DELIMITER ';')`)));
      const copyMs = performance.now() - c;
      return { rows: csv.split("\n").length - 2, bytes: csv.length, actionMs, copyMs, regions: r.data.regions, values: r.data.added + r.data.changed };
    } finally {
      await client.end();
    }
  } finally {
    await prisma.$disconnect();
  }
}
