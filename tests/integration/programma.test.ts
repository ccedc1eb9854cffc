// The programma → plan → monitor cycle through its actions: a regisseur
// drafts a programma for their stadsdeel (opgave with a required waarom,
// doelen with and without an indicator, agenda items as activities — one
// of another stadsdeel refused); only the beheerder records the college's
// decision; a vastgesteld version is refused by the action and, against a
// direct UPDATE, by the database trigger; a new version replaces it; the
// monitor records each doel's state once per year. Every refusal leaves the
// database unchanged.
import { beforeAll, describe, expect, it } from "vitest";
import { importAgendaItemsAction } from "../../lib/actions/agenda/import-agenda-items.ts";
import { addDoelAction } from "../../lib/actions/programma/add-doel.ts";
import { addOpgaveAction } from "../../lib/actions/programma/add-opgave.ts";
import { createProgrammaAction } from "../../lib/actions/programma/create-programma.ts";
import { linkAgendaItemAction } from "../../lib/actions/programma/link-agenda-item.ts";
import { newProgrammaVersionAction } from "../../lib/actions/programma/new-programma-version.ts";
import { publishMonitorAction } from "../../lib/actions/programma/publish-monitor.ts";
import { vaststellenProgrammaAction } from "../../lib/actions/programma/vaststellen-programma.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { getProgramma } from "../../lib/data/programma/get-programma.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let west: SessionUser;
let noord: SessionUser;
let wethouder: SessionUser;
let beheerder: SessionUser;
let westId: string;
const year = new Date().getUTCFullYear();
const ids: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  [west, noord, wethouder, beheerder] = await Promise.all(
    ["regisseur.west", "regisseur.noord", "wethouder.oost", "beheerder"].map((u) => sessionUser(db.prisma, `${u}@demo.example`)),
  );
  westId = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "west" } })).id;
});

const data = <T>(r: { ok: boolean; data?: T }) => (r as { data: T }).data;

describe("drafting a programma", () => {
  it("refuses bad input, a wrong role and another stadsdeel's regisseur — nothing written", async () => {
    const before = await fingerprint(db.prisma);
    const good = { stadsdeelId: westId, title: `Stadsdeelprogramma West ${year}–${year + 3} (test)`, startYear: String(year) };
    expect(await createProgrammaAction.run(west, { ...good, title: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { title: "Vul een titel in." },
      values: { startYear: String(year) },
    });
    expect(await createProgrammaAction.run(wethouder, good, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await createProgrammaAction.run(noord, good, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    const nazareth = await db.prisma.focusgebied.findUniqueOrThrow({ where: { slug: "nazareth" } });
    expect(await createProgrammaAction.run(west, { ...good, focusgebiedId: nazareth.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { focusgebiedId: "Dit focusgebied ligt niet in dit stadsdeel." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const made = await createProgrammaAction.run(west, good, db.prisma);
    ids.programma = data<{ id: string }>(made).id;
    expect(await db.prisma.programma.findUniqueOrThrow({ where: { id: ids.programma } })).toMatchObject({
      kind: "STADSDEELPROGRAMMA",
      status: "CONCEPT",
      startYear: year,
      endYear: year + 3,
      version: 1,
    });
  });

  it("adds an opgave for Pottenberg and doelen; refuses a missing waarom, an incomplete measure and another stadsdeel's agenda item", async () => {
    const pottenberg = await db.prisma.focusgebied.findUniqueOrThrow({ where: { slug: "pottenberg" } });
    const before = await fingerprint(db.prisma);
    const opgave = {
      programmaId: ids.programma,
      title: "Veerkracht Pottenberg",
      priority: "1",
      waarom: "Bewoners voelen zich minder veilig dan elders.",
      focusgebiedId: pottenberg.id,
    };
    expect(await addOpgaveAction.run(west, { ...opgave, waarom: " " }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { waarom: "Vul waarom dit een opgave is in." },
    });
    expect(await addOpgaveAction.run(noord, opgave, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await addOpgaveAction.run(west, { ...opgave, wethouderIds: [west.id] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { wethouderIds: "Kies wethouders als portefeuillehouder." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const org = await db.prisma.organisation.findFirstOrThrow({ where: { kind: "WONINGCORPORATIE" } });
    ids.opgave = data<{ id: string }>(await addOpgaveAction.run(west, { ...opgave, wethouderIds: [wethouder.id], organisationIds: [org.id] }, db.prisma)).id;
    expect((await db.prisma.opgaveBetrokkene.findMany({ where: { opgaveId: ids.opgave } })).map((b) => [b.userId, b.organisationId])).toEqual(
      expect.arrayContaining([
        [wethouder.id, null],
        [null, org.id],
      ]),
    );
    const doel = {
      opgaveId: ids.opgave,
      text: "Meer bewoners voelen zich veilig",
      kind: "EFFECT",
      indicatorCode: "peiling.veilig",
      areaCode: "BU09350203",
      baselineValue: "51",
      baselineYear: String(year - 3),
      targetValue: "65",
      targetYear: String(year + 3),
    };
    const before2 = await fingerprint(db.prisma);
    expect(await addDoelAction.run(west, { ...doel, baselineValue: "", targetYear: String(year - 5) }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { baselineValue: "Vul de nulmeting in.", targetYear: "Het streefjaar moet na het jaar van de nulmeting liggen." },
    });
    expect(await addDoelAction.run(west, { ...doel, areaCode: "BU09350403" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { areaCode: "Kies de gemeente, het stadsdeel of een buurt van dit stadsdeel." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before2);
    ids.doel = data<{ id: string }>(await addDoelAction.run(west, doel, db.prisma)).id;
    ids.open = data<{ id: string }>(
      await addDoelAction.run(west, { opgaveId: ids.opgave, text: "Een buurtkamer in Pottenberg", kind: "PRESTATIE" }, db.prisma),
    ).id;
    const foreign = await db.prisma.agendaItem.findFirstOrThrow({ where: { stadsdeel: { slug: "noord" } } });
    const before3 = await fingerprint(db.prisma);
    expect(await linkAgendaItemAction.run(west, { doelId: ids.doel, agendaItemId: foreign.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { agendaItemId: "Kies een agendapunt van het stadsdeel van dit programma." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before3);
    const own = await db.prisma.agendaItem.findMany({
      where: { stadsdeelId: westId, periodEnd: { gte: new Date(Date.UTC(year, 0, 1)) }, periodStart: { lte: new Date(Date.UTC(year, 11, 31)) } },
      take: 3,
      orderBy: { id: "asc" },
    });
    expect(own).toHaveLength(3);
    for (const a of own) expect(await linkAgendaItemAction.run(west, { doelId: ids.doel, agendaItemId: a.id }, db.prisma)).toMatchObject({ ok: true });
    expect(await db.prisma.agendaItemDoel.count({ where: { doelId: ids.doel } })).toBe(3);
  });
});

describe("bouwstenen: the evidence an opgave is built on", () => {
  it("links an inbreng of the stadsdeel and a figure (as it stands now); another stadsdeel's inbreng and an area without a figure are refused", async () => {
    const { addBouwsteenAction } = await import("../../lib/actions/programma/add-bouwsteen.ts");
    const [own, foreign] = await Promise.all([
      db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeelId: westId } } }),
      db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeel: { slug: "noord" } } } }),
    ]);
    const before = await fingerprint(db.prisma);
    expect(await addBouwsteenAction.run(west, { opgaveId: ids.opgave, inbrengId: foreign.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { inbrengId: "Kies inbreng uit dit stadsdeel." },
    });
    expect(
      await addBouwsteenAction.run(west, { opgaveId: ids.opgave, inbrengId: own.id, indicatorCode: "peiling.veilig", areaCode: "BU09350203" }, db.prisma),
    ).toMatchObject({ ok: false, fieldErrors: { inbrengId: "Kies één onderbouwing: een inbreng, een verslag of een cijfer." } });
    expect(await addBouwsteenAction.run(west, { opgaveId: ids.opgave, indicatorCode: "cbs.woz", areaCode: "BU09350203" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { areaCode: "Voor dit gebied is nog geen (getoond) cijfer van deze indicator." },
    });
    expect(await addBouwsteenAction.run(noord, { opgaveId: ids.opgave, inbrengId: own.id }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await addBouwsteenAction.run(west, { opgaveId: ids.opgave, inbrengId: own.id }, db.prisma)).toMatchObject({ ok: true });
    expect(await addBouwsteenAction.run(west, { opgaveId: ids.opgave, indicatorCode: "peiling.veilig", areaCode: "BU09350203" }, db.prisma)).toMatchObject({
      ok: true,
    });
    const latest = await db.prisma.indicatorWaarde.findFirstOrThrow({
      where: { indicator: { code: "peiling.veilig" }, areaCode: "BU09350203", n: { gte: 10 } },
      orderBy: { periodEnd: "desc" },
    });
    const snap = await db.prisma.opgaveBouwsteen.findFirstOrThrow({ where: { opgaveId: ids.opgave, indicatorId: { not: null } } });
    expect([snap.value, snap.periodEnd]).toEqual([latest.value, latest.periodEnd]);
    ids.evidence = own.id;
  });
});

describe("the agenda import's doel column", () => {
  it("links imported items to the doel by its code; an unknown code or another stadsdeel's doel refuses the row; a second import changes nothing", async () => {
    const doel = await db.prisma.doel.findUniqueOrThrow({ where: { id: ids.doel } });
    expect(doel.code).toBe(`west-${year}-1`);
    const header = "sleutel;stadsdeel;titel;soort;begin;einde;doel";
    const file = (rows: string[]) => Buffer.from([header, ...rows].join("\n")).toString("base64");
    const rows = [
      `PLAN-1;West;Buurtkamer Pottenberg;participatie;${year}-03-01;${year}-11-30;${doel.code}`,
      `PLAN-2;West;Veilig over straat;uitvoering;${year}-04-01;${year}-09-30;west-${year}-9`,
      `PLAN-3;West;Schouw;uitvoering;${year}-05-01;${year}-05-31;noord-${year - 1}-1`,
    ];
    const preview = await importAgendaItemsAction.run(west, { fileName: "plan.csv", payload: file(rows) }, db.prisma);
    expect(preview.ok && preview.data.rows.map((r) => [r.key, r.action, r.reasons.join("; ")])).toEqual([
      ["PLAN-1", "create", ""],
      ["PLAN-2", "refused", `onbekend doel "west-${year}-9"`],
      ["PLAN-3", "refused", `doel noord-${year - 1}-1 hoort bij het programma van een ander stadsdeel`],
    ]);
    await importAgendaItemsAction.run(west, { fileName: "plan.csv", payload: file(rows.slice(0, 1)), commit: "1" }, db.prisma);
    const item = await db.prisma.agendaItem.findUniqueOrThrow({ where: { externalKey: "PLAN-1" }, include: { doelen: true } });
    expect(item.doelen.map((d) => d.doelId)).toEqual([ids.doel]);
    const again = await importAgendaItemsAction.run(west, { fileName: "plan.csv", payload: file(rows.slice(0, 1)), commit: "1" }, db.prisma);
    expect(again.ok && again.data.counts).toEqual({ create: 0, update: 0, unchanged: 1, refused: 0 });
  });
});

describe("vaststellen and immutability", () => {
  it("only the beheerder records the decision; then the action and the trigger refuse changes", async () => {
    const decision = { programmaId: ids.programma, vastgesteldDoor: "College van B en W", vastgesteldOp: `${year}-01-10`, besluitKenmerk: `${year}.0001` };
    const before = await fingerprint(db.prisma);
    expect(await vaststellenProgrammaAction.run(west, decision, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await vaststellenProgrammaAction.run(beheerder, { ...decision, besluitKenmerk: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { besluitKenmerk: "Vul het kenmerk van het besluit in." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await vaststellenProgrammaAction.run(beheerder, decision, db.prisma)).toMatchObject({ ok: true });
    const fixed = await fingerprint(db.prisma);
    expect(await addOpgaveAction.run(west, { programmaId: ids.programma, title: "Nog een", priority: "2", waarom: "Omdat." }, db.prisma)).toMatchObject({
      ok: false,
      error: "Dit programma is vastgesteld en verandert niet meer. Maak een nieuwe versie om het te wijzigen.",
    });
    await expect(db.prisma.$executeRaw`UPDATE "Programma" SET title = 'Anders' WHERE id = ${ids.programma}`).rejects.toThrow(
      /vastgesteld: maak een nieuwe versie/,
    );
    await expect(db.prisma.$executeRaw`UPDATE "Opgave" SET waarom = 'Anders' WHERE id = ${ids.opgave}`).rejects.toThrow(/vastgesteld/);
    await expect(db.prisma.$executeRaw`UPDATE "Doel" SET "targetValue" = 99 WHERE id = ${ids.doel}`).rejects.toThrow(/vastgesteld/);
    await expect(db.prisma.$executeRaw`DELETE FROM "Programma" WHERE id = ${ids.programma}`).rejects.toThrow(/niet worden verwijderd/);
    await expect(db.prisma.$executeRaw`DELETE FROM "OpgaveBouwsteen" WHERE "opgaveId" = ${ids.opgave}`).rejects.toThrow(/vastgesteld/);
    const { deleteInbrengAction } = await import("../../lib/actions/inbreng/delete-inbreng.ts");
    expect(await deleteInbrengAction.run(west, { inbrengId: ids.evidence }, db.prisma)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^Deze inbreng onderbouwt een opgave in het vastgestelde/),
    });
    expect(await fingerprint(db.prisma)).toEqual(fixed);
  });

  it("a new version copies opgaven, doelen and activities; vastgesteld, it makes the old one vervallen", async () => {
    const before = await fingerprint(db.prisma);
    expect(await newProgrammaVersionAction.run(wethouder, { programmaId: ids.programma }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await newProgrammaVersionAction.run(noord, { programmaId: ids.programma }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await newProgrammaVersionAction.run(west, { programmaId: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { programmaId: "Kies een programma." },
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const copy = data<{ id: string }>(await newProgrammaVersionAction.run(west, { programmaId: ids.programma }, db.prisma)).id;
    expect(await newProgrammaVersionAction.run(west, { programmaId: ids.programma }, db.prisma)).toMatchObject({
      ok: false,
      error: "Er is al een nieuwere versie van dit programma.",
    });
    const v2 = await db.prisma.programma.findUniqueOrThrow({
      where: { id: copy },
      include: { opgaven: { include: { doelen: { include: { activiteiten: true } } } } },
    });
    expect([v2.version, v2.status, v2.opgaven.length, v2.opgaven[0].doelen.length, v2.opgaven[0].doelen.flatMap((d) => d.activiteiten).length]).toEqual([
      2,
      "CONCEPT",
      1,
      2,
      4,
    ]);
    expect(v2.opgaven[0].doelen.map((d) => d.code).sort()).toEqual([`west-${year}-1`, `west-${year}-2`]);
    expect([
      await db.prisma.opgaveBouwsteen.count({ where: { opgave: { programmaId: copy } } }),
      await db.prisma.opgaveBetrokkene.count({ where: { opgave: { programmaId: copy } } }),
    ]).toEqual([2, 2]);
    expect(
      await addOpgaveAction.run(west, { programmaId: copy, title: "Groen in West", priority: "2", waarom: "Bewoners vragen om meer groen." }, db.prisma),
    ).toMatchObject({ ok: true });
    expect(
      await vaststellenProgrammaAction.run(
        beheerder,
        { programmaId: copy, vastgesteldDoor: "College van B en W", vastgesteldOp: `${year}-02-01`, besluitKenmerk: `${year}.0002` },
        db.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect((await db.prisma.programma.findUniqueOrThrow({ where: { id: ids.programma } })).status).toBe("VERVALLEN");
    ids.current = copy;
  });
});

describe("monitor", () => {
  it("publishes once per year with each doel's state; a wethouder reads the programma but may not publish", async () => {
    const report = {
      programmaId: ids.current,
      year: String(year),
      watWerkte: "De buurtkamer trok nieuwe mensen.",
      watKanBeter: "Eerder met de corporatie om tafel.",
    };
    const before = await fingerprint(db.prisma);
    expect(await publishMonitorAction.run(wethouder, report, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await publishMonitorAction.run(west, { ...report, watKanBeter: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { watKanBeter: "Vul wat beter kan in." },
    });
    expect(await publishMonitorAction.run(west, { ...report, year: String(year + 9) }, db.prisma)).toMatchObject({ ok: false });
    expect(await fingerprint(db.prisma)).toEqual(before);
    expect(await publishMonitorAction.run(west, report, db.prisma)).toMatchObject({ ok: true });
    expect(await publishMonitorAction.run(west, report, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { year: `De monitor van ${year} is al gepubliceerd.` },
    });
    const m = await db.prisma.monitorRapport.findFirstOrThrow({ where: { programmaId: ids.current } });
    const states = m.states as Record<string, { state: string; reasons: string[] }>;
    expect(
      Object.values(states)
        .map((s) => s.state)
        .every((s) => ["OP_KOERS", "ACHTER", "GEEN_GEGEVENS"].includes(s)),
    ).toBe(true);
    expect(Object.keys(states)).toHaveLength(2);
    const view = await getProgramma(wethouder, ids.current, year);
    expect(view.canEdit).toBe(false);
    expect(view.programma.opgaven.map((o) => o.title)).toEqual(["Veerkracht Pottenberg", "Groen in West"]);
    await expect(getProgramma(noord, ids.current, year)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("focusgebieden", () => {
  it("a regisseur makes one of buurten in their stadsdeel, sets its phases and records a partner's contribution; bad input and other roles are refused", async () => {
    const [buurt, foreign] = await Promise.all([
      db.prisma.buurt.findFirstOrThrow({ where: { stadsdeelId: westId, code: { not: "BU09350203" } } }),
      db.prisma.buurt.findFirstOrThrow({ where: { stadsdeel: { slug: "noord" } } }),
    ]);
    const { createFocusgebiedAction } = await import("../../lib/actions/programma/create-focusgebied.ts");
    const { setFocusgebiedFasenAction } = await import("../../lib/actions/programma/set-focusgebied-fasen.ts");
    const { addBijdrageAction } = await import("../../lib/actions/programma/add-bijdrage.ts");
    const before = await fingerprint(db.prisma);
    const good = { stadsdeelId: westId, name: "Malpertuis (test)", buurtIds: [buurt.id] };
    expect(await createFocusgebiedAction.run(west, { ...good, buurtIds: [buurt.id, foreign.id] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { buurtIds: "Kies buurten van dit stadsdeel." },
    });
    expect(await createFocusgebiedAction.run(west, { ...good, buurtIds: [] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { buurtIds: "Kies minstens één buurt." },
    });
    expect(await createFocusgebiedAction.run(west, { ...good, name: "Pottenberg" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { name: "Er is al een focusgebied met deze naam." },
    });
    expect(await createFocusgebiedAction.run(wethouder, good, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await createFocusgebiedAction.run(noord, good, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await fingerprint(db.prisma)).toEqual(before);
    const made = data<{ id: string; slug: string }>(await createFocusgebiedAction.run(west, good, db.prisma));
    expect(made.slug).toBe("malpertuis-test");

    const before2 = await fingerprint(db.prisma);
    expect(
      await setFocusgebiedFasenAction.run(
        west,
        { focusgebiedId: made.id, PROCESPLAN_start: "2027-02-01", PROCESPLAN_end: "2027-01-01", LUISTEREN_end: "2027-06-30" },
        db.prisma,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { PROCESPLAN_end: "De einddatum ligt voor de begindatum.", LUISTEREN_start: "Vul ook de begindatum in." } });
    expect(await setFocusgebiedFasenAction.run(noord, { focusgebiedId: made.id, PROCESPLAN_start: "2027-01-01" }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    const org = await db.prisma.organisation.findFirstOrThrow();
    expect(await addBijdrageAction.run(west, { focusgebiedId: made.id, organisationId: org.id, what: "", committedOn: "2027-01-10" }, db.prisma)).toMatchObject(
      { ok: false, fieldErrors: { what: "Vul wat de organisatie bijdraagt in." } },
    );
    expect(
      await addBijdrageAction.run(wethouder, { focusgebiedId: made.id, organisationId: org.id, what: "Een wijkagent", committedOn: "2027-01-10" }, db.prisma),
    ).toMatchObject({ ok: false });
    expect(await fingerprint(db.prisma)).toEqual(before2);
    expect(
      await setFocusgebiedFasenAction.run(
        west,
        { focusgebiedId: made.id, PROCESPLAN_start: "2027-01-01", PROCESPLAN_end: "2027-02-28", LUISTEREN_start: "2027-03-01" },
        db.prisma,
      ),
    ).toMatchObject({ ok: true, data: { fasen: 2 } });
    expect(await setFocusgebiedFasenAction.run(west, { focusgebiedId: made.id, LUISTEREN_start: "2027-03-15" }, db.prisma)).toMatchObject({
      ok: true,
      data: { fasen: 1 },
    });
    expect(
      (await db.prisma.focusgebiedFaseDatum.findMany({ where: { focusgebiedId: made.id } })).map((f) => [
        f.fase,
        f.startsOn.toISOString().slice(0, 10),
        f.endsOn,
      ]),
    ).toEqual([["LUISTEREN", "2027-03-15", null]]);
    expect(
      await addBijdrageAction.run(
        west,
        { focusgebiedId: made.id, organisationId: org.id, what: "Een vaste wijkagent op het wijkspreekuur", committedOn: "2027-01-10" },
        db.prisma,
      ),
    ).toMatchObject({ ok: true });
    expect(await db.prisma.auditEvent.count({ where: { action: { startsWith: "focusgebied." }, actorId: west.id } })).toBe(4);
  });
});
