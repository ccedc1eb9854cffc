// The stadsdeelagenda: items by regisseur and department (and refusals),
// links to inbreng ("wat is ermee gedaan" points to the item), and the
// spreadsheet import: a 300-row file with five bad rows is previewed with
// each bad row named, the rest imports, and importing it again changes nothing.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { createAgendaItemAction } from "../../lib/actions/agenda/create-agenda-item.ts";
import { importAgendaItemsAction } from "../../lib/actions/agenda/import-agenda-items.ts";
import { linkAgendaItemAction } from "../../lib/actions/agenda/link-agenda-item.ts";
import { updateAgendaItemAction } from "../../lib/actions/agenda/update-agenda-item.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { parsePeriod } from "../../lib/period.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let groen: SessionUser;
let wethouder: SessionUser;
let oost: { id: string; buurten: { id: string; name: string; code: string }[] };
let groenDept: string;

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.oost@demo.example");
  groen = await sessionUser(db.prisma, "medewerker.openbare-ruimte@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.oost@demo.example");
  oost = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "oost" }, include: { buurten: { orderBy: { name: "asc" } } } });
  groenDept = groen.departmentId!;
});

const item = (over: Record<string, unknown> = {}) => ({
  stadsdeelId: oost.id,
  kind: "UITVOERING",
  title: "Vergroening schoolpleinen",
  description: "Twee schoolpleinen worden groen.",
  periodStart: "2027-Q1",
  periodEnd: "2027-06",
  status: "GEPLAND",
  progress: "0",
  isPublic: "on",
  buurtIds: [oost.buurten[0].id, oost.buurten[1].id],
  ...over,
});

describe("parsePeriod", () => {
  it("reads days, months and quarters as the first or last day", () => {
    expect(parsePeriod("2027-Q2", "start")?.toISOString().slice(0, 10)).toBe("2027-04-01");
    expect(parsePeriod("2027-Q2", "end")?.toISOString().slice(0, 10)).toBe("2027-06-30");
    expect(parsePeriod("februari 2028", "end")?.toISOString().slice(0, 10)).toBe("2028-02-29");
    expect(parsePeriod("15-03-2027", "start")?.toISOString().slice(0, 10)).toBe("2027-03-15");
    expect(parsePeriod("2027-13", "start")).toBeNull();
    expect(parsePeriod("2027-02-30", "start")).toBeNull();
  });
});

describe("agenda items", () => {
  it("a regisseur adds an item for two buurten; a department adds one for itself", async () => {
    const r = await createAgendaItemAction.run(regisseur, item(), db.prisma);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const stored = await db.prisma.agendaItem.findUniqueOrThrow({ where: { id: r.data.id }, include: { areas: true } });
    expect(stored.areas).toHaveLength(2);
    expect(stored.periodStart.toISOString().slice(0, 10)).toBe("2027-01-01");
    const d = await createAgendaItemAction.run(groen, item({ departmentId: groenDept, title: "Bomen planten", buurtIds: [] }), db.prisma);
    expect(d.ok).toBe(true);
  });

  it("refuses bad input, a wethouder, a department writing for another department, and buurten elsewhere — nothing changes", async () => {
    const before = await fingerprint(db.prisma);
    const bad = await createAgendaItemAction.run(regisseur, item({ title: "", periodStart: "ooit", progress: "120" }), db.prisma);
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ title: "Vul een titel in.", progress: "De voortgang is maximaal 100." });
    expect(!bad.ok && bad.fieldErrors?.periodStart).toMatch(/gebruik een datum/);
    const order = await createAgendaItemAction.run(regisseur, item({ periodStart: "2027-08", periodEnd: "2027-03" }), db.prisma);
    expect(!order.ok && order.fieldErrors?.periodEnd).toBe("Het einde ligt voor het begin.");
    expect((await createAgendaItemAction.run(wethouder, item(), db.prisma)).ok).toBe(false);
    expect((await createAgendaItemAction.run(groen, item(), db.prisma)).ok).toBe(false); // no department = the regisseur's item
    const elsewhere = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeel: { slug: "centrum" } } });
    const far = await createAgendaItemAction.run(regisseur, item({ buurtIds: [elsewhere.id] }), db.prisma);
    expect(!far.ok && far.fieldErrors?.buurtIds).toBe("Kies alleen buurten in dit stadsdeel.");
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("links an inbreng, which then points to the item; progress updates stamp the date", async () => {
    const r = await createAgendaItemAction.run(regisseur, item({ title: "Speelplek Amby" }), db.prisma);
    if (!r.ok) throw new Error("setup");
    const inbreng = await db.prisma.inbreng.findFirstOrThrow({ where: { followUpStatus: "OPEN", bijeenkomst: { stadsdeelId: oost.id } } });
    const linked = await linkAgendaItemAction.run(regisseur, { agendaItemId: r.data.id, inbrengId: inbreng.id }, db.prisma);
    expect(linked.ok).toBe(true);
    const after = await db.prisma.inbreng.findUniqueOrThrow({ where: { id: inbreng.id } });
    expect([after.followUpStatus, after.publicAnswer]).toEqual(["AGENDA", "Opgenomen in de stadsdeelagenda: Speelplek Amby."]);
    const foreign = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeel: { slug: "west" } } } });
    const before = await fingerprint(db.prisma);
    const refused = await linkAgendaItemAction.run(regisseur, { agendaItemId: r.data.id, inbrengId: foreign.id }, db.prisma);
    expect(!refused.ok && refused.fieldErrors?.inbrengId).toBe("Kies inbreng uit hetzelfde stadsdeel.");
    expect((await linkAgendaItemAction.run(wethouder, { agendaItemId: r.data.id, inbrengId: inbreng.id }, db.prisma)).ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
    const old = new Date("2026-01-01");
    await db.prisma.agendaItem.update({ where: { id: r.data.id }, data: { progressUpdatedAt: old } });
    const upd = await updateAgendaItemAction.run(
      regisseur,
      { ...item({ title: "Speelplek Amby", status: "LOOPT", progress: "30" }), agendaItemId: r.data.id },
      db.prisma,
    );
    expect(upd.ok).toBe(true);
    expect((await db.prisma.agendaItem.findUniqueOrThrow({ where: { id: r.data.id } })).progressUpdatedAt > old).toBe(true);
    // editing: a wethouder and another department are refused, bad input is named; nothing changes
    const snapshot = await fingerprint(db.prisma);
    expect((await updateAgendaItemAction.run(wethouder, { ...item(), agendaItemId: r.data.id }, db.prisma)).ok).toBe(false);
    expect((await updateAgendaItemAction.run(groen, { ...item({ departmentId: groenDept }), agendaItemId: r.data.id }, db.prisma)).ok).toBe(false);
    const badUpdate = await updateAgendaItemAction.run(regisseur, { ...item({ status: "OPGELOST" }), agendaItemId: r.data.id }, db.prisma);
    expect(!badUpdate.ok && badUpdate.fieldErrors?.status).toBe("Kies een status.");
    expect(await fingerprint(db.prisma)).toEqual(snapshot);
  });
});

function agendaFile(rows: number, bad: Record<number, Record<string, string>>) {
  const header = [
    "sleutel",
    "stadsdeel",
    "titel",
    "omschrijving",
    "soort",
    "thema",
    "afdeling",
    "begin",
    "einde",
    "status",
    "voortgang",
    "openbaar",
    "buurten",
    "wijken",
  ];
  const lines = [header.join(";")];
  for (let i = 1; i <= rows; i++) {
    const row: Record<string, string> = {
      sleutel: `OR-2027-${i}`,
      stadsdeel: "Oost",
      titel: `Onderhoud fase ${i}`,
      omschrijving: "Groot onderhoud",
      soort: "uitvoering",
      thema: "Groen en openbare ruimte",
      afdeling: "Beheer Openbare Ruimte",
      begin: "2027-Q1",
      einde: "2027-Q3",
      status: "gepland",
      voortgang: "0",
      openbaar: "ja",
      buurten: i % 3 === 0 ? `${oost.buurten[0].code}, ${oost.buurten[1].name}` : "",
      wijken: "",
      ...bad[i],
    };
    lines.push(header.map((h) => row[h]).join(";"));
  }
  return lines.join("\n");
}

describe("agenda import", () => {
  it("previews a 300-row file naming its five bad rows, imports the rest, and a second import changes nothing", async () => {
    const bad = {
      17: { buurten: "Atlantis" },
      58: { begin: "volgend jaar" },
      120: { soort: "feest" },
      201: { stadsdeel: "Mars" },
      299: { voortgang: "150" },
    };
    const payload = Buffer.from(agendaFile(300, bad)).toString("base64");
    const before = await fingerprint(db.prisma);
    const preview = await importAgendaItemsAction.run(regisseur, { fileName: "plannen.csv", payload }, db.prisma);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.data.counts).toEqual({ create: 295, update: 0, unchanged: 0, refused: 5 });
    const refused = preview.data.rows.filter((r) => r.action === "refused");
    expect(refused.map((r) => r.line)).toEqual([18, 59, 121, 202, 300]);
    expect(refused.map((r) => r.reasons.join("; "))).toEqual([
      'onbekende buurt "Atlantis"',
      'ongeldige begindatum "volgend jaar"',
      'soort moet beleid, uitvoering of participatie zijn (niet "feest")',
      'onbekend stadsdeel "Mars"',
      'voortgang moet een getal van 0 tot 100 zijn (niet "150")',
    ]);
    expect(await fingerprint(db.prisma)).toEqual(before); // the preview changes nothing

    const commit = await importAgendaItemsAction.run(regisseur, { fileName: "plannen.csv", payload, commit: "1" }, db.prisma);
    expect(commit.ok && commit.data.counts).toEqual({ create: 295, update: 0, unchanged: 0, refused: 5 });
    expect(await db.prisma.agendaItem.count({ where: { externalKey: { startsWith: "OR-2027-" } } })).toBe(295);
    const withAreas = await db.prisma.agendaItem.findUniqueOrThrow({ where: { externalKey: "OR-2027-3" }, include: { areas: true } });
    expect(withAreas.areas).toHaveLength(2);

    const afterFirst = await fingerprint(db.prisma);
    const again = await importAgendaItemsAction.run(regisseur, { fileName: "plannen.csv", payload, commit: "1" }, db.prisma);
    expect(again.ok && again.data.counts).toEqual({ create: 0, update: 0, unchanged: 295, refused: 5 });
    const afterSecond = (await fingerprint(db.prisma)) as Record<string, string>;
    expect({ ...afterSecond, AuditEvent: "" }).toEqual({ ...(afterFirst as Record<string, string>), AuditEvent: "" });

    // a changed row updates by its key instead of duplicating
    const changed = Buffer.from(agendaFile(300, { ...bad, 5: { titel: "Onderhoud fase 5 (gewijzigd)", voortgang: "40", status: "loopt" } })).toString("base64");
    const third = await importAgendaItemsAction.run(regisseur, { fileName: "plannen.csv", payload: changed, commit: "1" }, db.prisma);
    expect(third.ok && third.data.counts).toEqual({ create: 0, update: 1, unchanged: 294, refused: 5 });
    expect(await db.prisma.agendaItem.count({ where: { externalKey: { startsWith: "OR-2027-" } } })).toBe(295);
  });

  it("reads XLSX too, and refuses rows outside the user's stadsdeel or department", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Plannen");
    ws.addRow(["sleutel", "stadsdeel", "titel", "soort", "begin", "einde", "afdeling"]);
    ws.addRow(["X-1", "Oost", "Verlichting Scharn", "uitvoering", "2027-03", "2027-05", "Beheer Openbare Ruimte"]);
    ws.addRow(["X-2", "Centrum", "Iets in Centrum", "beleid", "2027-03", "2027-05", "Beheer Openbare Ruimte"]);
    ws.addRow(["X-3", "Centrum", "Verkeer in Centrum", "beleid", "2027-03", "2027-05", "Verkeer en Mobiliteit"]);
    const payload = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const asRegisseur = await importAgendaItemsAction.run(regisseur, { fileName: "plannen.xlsx", payload }, db.prisma);
    expect(asRegisseur.ok && asRegisseur.data.rows.map((r) => r.action)).toEqual(["create", "refused", "refused"]);
    const asDepartment = await importAgendaItemsAction.run(groen, { fileName: "plannen.xlsx", payload }, db.prisma);
    expect(asDepartment.ok && asDepartment.data.rows.map((r) => r.action)).toEqual(["create", "create", "refused"]);
    expect(asDepartment.ok && asDepartment.data.rows[2].reasons[0]).toBe("geen toegang tot de agenda van Centrum voor deze afdeling");
    const missing = await importAgendaItemsAction.run(
      regisseur,
      { fileName: "x.csv", payload: Buffer.from("titel;soort\nA;beleid").toString("base64") },
      db.prisma,
    );
    expect(!missing.ok && missing.fieldErrors?.payload).toBe("Kolom ontbreekt: sleutel, stadsdeel, begin, einde.");
  });
});
