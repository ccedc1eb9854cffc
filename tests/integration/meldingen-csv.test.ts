// Meldingen from another system as CSV: RD coordinates converted, each bad
// row named by its line with nothing written, "controleren" writes nothing,
// "inlezen" is idempotent by id, and only the beheerder may.
import proj4 from "proj4";
import { beforeAll, describe, expect, it } from "vitest";
import { importMeldingenCsvAction } from "../../lib/actions/beheer/import-meldingen-csv.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { labelPoint, type AreaGeometry } from "../../lib/geo/geometry.ts";
import { RD_NEW as RD, rdToWgs84 } from "../../lib/geo/rd.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let file: string;
let category: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  const [a, b] = await db.prisma.buurt.findMany({ orderBy: { code: "asc" }, take: 2, select: { geometry: true } });
  const [lngA, latA] = labelPoint(a.geometry as unknown as AreaGeometry);
  const [x, y] = proj4("WGS84", RD, labelPoint(b.geometry as unknown as AreaGeometry));
  category = (await db.prisma.meldingCategory.findFirstOrThrow({ where: { active: true, defaultDepartmentId: { not: null } }, orderBy: { name: "asc" } })).name;
  file = [
    "id;datum;categorie;status;afgehandeld_op;lat;lon;x;y",
    `M-1;2026-03-14;${category};nieuw;;${latA};${lngA};;`,
    `M-2;14-3-2026 10:00;${category};afgehandeld;2026-03-20;;;${x.toFixed(1)};${y.toFixed(1)}`,
  ].join("\n");
});

describe("meldingen as CSV", () => {
  it("converts RD New to WGS84 (Amersfoort, the origin of the grid)", () => {
    const p = rdToWgs84(155000, 463000)!;
    expect(p.lat).toBeCloseTo(52.1552, 3);
    expect(p.lng).toBeCloseTo(5.3872, 3);
    expect(rdToWgs84(1, 1)).toBeNull();
  });

  it("checks without writing, names every bad row by its line, and writes nothing while one is bad", async () => {
    const before = await fingerprint(db.prisma);
    const checked = await importMeldingenCsvAction.run(beheerder, { fileName: "m.csv", payload: file, mode: "controleren" }, db.prisma);
    expect(checked).toMatchObject({ ok: true, data: { rows: 2, issues: [], written: 0 } });
    const bad = `${file}\nM-3;gisteren;Onbekend;kwijt;;50.85;5.69;;\nM-1;2026-03-14;${category};nieuw;;52.37;4.89;;`;
    const refused = await importMeldingenCsvAction.run(beheerder, { fileName: "m.csv", payload: bad, mode: "inlezen" }, db.prisma);
    if (!refused.ok) throw new Error(refused.error);
    expect(refused.data.written).toBe(0);
    expect(refused.data.issues.map((i) => [i.line, i.key, i.message])).toEqual([
      [
        4,
        "M-3",
        'datum "gisteren" is geen datum (gebruik 2026-03-14); categorie "Onbekend" bestaat niet in het portaal; status "kwijt" is onbekend (nieuw, in behandeling, afgehandeld of afgewezen)',
      ],
      [5, "M-1", "id M-1 staat twee keer in het bestand; de plek ligt buiten de buurten van de gemeente"],
    ]);
    const other = await sessionUser(db.prisma, "regisseur.noord@demo.example");
    expect((await importMeldingenCsvAction.run(other, { fileName: "m.csv", payload: file, mode: "inlezen" }, db.prisma)).ok).toBe(false);
    expect((await importMeldingenCsvAction.run(beheerder, { fileName: "m.csv", payload: "", mode: "inlezen" }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("reads in once, and a second time updates the same meldingen (idempotent by id)", async () => {
    const first = await importMeldingenCsvAction.run(beheerder, { fileName: "m.csv", payload: file, mode: "inlezen" }, db.prisma);
    expect(first).toMatchObject({ ok: true, data: { written: 2, existing: 0 } });
    const m2 = await db.prisma.melding.findFirstOrThrow({ where: { origin: "CSV", externalId: "M-2" }, include: { buurt: true } });
    expect(m2).toMatchObject({ status: "AFGEHANDELD", publicAnswer: "Afgehandeld in het meldingensysteem." });
    expect(m2.closedAt?.toISOString()).toBe("2026-03-20T12:00:00.000Z");
    expect(m2.buurt).not.toBeNull();
    const again = await importMeldingenCsvAction.run(
      beheerder,
      { fileName: "m.csv", payload: file.replace(";nieuw;", ";in behandeling;"), mode: "inlezen" },
      db.prisma,
    );
    expect(again).toMatchObject({ ok: true, data: { written: 2, existing: 2 } });
    expect(await db.prisma.melding.count({ where: { origin: "CSV" } })).toBe(2);
    expect((await db.prisma.melding.findFirstOrThrow({ where: { origin: "CSV", externalId: "M-1" } })).status).toBe("IN_BEHANDELING");
    expect(await db.prisma.auditEvent.count({ where: { action: "meldingen.csv", actorId: beheerder.id } })).toBe(2);
  });
});
