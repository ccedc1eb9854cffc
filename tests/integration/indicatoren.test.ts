// Stadsdeelanalyse: the peiling import (preview writes nothing, every bad row
// named, re-import changes nothing, a regisseur kept to their stadsdelen, a
// wrong role refused — database unchanged), the CBS Kerncijfers import
// (columns by key prefix whatever the edition's suffix, suppressed figures
// missing not zero, other gemeenten passed over), the derived "meldingen per
// 1,000" against a direct SQL count, suppression below the minimum n in the
// page data and the CSV export, and the catalogue action.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as exportCsv } from "../../app/(public)/stadsdelen/[slug]/cijfers.csv/route.ts";
import { importCbsKerncijfersAction } from "../../lib/actions/indicator/import-cbs-kerncijfers.ts";
import { importPeilingAction } from "../../lib/actions/indicator/import-peiling.ts";
import { saveIndicatorAction } from "../../lib/actions/indicator/save-indicator.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { getStadsdeelAnalyse } from "../../lib/data/indicators/get-analyse.ts";
import { deriveIndicators } from "../../lib/indicators/derive.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let west: SessionUser;
let wethouder: SessionUser;
let westBuurten: string[];
let noordBuurt: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  west = await sessionUser(db.prisma, "regisseur.west@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.oost@demo.example");
  westBuurten = (await db.prisma.buurt.findMany({ where: { stadsdeel: { slug: "west" } }, orderBy: { code: "asc" }, select: { code: true } })).map(
    (b) => b.code,
  );
  noordBuurt = (await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeel: { slug: "noord" } }, select: { code: true } })).code;
});

const peiling = (rows: string[]) => `indicator;gebied;periode;waarde;n;verdeling_eens;verdeling_neutraal;verdeling_oneens\n${rows.join("\n")}\n`;
const westFile = () =>
  peiling([
    ...westBuurten.map((c, i) => `peiling.veilig;${c};2026-10-01/2026-11-30;${60 + i},5;${40 + i};${60 + i},5;${25 - i},5;14`),
    "peiling.veilig;GM0935;2026-10-01/2026-11-30;66;2400;66;20;14",
  ]);
const input = (payload: string, apply = false) => ({ source: "Buurtpeiling 2026 (test)", fileName: "peiling.csv", payload, apply: apply ? "1" : "0" });
const waarden = () => db.prisma.indicatorWaarde.findMany({ orderBy: { id: "asc" } });

describe("peiling import", () => {
  it("previews without writing; names every bad row; refuses another stadsdeel's buurt and a wrong role — nothing written", async () => {
    const before = await fingerprint(db.prisma);
    const preview = await importPeilingAction.run(west, input(westFile()), db.prisma);
    expect(preview).toMatchObject({
      ok: true,
      data: {
        committed: false,
        rows: westBuurten.length + 1,
        summary: [{ indicator: "peiling.veilig", areas: westBuurten.length + 1, periods: ["2026-10-01 – 2026-11-30"] }],
      },
    });
    const bad = await importPeilingAction.run(
      beheerder,
      input(
        peiling([
          `peiling.veilig;BU99999999;2026;50;20;;;`,
          `peiling.veilig;${westBuurten[0]};2026-11-30/2026-10-01;50;20;;;`,
          `peiling.veilig;${westBuurten[0]};2026;50;20;50;30;10`,
          `peiling.veilig;${westBuurten[1]};2026;50;-4;;;`,
          `peiling.onbekend;${westBuurten[1]};2026;50;20;;;`,
          `portaal.meldingen-per-1000;${westBuurten[1]};2026;5;;;;`,
          `peiling.veilig;${westBuurten[2]};2026;veel;20;;;`,
        ]),
        true,
      ),
      db.prisma,
    );
    expect(bad.ok && bad.data.committed).toBe(false);
    expect(bad.ok && bad.data.issues.map((i) => [i.item, i.message])).toEqual([
      [1, "gebied ‘BU99999999’ is onbekend (gebruik een CBS-code GM…, WK…, BU… of de naam van een stadsdeel)."],
      [2, "het einde van de periode (2026-10-01) ligt voor het begin (2026-11-30)."],
      [3, "de verdeling telt op tot 90 % in plaats van 100 (± 2)."],
      [4, "n mag niet negatief zijn."],
      [5, "indicator ‘peiling.onbekend’ staat niet in de lijst met indicatoren."],
      [6, "indicator ‘portaal.meldingen-per-1000’ berekent het portaal zelf."],
      [7, "waarde ‘veel’ is geen getal."],
    ]);
    const foreign = await importPeilingAction.run(west, input(peiling([`peiling.veilig;${noordBuurt};2026;50;20;;;`]), true), db.prisma);
    expect(foreign.ok && foreign.data.issues[0].message).toMatch(/ligt niet in uw stadsdeel\.$/);
    expect(await importPeilingAction.run(wethouder, input(westFile(), true), db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await importPeilingAction.run(west, { ...input(westFile(), true), source: " " }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { source: expect.stringMatching(/^Vul de bron/) },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("writes the file; the same file again changes nothing; a changed value replaces the old one", async () => {
    const done = await importPeilingAction.run(west, input(westFile(), true), db.prisma);
    expect(done).toMatchObject({ ok: true, data: { committed: true, added: westBuurten.length + 1, changed: 0 } });
    const first = await waarden();
    const again = await importPeilingAction.run(west, input(westFile(), true), db.prisma);
    expect(again).toMatchObject({ ok: true, data: { committed: true, added: 0, changed: 0 } });
    expect(await waarden()).toEqual(first);
    const changed = await importPeilingAction.run(
      west,
      input(westFile().replace(`${westBuurten[0]};2026-10-01/2026-11-30;60,5`, `${westBuurten[0]};2026-10-01/2026-11-30;61`)),
      db.prisma,
    );
    expect(changed.ok && changed.data.issues).toEqual([]);
    const w = await db.prisma.indicatorWaarde.findFirstOrThrow({
      where: { areaCode: westBuurten[0], indicator: { code: "peiling.veilig" }, periodEnd: new Date("2026-11-30") },
    });
    expect([w.value, w.n, w.distribution]).toEqual([60.5, 40, { eens: 60.5, neutraal: 25.5, oneens: 14 }]);
    expect(await db.prisma.auditEvent.count({ where: { action: "indicator.import-peiling", actorId: west.id } })).toBe(2);
  });
});

describe("CBS Kerncijfers", () => {
  // A national table in CBS's layout, with suffixes unlike 85984NED's, space-padded codes and a suppressed figure.
  const table = (extra = "") =>
    [
      "ID;WijkenEnBuurten;Gemeentenaam_1;SoortRegio_2;Codering_3;AantalInwoners_7;InBezitWoningcorporatie_52;GemiddeldInkomenPerInwoner_81",
      "0;NL00      ;Nederland;Land;NL00;17942942;28;33.1",
      "1;GM0363    ;Amsterdam;Gemeente;GM0363;931298;38;37.9",
      "2;GM0935    ;Maastricht;Gemeente;GM0935;121151;36;27.4",
      `3;${westBuurten[0]};Maastricht;Buurt;${westBuurten[0]};2390;58;.`,
      `4;${westBuurten[1]};Maastricht;Buurt;${westBuurten[1]};1205;;24.9`,
      "5;BU03630000;Amsterdam;Buurt;BU03630000;4200;12;41.0",
      extra,
    ].join("\n");

  it("takes this gemeente's rows by key prefix, leaves suppressed figures out, passes other gemeenten over; an unknown buurt of the gemeente refuses the file", async () => {
    const before = await fingerprint(db.prisma);
    const refused = await importCbsKerncijfersAction.run(
      beheerder,
      { year: "2024", fileName: "85984NED.csv", payload: table("6;BU09359999;Maastricht;Buurt;BU09359999;10;1;1"), apply: "1" },
      db.prisma,
    );
    expect(refused.ok && refused.data.issues.map((i) => i.key)).toEqual(["BU09359999"]);
    expect(await importCbsKerncijfersAction.run(west, { year: "2024", fileName: "x.csv", payload: table(), apply: "1" }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await importCbsKerncijfersAction.run(beheerder, { year: "1800", fileName: "x.csv", payload: table(), apply: "1" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { year: "Het jaar is minimaal 1990." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const done = await importCbsKerncijfersAction.run(beheerder, { year: "2024", fileName: "85984NED.csv", payload: table(), apply: "1" }, db.prisma);
    expect(done).toMatchObject({ ok: true, data: { committed: true, regions: 3, otherRegions: 3, missing: 2, added: 7 } });
    const rows = await db.prisma.$queryRaw<{ code: string; area: string; value: number }[]>`
      SELECT i.code, w."areaCode" AS area, w.value FROM "IndicatorWaarde" w JOIN "Indicator" i ON i.id = w."indicatorId"
      WHERE i."cbsKey" IS NOT NULL AND w."periodStart" = '2024-01-01' ORDER BY 1, 2`;
    expect(rows.map((r) => `${r.code} ${r.area} ${r.value}`).sort()).toEqual([
      `cbs.corporatiewoningen ${westBuurten[0]} 58`,
      `cbs.corporatiewoningen GM0935 36`,
      `cbs.inkomen-per-inwoner ${westBuurten[1]} 24.9`,
      `cbs.inkomen-per-inwoner GM0935 27.4`,
      `cbs.inwoners ${westBuurten[0]} 2390`,
      `cbs.inwoners ${westBuurten[1]} 1205`,
      `cbs.inwoners GM0935 121151`,
    ]);
    const again = await importCbsKerncijfersAction.run(beheerder, { year: "2024", fileName: "85984NED.csv", payload: table(), apply: "1" }, db.prisma);
    expect(again).toMatchObject({ ok: true, data: { added: 0, changed: 0 } });
  });
});

describe("derived indicators and suppression", () => {
  it("meldingen per 1,000 equals a direct count over the inhabitants, per buurt, stadsdeel and gemeente", async () => {
    const buurten = await db.prisma.buurt.findMany({ orderBy: { code: "asc" }, select: { code: true } });
    await db.prisma.populationFigure.createMany({
      data: buurten.map((b, i) => ({ level: "BUURT" as const, areaCode: b.code, year: 2024, count: 800 + 37 * i, source: "test" })),
    });
    expect(await deriveIndicators(db.prisma)).toBeGreaterThan(0);
    const expected = await db.prisma.$queryRaw<{ level: string; area: string; year: number; v: number; n: number }[]>`
      WITH m AS (SELECT b.code, s.slug, extract(year FROM m."createdAt" AT TIME ZONE 'Europe/Amsterdam')::int AS year, count(*) AS n
                 FROM "Melding" m JOIN "Buurt" b ON b.id = m."buurtId" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" GROUP BY 1, 2, 3),
           years AS (SELECT DISTINCT year FROM m),
           pop AS (SELECT b.code, s.slug, p.count FROM "PopulationFigure" p JOIN "Buurt" b ON b.code = p."areaCode" JOIN "Stadsdeel" s ON s.id = b."stadsdeelId" WHERE p.level = 'BUURT')
      SELECT 'BUURT' AS level, pop.code AS area, y.year, round(coalesce(m.n, 0) * 1000.0 / pop.count, 1)::float8 AS v, pop.count::int AS n
        FROM years y CROSS JOIN pop LEFT JOIN m ON m.code = pop.code AND m.year = y.year
      UNION ALL
      SELECT 'GEMEENTE', 'GM0935', y.year, round((SELECT coalesce(sum(n), 0) FROM m WHERE m.year = y.year) * 1000.0 / (SELECT sum(count) FROM pop), 1)::float8, (SELECT sum(count) FROM pop)::int FROM years y`;
    const derived = await db.prisma.$queryRaw<{ level: string; area: string; year: number; v: number; n: number }[]>`
      SELECT w.level::text, w."areaCode" AS area, extract(year FROM w."periodStart")::int AS year, w.value AS v, w.n FROM "IndicatorWaarde" w
      JOIN "Indicator" i ON i.id = w."indicatorId" WHERE i.code = 'portaal.meldingen-per-1000' AND w.level IN ('BUURT', 'GEMEENTE')`;
    const key = (r: { level: string; area: string; year: number }) => `${r.level} ${r.area} ${r.year}`;
    const sort = (rows: typeof derived) => rows.map((r) => `${key(r)} ${r.v} ${r.n}`).sort();
    expect(expected.length).toBeGreaterThan(buurten.length);
    expect(sort(derived)).toEqual(sort(expected));
    expect(expected.some((r) => r.v > 0)).toBe(true);
    // a second run replaces, it does not add
    const count = await db.prisma.indicatorWaarde.count({ where: { indicator: { derived: true } } });
    await deriveIndicators(db.prisma);
    expect(await db.prisma.indicatorWaarde.count({ where: { indicator: { derived: true } } })).toBe(count);
  });

  it("a value on fewer observations than the minimum is hidden in the page data and in the CSV export", async () => {
    const [few, many] = westBuurten;
    await importPeilingAction.run(
      beheerder,
      input(peiling([`peiling.betrokken;${few};2026;71;6;;;`, `peiling.betrokken;${many};2026;64,5;120;;;`, "peiling.betrokken;GM0935;2026;60;3000;;;"]), true),
      db.prisma,
    );
    const a = await getStadsdeelAnalyse(null, "west", "peiling.betrokken");
    expect(a.period?.end.toISOString().slice(0, 10)).toBe("2026-12-31");
    expect(a.rows.find((r) => r.code === few)).toMatchObject({ value: null, suppressed: true, n: 6, difference: null });
    expect(a.rows.find((r) => r.code === many)).toMatchObject({ value: 64.5, suppressed: false, difference: 4.5 });
    expect(JSON.stringify(a)).not.toContain('"value":71');
    const csv = await (
      await exportCsv(new Request("http://x/stadsdelen/west/cijfers.csv?indicator=peiling.betrokken"), { params: Promise.resolve({ slug: "west" }) })
    ).text();
    const line = csv.split("\r\n").find((l) => l.startsWith(few))!;
    expect(line.split(";").slice(2, 4)).toEqual(["", "60"]);
    expect(line).toContain("verborgen: minder dan 10 waarnemingen");
    expect(csv).not.toMatch(/;71;/);
    // a lower minimum shows it
    const gemeente = { name: "Gemeente Maastricht", contactEmail: "info@gemeente.example", privacyOfficerEmail: "fg@gemeente.example" };
    await db.prisma.gemeente.upsert({ where: { id: "gemeente" }, create: { id: "gemeente", ...gemeente, minN: 5 }, update: { minN: 5 } });
    expect((await getStadsdeelAnalyse(null, "west", "peiling.betrokken")).rows.find((r) => r.code === few)?.value).toBe(71);
    await db.prisma.gemeente.update({ where: { id: "gemeente" }, data: { minN: 10 } });
  });

  it("staff read the analyse only for stadsdelen they may read; an unknown stadsdeel is not found", async () => {
    await expect(getStadsdeelAnalyse(west, "noord", undefined)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getStadsdeelAnalyse(null, "atlantis", undefined)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getStadsdeelAnalyse(wethouder, "west", undefined)).indicators.length).toBeGreaterThan(3);
  });
});

describe("indicator catalogue", () => {
  it("the beheerder adds an indicator; bad input, a derived indicator and a wrong role are refused — nothing changed", async () => {
    const before = await fingerprint(db.prisma);
    const good = {
      code: "peiling.groen",
      name: "Tevreden over het groen",
      unit: "PERCENTAGE",
      polarity: "HOGER_BETER",
      kind: "EFFECT",
      source: "Buurtpeiling",
      sourceUrl: "",
      licence: "",
      question: "",
      cbsKey: "",
    };
    expect(await saveIndicatorAction.run(beheerder, { ...good, code: "Groen!" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { code: expect.stringMatching(/^Een code is 2 tot 64 tekens/) },
      values: { code: "Groen!" },
    });
    expect(await saveIndicatorAction.run(beheerder, { ...good, unit: "KILO" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { unit: "Kies een eenheid." },
    });
    expect(await saveIndicatorAction.run(beheerder, { ...good, code: "portaal.meldingen-per-1000" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { code: "Deze indicator berekent het portaal zelf; die kunt u niet wijzigen." },
    });
    expect(await saveIndicatorAction.run(beheerder, { ...good, cbsKey: "AantalInwoners_5" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { cbsKey: "Deze CBS-sleutel hoort al bij ‘Inwoners’." },
    });
    expect(await saveIndicatorAction.run(west, good, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await saveIndicatorAction.run(beheerder, good, db.prisma)).toMatchObject({ ok: true, data: { code: "peiling.groen", created: true } });
    expect(await db.prisma.indicator.findUniqueOrThrow({ where: { code: "peiling.groen" } })).toMatchObject({
      unit: "PERCENTAGE",
      sourceUrl: null,
      cbsKey: null,
    });
  });
});

describe("documents", () => {
  it("a regisseur uploads a PDF for their stadsdeel; a disguised file, another stadsdeel and a wethouder are refused; only what is public (and due) is public", async () => {
    const { uploadDocumentAction } = await import("../../lib/actions/indicator/upload-document.ts");
    const { getDocument, listDocuments } = await import("../../lib/data/indicators/documents.ts");
    const westId = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "west" } })).id;
    const noord = await sessionUser(db.prisma, "regisseur.noord@demo.example");
    const pdf = Buffer.from("%PDF-1.4\n% Verkenning West\n").toString("base64");
    const doc = {
      stadsdeelId: westId,
      title: "Verkenning West (test)",
      kind: "VERKENNING",
      year: "2021",
      fileName: "verkenning.pdf",
      payload: pdf,
      openbaarVanaf: "",
    };
    const before = await fingerprint(db.prisma);
    expect(
      await uploadDocumentAction.run(
        west,
        { ...doc, fileName: "verkenning.pdf", payload: Buffer.from("<html><script>alert(1)</script>").toString("base64") },
        db.prisma,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { payload: "Kies een PDF of een Word-, Excel- of OpenDocument-bestand." } });
    expect(await uploadDocumentAction.run(west, { ...doc, title: "" }, db.prisma)).toMatchObject({ ok: false, fieldErrors: { title: "Vul de titel in." } });
    expect(await uploadDocumentAction.run(noord, doc, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await uploadDocumentAction.run(west, { ...doc, stadsdeelId: "" }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await uploadDocumentAction.run(wethouder, doc, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await fingerprint(db.prisma)).toEqual(before);

    const hidden = (await uploadDocumentAction.run(west, doc, db.prisma)) as { ok: true; data: { id: string } };
    const later = (await uploadDocumentAction.run(
      west,
      { ...doc, title: "Studie (later openbaar)", isPublic: "on", openbaarVanaf: "2099-01-01" },
      db.prisma,
    )) as { ok: true; data: { id: string } };
    const open = (await uploadDocumentAction.run(west, { ...doc, title: "Circusvis-verkenning (openbaar)", isPublic: "on" }, db.prisma)) as {
      ok: true;
      data: { id: string };
    };
    expect((await listDocuments(null, westId)).map((d) => d.title)).toEqual(["Circusvis-verkenning (openbaar)"]);
    expect((await listDocuments(west, westId)).map((d) => d.title).sort()).toEqual([
      "Circusvis-verkenning (openbaar)",
      "Studie (later openbaar)",
      "Verkenning West (test)",
    ]);
    expect((await listDocuments(noord, westId)).map((d) => d.title)).toEqual(["Circusvis-verkenning (openbaar)"]);
    await expect(getDocument(null, hidden.data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocument(null, later.data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getDocument(noord, hidden.data.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await getDocument(wethouder, hidden.data.id)).mimeType).toBe("application/pdf");
    expect(Buffer.from((await getDocument(null, open.data.id)).content).toString("latin1")).toBe("%PDF-1.4\n% Verkenning West\n");
  });
});
