// Overleggen at the stadsdeeltafel: making one (its cadence generates a
// year of sessies, idempotently; a changed cadence removes only empty
// sessies), and the sessie's actions — points (free, a dossier, carried
// over), order by buttons, besluit, attendance, an actie agreed at a point,
// and the lists by mail to every member — each with valid input, invalid
// input, a wrong role, a foreign stadsdeel and a partner, the database
// unchanged after every refusal. Also what partners read: only the
// overleggen they sit at, as direct SQL counts them.
import { beforeAll, describe, expect, it } from "vitest";
import { addSessiePuntAction } from "../../lib/actions/overleg/add-sessie-punt.ts";
import { createOverlegAction } from "../../lib/actions/overleg/create-overleg.ts";
import { createPuntActieAction } from "../../lib/actions/overleg/create-punt-actie.ts";
import { fillSeatAction } from "../../lib/actions/overleg/fill-seat.ts";
import { moveSessiePuntAction } from "../../lib/actions/overleg/move-sessie-punt.ts";
import { recordAttendanceAction } from "../../lib/actions/overleg/record-attendance.ts";
import { recordBesluitAction } from "../../lib/actions/overleg/record-besluit.ts";
import { sendSessieListsAction } from "../../lib/actions/overleg/send-sessie-lists.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { getOverleg } from "../../lib/data/overleggen/get-overleg.ts";
import { getAgendaProposals, getSessie } from "../../lib/data/overleggen/get-sessie.ts";
import { listOverleggen } from "../../lib/data/overleggen/list-overleggen.ts";
import { listMySessies } from "../../lib/data/overleggen/list-my-sessies.ts";
import { todayKey } from "../../lib/datetime.ts";
import { generateSessies } from "../../lib/overleg/generate-sessies.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let foreign: SessionUser;
let medewerker: SessionUser;
let wethouder: SessionUser;
let partner: SessionUser;
let beheerder: SessionUser;
let stadsdeelId: string;
let departmentIds: string[];
let politieId: string;
const FORBIDDEN = { ok: false, error: "U heeft geen toegang tot deze handeling." };
const state = async () => [
  await fingerprint(db.prisma),
  ...(await Promise.all([
    db.prisma.overleg.findMany({ orderBy: { id: "asc" } }),
    db.prisma.overlegSeat.findMany({ orderBy: { id: "asc" } }),
    db.prisma.sessie.findMany({ orderBy: { id: "asc" } }),
    db.prisma.sessiePunt.findMany({ orderBy: { id: "asc" } }),
    db.prisma.sessieAanwezigheid.findMany({ orderBy: [{ sessieId: "asc" }, { seatId: "asc" }] }),
    db.prisma.actie.findMany({ orderBy: { id: "asc" } }),
  ])),
];
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
/** The next Tuesday on or after today (Amsterdam calendar) as yyyy-mm-dd. */
const nextTuesday = () => {
  const d = new Date(`${todayKey()}T12:00:00Z`);
  return new Date(d.getTime() + ((2 - d.getUTCDay() + 7) % 7) * 86_400_000).toISOString().slice(0, 10);
};

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // the data functions' client points at this test database
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  foreign = await sessionUser(db.prisma, "regisseur.oost@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  partner = await sessionUser(db.prisma, "partner.politie@demo.example");
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  medewerker = await sessionUser(db.prisma, "medewerker.openbare-ruimte@demo.example");
  stadsdeelId = regisseur.stadsdeelIds[0];
  departmentIds = (await db.prisma.department.findMany({ orderBy: { name: "asc" }, take: 2 })).map((d) => d.id);
  politieId = partner.organisationId!;
});

const tafel = () => ({
  name: "Stadsdeeltafel Noord (test)",
  kind: "STADSDEELTAFEL",
  stadsdeelId,
  chairId: regisseur.id,
  every: "weeks",
  interval: "4",
  weekday: "TU",
  firstOn: nextTuesday(),
  startTime: "09:30",
  durationMinutes: "90",
  location: "Stadskantoor",
  departmentIds,
  organisationIds: [politieId],
});

describe("making an overleg", () => {
  it("refuses a wrong role, a foreign stadsdeel, a first date off the chosen day, no seats and a city-wide one by a regisseur — changing nothing", async () => {
    const before = await state();
    for (const u of [medewerker, wethouder, partner, foreign]) expect(await createOverlegAction.run(u, tafel(), db.prisma)).toMatchObject(FORBIDDEN);
    expect(await createOverlegAction.run(regisseur, { ...tafel(), stadsdeelId: "" }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await createOverlegAction.run(regisseur, { ...tafel(), weekday: "WE" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { firstOn: "De eerste datum valt niet op de gekozen dag." },
    });
    expect(await createOverlegAction.run(regisseur, { ...tafel(), departmentIds: [], organisationIds: [] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { userIds: "Kies ten minste één deelnemer, afdeling of partner." },
    });
    expect(await createOverlegAction.run(regisseur, { ...tafel(), startTime: "25:00" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { startTime: "Vul een begintijd in als 19:30." },
    });
    expect(await createOverlegAction.run(regisseur, { ...tafel(), organisationIds: ["bestaat-niet"] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { organisationIds: "Een gekozen organisatie bestaat niet (meer)." },
    });
    expect(await createOverlegAction.run(regisseur, { ...tafel(), chairId: partner.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { chairId: "Kies een actieve collega als voorzitter." },
    });
    expect(await state()).toEqual(before);
  });

  it("makes the tafel with its seats and a year of sessies every four weeks on Tuesday at 09:30 Amsterdam time; generating again adds none", async () => {
    const r = await createOverlegAction.run(regisseur, tafel(), db.prisma);
    expect(r).toMatchObject({ ok: true });
    const id = (r as { data: { id: string } }).data.id;
    const o = await db.prisma.overleg.findUniqueOrThrow({ where: { id }, include: { seats: true, sessies: { orderBy: { startsAt: "asc" } } } });
    expect(o.rrule).toBe("FREQ=WEEKLY;INTERVAL=4;BYDAY=TU");
    expect(o.seats.map((s) => s.userId ?? s.departmentId ?? s.organisationId).sort()).toEqual([regisseur.id, ...departmentIds, politieId].sort());
    expect(o.sessies.length).toBeGreaterThanOrEqual(13);
    expect(o.sessies.length).toBeLessThanOrEqual(14);
    const wall = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
    expect(new Set(o.sessies.map((s) => wall.format(s.startsAt)))).toEqual(new Set(["Tue 09:30"]));
    for (const [i, s] of o.sessies.slice(1).entries()) expect(Math.round((s.startsAt.getTime() - o.sessies[i].startsAt.getTime()) / 86_400_000)).toBe(28);
    expect(await db.prisma.auditEvent.count({ where: { action: "overleg.create", entityId: id } })).toBe(1);
    const before = await db.prisma.sessie.findMany({ where: { overlegId: id }, orderBy: { id: "asc" } });
    expect(await db.prisma.$transaction((tx) => generateSessies(tx, id))).toEqual({ added: 0, removed: 0 });
    expect(await db.prisma.sessie.findMany({ where: { overlegId: id }, orderBy: { id: "asc" } })).toEqual(before);
  });

  it("a changed cadence removes the empty planned sessies that no longer fit, keeps one with an agenda, and plans the new ones", async () => {
    const o = await db.prisma.overleg.findFirstOrThrow({
      where: { name: "Stadsdeeltafel Noord (test)" },
      include: { sessies: { orderBy: { startsAt: "asc" } } },
    });
    const kept = o.sessies[2];
    await db.prisma.sessiePunt.create({ data: { sessieId: kept.id, position: 1, title: "Al voorbereid" } });
    await db.prisma.overleg.update({ where: { id: o.id }, data: { rrule: "FREQ=MONTHLY;BYDAY=1TH" } });
    const r = await db.prisma.$transaction((tx) => generateSessies(tx, o.id));
    expect(r.removed).toBe(o.sessies.length - 1);
    const now = await db.prisma.sessie.findMany({ where: { overlegId: o.id } });
    expect(now.some((s) => s.id === kept.id)).toBe(true);
    expect(
      now
        .filter((s) => s.id !== kept.id)
        .every((s) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Amsterdam", weekday: "short" }).format(s.startsAt) === "Thu"),
    ).toBe(true);
    expect(r.added).toBe(now.length - 1);
    await db.prisma.overleg.update({ where: { id: o.id }, data: { rrule: "FREQ=WEEKLY;INTERVAL=4;BYDAY=TU" } });
    await db.prisma.$transaction((tx) => generateSessies(tx, o.id));
  });

  it("the beheerder makes a city-wide overleg (monthly, the last Thursday), which a regisseur outside it does not see", async () => {
    const r = await createOverlegAction.run(
      beheerder,
      {
        ...tafel(),
        name: "Taskforce ondermijning (test)",
        kind: "TASKFORCE",
        stadsdeelId: "",
        every: "month",
        nth: "-1",
        weekday: "TH",
        firstOn: "2026-01-29",
        chairId: beheerder.id,
      },
      db.prisma,
    );
    expect(r).toMatchObject({ ok: true });
    const o = await db.prisma.overleg.findUniqueOrThrow({ where: { id: (r as { data: { id: string } }).data.id } });
    expect(o).toMatchObject({ stadsdeelId: null, rrule: "FREQ=MONTHLY;BYDAY=-1TH" });
    expect((await listOverleggen(foreign)).map((x) => x.id)).not.toContain(o.id);
    await expect(getOverleg(foreign, o.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("the database refuses a seat for a department and an organisation at once, and an empty seat", async () => {
    const o = await db.prisma.overleg.findFirstOrThrow({ where: { name: "Stadsdeeltafel Noord (test)" } });
    await expect(db.prisma.overlegSeat.create({ data: { overlegId: o.id, departmentId: departmentIds[0], organisationId: politieId } })).rejects.toThrow(
      /OverlegSeat_kind_check/,
    );
    await expect(db.prisma.overlegSeat.create({ data: { overlegId: o.id } })).rejects.toThrow(/OverlegSeat_kind_check/);
  });
});

describe("a sessie of the tafel", () => {
  let overlegId: string;
  let sessieId: string;
  let dossierId: string;
  beforeAll(async () => {
    const o = await db.prisma.overleg.findFirstOrThrow({
      where: { name: "Stadsdeeltafel Noord (test)" },
      include: { sessies: { orderBy: { startsAt: "asc" }, take: 1 } },
    });
    [overlegId, sessieId] = [o.id, o.sessies[0].id];
    dossierId = (
      await db.prisma.dossier.create({ data: { title: "Hangplek bij de bibliotheek (test)", stadsdeelId, ownerId: regisseur.id, status: "IN_BESPREKING" } })
    ).id;
  });

  it("the agenda builder proposes the dossier in discussion; adding it, a free point and a foreign dossier", async () => {
    const proposals = await getAgendaProposals(regisseur, overlegId, sessieId);
    expect(proposals!.dossiers.map((d) => d.id)).toContain(dossierId);
    const before = await state();
    const foreignDossier = await db.prisma.dossier.findFirstOrThrow({ where: { stadsdeelId: { not: stadsdeelId }, status: "IN_BESPREKING" } });
    expect(await addSessiePuntAction.run(regisseur, { sessieId, dossierId: foreignDossier.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { dossierId: "Kies een lopend dossier van dit stadsdeel." },
    });
    expect(await addSessiePuntAction.run(regisseur, { sessieId, title: "  " }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { title: "Vul een onderwerp in." },
    });
    for (const u of [partner, wethouder, foreign, medewerker])
      expect(await addSessiePuntAction.run(u, { sessieId, title: "Mededelingen" }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await state()).toEqual(before);
    expect(await addSessiePuntAction.run(regisseur, { sessieId, title: "Mededelingen" }, db.prisma)).toMatchObject({ ok: true });
    expect(await addSessiePuntAction.run(regisseur, { sessieId, dossierId }, db.prisma)).toMatchObject({ ok: true });
    expect(await addSessiePuntAction.run(regisseur, { sessieId, dossierId }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { dossierId: "Dit dossier staat al op de agenda." },
    });
    const punten = await db.prisma.sessiePunt.findMany({ where: { sessieId }, orderBy: { position: "asc" } });
    expect(punten.map((p) => [p.title, p.dossierId])).toEqual([
      ["Mededelingen", null],
      ["Hangplek bij de bibliotheek (test)", dossierId],
    ]);
    expect((await getAgendaProposals(regisseur, overlegId, sessieId))!.dossiers.map((d) => d.id)).not.toContain(dossierId);
  });

  it("moves a point by buttons; the top one cannot go up", async () => {
    const [first, second] = await db.prisma.sessiePunt.findMany({ where: { sessieId }, orderBy: { position: "asc" } });
    const before = await state();
    expect(await moveSessiePuntAction.run(regisseur, { puntId: first.id, direction: "up" }, db.prisma)).toMatchObject({
      ok: false,
      error: "Dit punt staat al bovenaan.",
    });
    expect(await moveSessiePuntAction.run(regisseur, { puntId: first.id, direction: "sideways" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { direction: "Kies omhoog of omlaag." },
    });
    expect(await moveSessiePuntAction.run(partner, { puntId: first.id, direction: "down" }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await state()).toEqual(before);
    expect(await moveSessiePuntAction.run(regisseur, { puntId: second.id, direction: "up" }, db.prisma)).toMatchObject({ ok: true });
    expect((await db.prisma.sessiePunt.findMany({ where: { sessieId }, orderBy: { position: "asc" } })).map((p) => p.id)).toEqual([second.id, first.id]);
  });

  it("attendance, a besluit and an actie for the partner at a point; refusals change nothing", async () => {
    const punt = await db.prisma.sessiePunt.findFirstOrThrow({ where: { sessieId, dossierId } });
    const seats = await db.prisma.overlegSeat.findMany({ where: { overlegId } });
    const otherSeat = await db.prisma.overlegSeat.findFirstOrThrow({ where: { overlegId: { not: overlegId } } });
    const before = await state();
    expect(await recordAttendanceAction.run(regisseur, { sessieId, present: [otherSeat.id] }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { present: "Een aangevinkte plaats hoort niet bij dit overleg." },
    });
    expect(await recordBesluitAction.run(regisseur, { puntId: punt.id, besluit: " " }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { besluit: "Vul het besluit in." },
    });
    const actie = { puntId: punt.id, description: "Extra surveillance in de avonduren", owner: `organisation:${politieId}`, dueOn: inDays(14) };
    expect(await createPuntActieAction.run(regisseur, { ...actie, owner: "" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { owner: "Kies wie de actie uitvoert." },
    });
    expect(await createPuntActieAction.run(regisseur, { ...actie, dueOn: inDays(-2) }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { dueOn: "Kies vandaag of een datum in de toekomst." },
    });
    for (const u of [partner, wethouder, foreign]) {
      expect(await recordAttendanceAction.run(u, { sessieId, present: [seats[0].id] }, db.prisma)).toMatchObject(FORBIDDEN);
      expect(await recordBesluitAction.run(u, { puntId: punt.id, besluit: "Ja" }, db.prisma)).toMatchObject(FORBIDDEN);
      expect(await createPuntActieAction.run(u, actie, db.prisma)).toMatchObject(FORBIDDEN);
    }
    expect(await state()).toEqual(before);
    expect(await recordAttendanceAction.run(regisseur, { sessieId, present: seats.slice(0, 3).map((s) => s.id) }, db.prisma)).toMatchObject({
      ok: true,
      data: { present: 3 },
    });
    expect(await db.prisma.sessieAanwezigheid.count({ where: { sessieId } })).toBe(seats.length);
    expect(await recordBesluitAction.run(regisseur, { puntId: punt.id, besluit: "Politie en Openbare Ruimte schouwen samen." }, db.prisma)).toMatchObject({
      ok: true,
    });
    expect(await createPuntActieAction.run(regisseur, actie, db.prisma)).toMatchObject({ ok: true });
    const made = await db.prisma.actie.findFirstOrThrow({ where: { sessiePuntId: punt.id } });
    expect(made).toMatchObject({ dossierId, ownerOrganisationId: politieId, ownerUserId: null, status: "OPEN" });
    expect((await db.prisma.sessie.findUniqueOrThrow({ where: { id: sessieId } })).status).toBe("GEHOUDEN");
  });

  it("sends the besluiten- en actielijst once to every member — the chair, the politie's partners, the departments' mailboxes", async () => {
    expect(await sendSessieListsAction.run(partner, { sessieId }, db.prisma)).toMatchObject(FORBIDDEN);
    const r = await sendSessieListsAction.run(regisseur, { sessieId }, db.prisma);
    expect(r).toMatchObject({ ok: true });
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "sessie.lists", relatedId: sessieId } });
    const partners = await db.prisma.user.findMany({ where: { organisationId: politieId, active: true } });
    const mailboxes = await db.prisma.department.findMany({ where: { id: { in: departmentIds }, email: { not: null } } });
    expect(mails.map((m) => m.toEmail).sort()).toEqual(
      [regisseur.email, ...partners.map((p) => p.email), ...mailboxes.map((d) => d.email!)].map((e) => e.toLowerCase()).sort(),
    );
    expect(mails[0].text).toContain("Politie en Openbare Ruimte schouwen samen.");
    expect(mails[0].text).toContain("Extra surveillance in de avonduren");
    const before = await state();
    expect(await sendSessieListsAction.run(regisseur, { sessieId }, db.prisma)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^De lijsten zijn al verstuurd op /),
    });
    expect(await addSessiePuntAction.run(regisseur, { sessieId, title: "Nagekomen" }, db.prisma)).toMatchObject({
      ok: false,
      error: "De besluitenlijst van deze sessie is al verstuurd; de agenda ligt vast.",
    });
    expect(await state()).toEqual(before);
  });

  it("a point without besluit is proposed for the next sessie and carried over once", async () => {
    const next = await db.prisma.sessie.findFirstOrThrow({ where: { overlegId, id: { not: sessieId } }, orderBy: { startsAt: "asc" } });
    const open = await db.prisma.sessiePunt.findFirstOrThrow({ where: { sessieId, besluit: null } });
    expect((await getAgendaProposals(regisseur, overlegId, next.id))!.carried.map((c) => c.id)).toContain(open.id);
    expect(await addSessiePuntAction.run(regisseur, { sessieId: next.id, carriedFromId: open.id }, db.prisma)).toMatchObject({ ok: true });
    expect(await db.prisma.sessiePunt.findFirstOrThrow({ where: { sessieId: next.id, carriedFromId: open.id } })).toMatchObject({ title: open.title });
    expect(await addSessiePuntAction.run(regisseur, { sessieId: next.id, carriedFromId: open.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { carriedFromId: expect.any(String) },
    });
  });
});

describe("filling a seat", () => {
  it("a department's seat takes one of its colleagues, or is left open; others, a partner and a person's own seat are refused, changing nothing", async () => {
    const o = await db.prisma.overleg.findFirstOrThrow({ where: { name: "Taskforce ondermijning (test)" }, include: { seats: true } });
    const deptSeat = o.seats.find((s) => s.departmentId === departmentIds[0])!;
    const ownSeat = o.seats.find((s) => s.userId === beheerder.id)!;
    const colleague = await db.prisma.user.findFirstOrThrow({ where: { departmentId: departmentIds[0], role: "AFDELINGSMEDEWERKER", active: true } });
    const stranger = await db.prisma.user.findFirstOrThrow({ where: { role: "AFDELINGSMEDEWERKER", departmentId: { not: departmentIds[0] } } });
    const before = await state();
    expect(await fillSeatAction.run(beheerder, { seatId: deptSeat.id, userId: stranger.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { userId: "Kies een actieve collega van deze afdeling." },
    });
    expect(await fillSeatAction.run(beheerder, { seatId: ownSeat.id, userId: colleague.id }, db.prisma)).toMatchObject({
      ok: false,
      error: "Dit is de plaats van één persoon; voeg een ander toe als eigen plaats.",
    });
    for (const u of [partner, regisseur, wethouder])
      expect(await fillSeatAction.run(u, { seatId: deptSeat.id, userId: colleague.id }, db.prisma)).toMatchObject(FORBIDDEN);
    expect(await state()).toEqual(before);
    expect(await fillSeatAction.run(beheerder, { seatId: deptSeat.id, userId: colleague.id }, db.prisma)).toMatchObject({ ok: true });
    expect((await db.prisma.overlegSeat.findUniqueOrThrow({ where: { id: deptSeat.id } })).userId).toBe(colleague.id);
    // the colleague now has the taskforce's sessies in their iCal
    const mine = await listMySessies(await sessionUser(db.prisma, colleague.email));
    expect(mine.some((s) => s.overleg.id === o.id)).toBe(true);
    expect(await fillSeatAction.run(beheerder, { seatId: deptSeat.id, userId: "" }, db.prisma)).toMatchObject({ ok: true });
    expect((await db.prisma.overlegSeat.findUniqueOrThrow({ where: { id: deptSeat.id } })).userId).toBeNull();
  });
});

describe("what a partner reads", () => {
  it("only the overleggen their organisation or they sit at, as direct SQL counts them; another overleg and its sessie are a 404", async () => {
    const rows = await listOverleggen(partner);
    const direct = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT DISTINCT o.id FROM "Overleg" o JOIN "OverlegSeat" s ON s."overlegId" = o.id WHERE s."organisationId" = ${politieId} OR s."userId" = ${partner.id}`;
    expect(rows.map((r) => r.id).sort()).toEqual(direct.map((d) => d.id).sort());
    expect(rows.length).toBeGreaterThan(0);
    const other = await db.prisma.overleg.findFirstOrThrow({ where: { id: { notIn: direct.map((d) => d.id) } }, include: { sessies: { take: 1 } } });
    // not told that it exists: 404, as for an overleg that does not
    await expect(getOverleg(partner, other.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessie(partner, other.id, other.sessies[0].id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getOverleg(partner, "bestaat-niet")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const own = await getSessie(partner, direct[0].id, (await db.prisma.sessie.findFirstOrThrow({ where: { overlegId: direct[0].id } })).id);
    expect(own.manage).toBe(false);
    expect(await getAgendaProposals(partner, direct[0].id, own.id)).toBeNull();
  });

  it("a regisseur reads the overleggen of their stadsdeel and those they sit at; a wethouder all", async () => {
    const direct = await db.prisma.overleg.count({
      where: { OR: [{ stadsdeelId: { in: foreign.stadsdeelIds } }, { chairId: foreign.id }, { seats: { some: { userId: foreign.id } } }] },
    });
    expect((await listOverleggen(foreign)).length).toBe(direct);
    expect((await listOverleggen(wethouder)).length).toBe(await db.prisma.overleg.count());
  });
});
