// Afwijkende gebiedsindelingen: the CSV upload (buurtcode → eenheid) shows a
// preview that writes nothing, names every bad row of a refused file and
// writes nothing, refuses a wrong role and a missing owner, and on apply
// makes the units (the same name again replaces them). The database refuses
// two owners and a buurt twice in one division. The stadsdeel's "valt ook
// onder" equals direct SQL and is refused outside the user's stadsdelen.
import { beforeAll, describe, expect, it } from "vitest";
import { importGebiedsindelingAction } from "../../lib/actions/beheer/import-gebiedsindeling.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { listOverlappingEenheden } from "../../lib/data/areas/list-overlapping-eenheden.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let regisseur: SessionUser;
let codes: { code: string; stadsdeelId: string }[];
let owner: string;
const state = async () => [
  await fingerprint(db.prisma),
  await db.prisma.gebiedsindeling.findMany({ orderBy: { id: "asc" } }),
  await db.prisma.gebiedsEenheid.findMany({ orderBy: { id: "asc" } }),
  await db.prisma.gebiedsEenheidBuurt.count(),
];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  codes = await db.prisma.buurt.findMany({ orderBy: { code: "asc" }, take: 6, select: { code: true, stadsdeelId: true } });
  owner = `department:${(await db.prisma.department.findFirstOrThrow({ where: { slug: "wonen" } })).id}`;
});

const input = (csv: string, apply = false) => ({
  name: "Werkgebieden woningcorporatie (test)",
  owner,
  validFrom: "2026-01-01",
  fileName: "werkgebieden.csv",
  payload: csv,
  apply: apply ? "1" : "0",
});
const good = () =>
  `buurtcode;eenheid\n${codes
    .slice(0, 3)
    .map((c) => `${c.code};Werkgebied A`)
    .join("\n")}\n${codes
    .slice(3)
    .map((c) => `${c.code};Werkgebied B`)
    .join("\n")}\n`;

describe("afwijkende gebiedsindelingen", () => {
  it("a preview shows the units and writes nothing; a bad file names each row; a wrong role or no owner is refused — nothing written", async () => {
    const before = await state();
    const preview = await importGebiedsindelingAction.run(beheerder, input(good()), db.prisma);
    expect(preview).toMatchObject({
      ok: true,
      data: {
        committed: false,
        buurten: 6,
        units: [
          { name: "Werkgebied A", buurten: 3 },
          { name: "Werkgebied B", buurten: 3 },
        ],
      },
    });
    const bad = await importGebiedsindelingAction.run(
      beheerder,
      input(`buurtcode;eenheid\n${codes[0].code};A\nBU99999999;A\n${codes[0].code};B\n${codes[1].code};\n`),
      db.prisma,
    );
    expect(bad).toMatchObject({ ok: true, data: { committed: false } });
    expect((bad as { data: { issues: { item: number; message: string }[] } }).data.issues.map((i) => [i.item, i.message])).toEqual([
      [2, "Buurtcode BU99999999 bestaat niet in de gebiedsindeling van de gemeente."],
      [3, "Deze buurt staat al in rij 1; een buurt hoort bij één eenheid."],
      [4, "Geen eenheid: vul in bij welke eenheid deze buurt hoort."],
    ]);
    expect(await importGebiedsindelingAction.run(beheerder, input("code;gebied\nBU1;A\n", true), db.prisma)).toMatchObject({
      ok: true,
      data: { committed: false, issues: [{ message: "De eerste regel moet de kolommen ‘buurtcode’ en ‘eenheid’ noemen." }] },
    });
    expect(await importGebiedsindelingAction.run(regisseur, input(good(), true), db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await importGebiedsindelingAction.run(beheerder, { ...input(good(), true), owner: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { owner: "Kies van wie de indeling is: een afdeling of een partner." },
    });
    expect(await importGebiedsindelingAction.run(beheerder, { ...input(good(), true), validTo: "2025-12-31" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { validTo: "De einddatum ligt voor de begindatum." },
    });
    expect(await state()).toEqual(before);
  });

  it("applies the file; the same name again replaces the units", async () => {
    expect(await importGebiedsindelingAction.run(beheerder, input(good(), true), db.prisma)).toMatchObject({ ok: true, data: { committed: true } });
    const i = await db.prisma.gebiedsindeling.findUniqueOrThrow({
      where: { name: "Werkgebieden woningcorporatie (test)" },
      include: { eenheden: { include: { buurten: true } } },
    });
    expect(i.eenheden.map((e) => [e.name, e.buurten.length]).sort()).toEqual([
      ["Werkgebied A", 3],
      ["Werkgebied B", 3],
    ]);
    expect(await importGebiedsindelingAction.run(beheerder, input(`buurtcode,eenheid\n${codes[0].code},Alles\n`, true), db.prisma)).toMatchObject({
      ok: true,
      data: { committed: true },
    });
    const again = await db.prisma.gebiedsEenheid.findMany({ where: { indelingId: i.id }, include: { _count: { select: { buurten: true } } } });
    expect(again.map((e) => [e.name, e._count.buurten])).toEqual([["Alles", 1]]);
    expect(await db.prisma.auditEvent.count({ where: { action: "gebiedsindeling.import", entityId: i.id } })).toBe(2);
  });

  it("the database refuses two owners, and a buurt twice in one division", async () => {
    const org = await db.prisma.organisation.findFirstOrThrow();
    const dep = await db.prisma.department.findFirstOrThrow();
    await expect(
      db.prisma.gebiedsindeling.create({
        data: { name: "Twee eigenaren", validFrom: new Date("2026-01-01"), ownerDepartmentId: dep.id, ownerOrganisationId: org.id },
      }),
    ).rejects.toThrow(/Gebiedsindeling_one_owner_check/);
    const i = await db.prisma.gebiedsindeling.findUniqueOrThrow({
      where: { name: "Werkgebieden woningcorporatie (test)" },
      include: { eenheden: { include: { buurten: true } } },
    });
    const other = await db.prisma.gebiedsEenheid.create({ data: { indelingId: i.id, name: "Nog een" } });
    await expect(
      db.prisma.gebiedsEenheidBuurt.create({ data: { eenheidId: other.id, buurtId: i.eenheden[0].buurten[0].buurtId, indelingId: i.id } }),
    ).rejects.toThrow();
  });

  it("'valt ook onder' lists the units valid today over the stadsdeel's buurten, as SQL counts them; refused outside the user's stadsdelen", async () => {
    const sd = regisseur.stadsdeelIds[0];
    const units = await listOverlappingEenheden(regisseur, sd);
    const direct = await db.prisma.$queryRaw<{ id: string; n: bigint }[]>`
      SELECT e.id, count(*) AS n FROM "GebiedsEenheid" e JOIN "Gebiedsindeling" g ON g.id = e."indelingId"
      JOIN "GebiedsEenheidBuurt" eb ON eb."eenheidId" = e.id JOIN "Buurt" b ON b.id = eb."buurtId"
      WHERE b."stadsdeelId" = ${sd} AND g."validFrom" <= current_date AND (g."validTo" IS NULL OR g."validTo" >= current_date) GROUP BY e.id`;
    expect(units.length).toBeGreaterThan(0);
    expect(units.map((u) => [u.id, u.buurten.length]).sort()).toEqual(direct.map((d) => [d.id, Number(d.n)]).sort());
    expect(units.every((u) => u.owner !== "")).toBe(true);
    const foreign = await db.prisma.stadsdeel.findFirstOrThrow({ where: { id: { notIn: regisseur.stadsdeelIds } } });
    await expect(listOverlappingEenheden(regisseur, foreign.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
