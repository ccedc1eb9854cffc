// Pulling meldingen from Signalen into PostgreSQL: N signals served by the
// local fake of Signalen's API (tests/setup/signalen-fake.ts, 100 per page
// as Signalen pages) through the real pull (HTTP, parsing, point in
// polygon, upsert per page with the cursor), next to a raw COPY of the same
// rows into a table of the same shape in the same run.
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { labelPoint, type AreaGeometry } from "../../lib/geo/geometry.ts";
import { createPrismaClient } from "../../lib/prisma-client.ts";
import { pullSignals } from "../../lib/signalen/pull-signals.ts";
import { categoryUrl, startSignalenFake, type FakeSignal } from "../../tests/setup/signalen-fake.ts";

export async function benchSignalenPull(dbUrl: string, n: number) {
  const prisma = createPrismaClient(dbUrl);
  const buurten = await prisma.buurt.findMany({ select: { geometry: true } });
  const points = buurten.map((b) => labelPoint(b.geometry as unknown as AreaGeometry));
  const path = "/signals/v1/public/terms/categories/wegen/sub_categories/bench";
  const base = Date.parse("2025-01-01T00:00:00Z");
  const signals: FakeSignal[] = Array.from({ length: n }, (_, i) => {
    const at = new Date(base + i * 1000).toISOString();
    const [lng, lat] = points[i % points.length];
    return {
      id: 500_000 + i,
      text: `Bench-melding ${i}`,
      state: ["m", "b", "o"][i % 3],
      stateText: "Opgelost.",
      category: categoryUrl("wegen", "bench"),
      lng,
      lat,
      createdAt: at,
      updatedAt: at,
    };
  });
  const fake = await startSignalenFake(signals, "bench-token-0123456789");
  try {
    const category = await prisma.meldingCategory.findFirstOrThrow({ where: { defaultDepartmentId: { not: null } } });
    await prisma.signalenCategory.upsert({ where: { path }, create: { path, categoryId: category.id }, update: { categoryId: category.id } });
    await prisma.meldingSource.upsert({
      where: { id: "signalen" },
      create: { baseUrl: fake.url, token: "bench-token-0123456789" },
      update: { baseUrl: fake.url, token: "bench-token-0123456789", cursor: null, status: "nieuw" },
    });
    const t = performance.now();
    const report = await pullSignals(prisma);
    const pullMs = performance.now() - t;
    // baseline: the same rows, as they end up in Melding, COPY'd into a table of the same shape
    const client = new pg.Client({ connectionString: dbUrl });
    await client.connect();
    try {
      await client.query(`CREATE TEMP TABLE bench_melding (LIKE "Melding" INCLUDING DEFAULTS)`);
      const rows = await client.query(`SELECT * FROM "Melding" WHERE origin = 'SIGNALEN' AND "externalId"::int >= 500000`);
      const cols = rows.fields.map((f) => `"${f.name}"`).join(",");
      const esc = (v: unknown) =>
        v === null ? "\\N" : (v instanceof Date ? v.toISOString() : String(v)).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n");
      const text = rows.rows.map((r) => rows.fields.map((f) => esc(r[f.name])).join("\t")).join("\n") + "\n";
      const c = performance.now();
      await pipeline(Readable.from([text]), client.query(copyFrom(`COPY bench_melding (${cols}) FROM STDIN`)));
      const copyMs = performance.now() - c;
      return {
        n,
        imported: report?.imported ?? 0,
        pages: report?.pages ?? 0,
        pullRate: (n / pullMs) * 1000,
        copyRate: (rows.rowCount! / copyMs) * 1000,
        pullMs,
        copyMs,
      };
    } finally {
      await client.end();
    }
  } finally {
    await fake.close();
    await prisma.$disconnect();
  }
}
