// Server actions for bijeenkomsten: valid input, invalid input and a wrong
// role or stadsdeel, with the database unchanged after every refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { cancelBijeenkomstAction } from "../../lib/actions/bijeenkomst/cancel-bijeenkomst.ts";
import { createBijeenkomstAction } from "../../lib/actions/bijeenkomst/create-bijeenkomst.ts";
import { updateBijeenkomstAction } from "../../lib/actions/bijeenkomst/update-bijeenkomst.ts";
import { publishBijeenkomstAction } from "../../lib/actions/bijeenkomst/publish-bijeenkomst.ts";
import { registerAction } from "../../lib/actions/registration/register-for-bijeenkomst.ts";
import { getPublicBijeenkomst } from "../../lib/data/bijeenkomsten/get-public-bijeenkomst.ts";
import { listUpcomingBijeenkomsten } from "../../lib/data/bijeenkomsten/list-upcoming-bijeenkomsten.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let noord: string;
let zuid: string;
let regisseur: SessionUser;
let wethouder: SessionUser;

function form(values: Record<string, string | string[]>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) for (const x of Array.isArray(v) ? v : [v]) f.append(k, x);
  return f;
}

const valid = (stadsdeelId: string) =>
  form({
    stadsdeelId,
    kind: "STADSDEELAVOND",
    title: "Stadsdeelavond Noord voorjaar",
    description: "Praat mee.",
    startsAt: "2027-03-10T19:30",
    endsAt: "2027-03-10T22:00",
    locationName: "Buurthuis",
    address: "Kerkplein 1, Maastricht",
    capacity: "40",
    facilities: ["WHEELCHAIR_ACCESS", "HEARING_LOOP"],
    registrationOpensAt: "2027-02-01T09:00",
    registrationClosesAt: "2027-03-09T12:00",
    tafelName: ["Tafel 1", "Tafel 2"],
    tafelHost: ["raadslid A", ""],
    tafelId: ["", ""],
  });

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // the public data functions read through lib/db
  noord = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } })).id;
  zuid = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "zuid" } })).id;
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
});

describe("createBijeenkomst", () => {
  it("plans a stadsdeelavond with two tables, in Amsterdam time, and audits it", async () => {
    const result = await createBijeenkomstAction.run(regisseur, valid(noord), db.prisma);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const b = await db.prisma.bijeenkomst.findUniqueOrThrow({ where: { id: result.data.id }, include: { tafels: { orderBy: { sortOrder: "asc" } } } });
    expect(b.startsAt.toISOString()).toBe("2027-03-10T18:30:00.000Z"); // 19:30 CET
    expect(b.facilities).toEqual(["WHEELCHAIR_ACCESS", "HEARING_LOOP"]);
    expect(b.tafels.map((t) => [t.name, t.hostName])).toEqual([
      ["Tafel 1", "raadslid A"],
      ["Tafel 2", null],
    ]);
    expect(await db.prisma.auditEvent.count({ where: { action: "bijeenkomst.create", entityId: b.id, actorId: regisseur.id } })).toBe(1);
  });

  it("refuses invalid input with a Dutch message per field, keeps the typed values, changes nothing", async () => {
    const before = await fingerprint(db.prisma);
    const bad = valid(noord);
    bad.set("title", "  ");
    bad.set("endsAt", "2027-03-10T18:00");
    bad.set("capacity", "-3");
    bad.set("kind", "FEEST");
    const result = await createBijeenkomstAction.run(regisseur, bad, db.prisma);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors).toMatchObject({
      title: "Vul een titel in.",
      capacity: "Het aantal plaatsen is minimaal 0.",
      kind: "Kies het soort bijeenkomst.",
    });
    expect(result.values?.address).toBe("Kerkplein 1, Maastricht");
    expect(await fingerprint(db.prisma)).toEqual(before);
    const late = valid(noord);
    late.set("endsAt", "2027-03-10T18:00");
    const r2 = await createBijeenkomstAction.run(regisseur, late, db.prisma);
    expect(!r2.ok && r2.fieldErrors?.endsAt).toBe("De eindtijd moet na de begintijd liggen.");
  });

  it("refuses a wethouder, a regisseur in another stadsdeel and nobody, changing nothing", async () => {
    const before = await fingerprint(db.prisma);
    for (const [user, input] of [
      [wethouder, valid(noord)],
      [regisseur, valid(zuid)],
      [null, valid(noord)],
    ] as const) {
      const result = await createBijeenkomstAction.run(user, input, db.prisma);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error).toMatch(/geen toegang|niet \(meer\) ingelogd/);
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("updateBijeenkomst", () => {
  it("edits fields and tables, keeping table ids", async () => {
    const created = await createBijeenkomstAction.run(regisseur, valid(noord), db.prisma);
    if (!created.ok) throw new Error("setup");
    const tafels = await db.prisma.gesprekstafel.findMany({ where: { bijeenkomstId: created.data.id }, orderBy: { sortOrder: "asc" } });
    const f = valid(noord);
    f.delete("stadsdeelId");
    f.set("bijeenkomstId", created.data.id);
    f.set("capacity", "55");
    f.delete("tafelName");
    f.delete("tafelHost");
    f.delete("tafelId");
    for (const [id, name, host] of [
      [tafels[1].id, "Tafel 1", "raadslid B"],
      [tafels[0].id, "Tafel 2", ""],
      ["", "Tafel 3", ""],
    ]) {
      f.append("tafelId", id);
      f.append("tafelName", name);
      f.append("tafelHost", host);
    }
    const result = await updateBijeenkomstAction.run(regisseur, f, db.prisma);
    expect(result.ok).toBe(true);
    const after = await db.prisma.gesprekstafel.findMany({ where: { bijeenkomstId: created.data.id }, orderBy: { sortOrder: "asc" } });
    expect(after.map((t) => t.name)).toEqual(["Tafel 1", "Tafel 2", "Tafel 3"]);
    expect(after[0].id).toBe(tafels[1].id);
    expect((await db.prisma.bijeenkomst.findUniqueOrThrow({ where: { id: created.data.id } })).capacity).toBe(55);
  });

  it("refuses another stadsdeel's bijeenkomst", async () => {
    const zuidB = await db.prisma.bijeenkomst.findFirstOrThrow({ where: { stadsdeelId: zuid, status: "PLANNED" } });
    const before = await fingerprint(db.prisma);
    const f = valid(noord);
    f.delete("stadsdeelId");
    f.set("bijeenkomstId", zuidB.id);
    const result = await updateBijeenkomstAction.run(regisseur, f, db.prisma);
    expect(!result.ok && result.error).toBe("U heeft geen toegang tot deze handeling.");
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("cancelBijeenkomst", () => {
  it("cancels, cancels the open registrations and writes one outbox message per registrant", async () => {
    const b = await db.prisma.bijeenkomst.findFirstOrThrow({
      where: { stadsdeelId: noord, status: "PLANNED", registrations: { some: { status: "CONFIRMED" } } },
    });
    const open = await db.prisma.registration.count({ where: { bijeenkomstId: b.id, status: { in: ["CONFIRMED", "WAITLISTED"] } } });
    const result = await cancelBijeenkomstAction.run(regisseur, { bijeenkomstId: b.id, reason: "De zaal is niet beschikbaar." }, db.prisma);
    expect(result.ok && result.data.notified).toBe(open);
    expect((await db.prisma.bijeenkomst.findUniqueOrThrow({ where: { id: b.id } })).status).toBe("CANCELLED");
    expect(await db.prisma.registration.count({ where: { bijeenkomstId: b.id, status: { in: ["CONFIRMED", "WAITLISTED"] } } })).toBe(0);
    const mails = await db.prisma.outboxMessage.findMany({ where: { kind: "bijeenkomst.cancelled" } });
    expect(mails).toHaveLength(open);
    expect(mails[0].text).toMatch(/De zaal is niet beschikbaar/);
    // like every resident mail: the personal manage and unsubscribe links, and the list-unsubscribe header's source
    expect(mails[0].text).toMatch(/\/mijn\/[\w-]{40,}/);
    expect(mails[0].text).toMatch(/\/afmelden\/[\w-]{40,}/);
    // the unsubscribe line says exactly what stops
    expect(mails[0].text).toContain("Geen uitnodigingen meer voor nieuwe bijeenkomsten (berichten over uw eigen aanmeldingen blijven komen):");
    const again = await cancelBijeenkomstAction.run(regisseur, { bijeenkomstId: b.id, reason: "nogmaals" }, db.prisma);
    expect(!again.ok && again.error).toBe("Deze bijeenkomst is al geannuleerd.");
  });

  it("needs a reason, and refuses a wethouder; nothing changes", async () => {
    const b = await db.prisma.bijeenkomst.findFirstOrThrow({ where: { stadsdeelId: noord, status: "PLANNED" } });
    const before = await fingerprint(db.prisma);
    const noReason = await cancelBijeenkomstAction.run(regisseur, { bijeenkomstId: b.id, reason: "" }, db.prisma);
    expect(!noReason.ok && noReason.fieldErrors?.reason).toBe("Vul de reden van de annulering in.");
    const denied = await cancelBijeenkomstAction.run(wethouder, { bijeenkomstId: b.id, reason: "x" }, db.prisma);
    expect(denied.ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("publishBijeenkomst (a new bijeenkomst starts as a concept)", () => {
  it("a concept is not public and takes no registrations; publishing opens it, once, audited", async () => {
    const created = await createBijeenkomstAction.run(regisseur, valid(noord), db.prisma);
    if (!created.ok) throw new Error(created.error);
    const id = created.data.id;
    expect((await db.prisma.bijeenkomst.findUniqueOrThrow({ where: { id } })).publishedAt).toBeNull();
    await db.prisma.bijeenkomst.update({ where: { id }, data: { registrationOpensAt: null } }); // registration open, but for the concept
    // residents: a 404 and a refused registration, whoever guesses the id
    const buurt = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeelId: noord } });
    const registration = form({ bijeenkomstId: id, name: "Bewoner Concept", email: "concept@voorbeeld.nl", buurtId: buurt.id, partySize: "1", consent: "on" });
    const refused = await registerAction.run(registration, db.prisma, "192.0.2.50");
    expect(refused).toMatchObject({ ok: false, error: "Deze bijeenkomst bestaat niet (meer)." });
    expect(await db.prisma.registration.count({ where: { bijeenkomstId: id } })).toBe(0);
    expect(await db.prisma.participant.count({ where: { email: "concept@voorbeeld.nl" } })).toBe(0);
    expect(await isPublic(id)).toBe(false);

    const published = await publishBijeenkomstAction.run(regisseur, form({ bijeenkomstId: id }), db.prisma);
    expect(published.ok).toBe(true);
    expect((await db.prisma.bijeenkomst.findUniqueOrThrow({ where: { id } })).publishedAt).not.toBeNull();
    expect(await db.prisma.auditEvent.count({ where: { action: "bijeenkomst.publish", entityId: id, actorId: regisseur.id } })).toBe(1);
    expect(await isPublic(id)).toBe(true);
    expect((await registerAction.run(registration, db.prisma, "192.0.2.50")).ok).toBe(true);
    // a second click: refused with a message, nothing changes
    const before = await fingerprint(db.prisma);
    expect(await publishBijeenkomstAction.run(regisseur, form({ bijeenkomstId: id }), db.prisma)).toMatchObject({
      ok: false,
      error: "Deze bijeenkomst is al gepubliceerd of gaat niet door.",
    });
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("refuses invalid input and a wrong role or stadsdeel, with the database unchanged", async () => {
    const created = await createBijeenkomstAction.run(regisseur, valid(noord), db.prisma);
    if (!created.ok) throw new Error(created.error);
    const before = await fingerprint(db.prisma);
    const bad = await publishBijeenkomstAction.run(regisseur, form({ bijeenkomstId: "" }), db.prisma);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.fieldErrors?.bijeenkomstId).toBeTruthy();
    const zuidRegisseur = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
    for (const who of [wethouder, zuidRegisseur, await sessionUser(db.prisma, "medewerker.verkeer@demo.example")]) {
      expect((await publishBijeenkomstAction.run(who, form({ bijeenkomstId: created.data.id }), db.prisma)).ok).toBe(false);
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

/** What residents see: the public page's data and the upcoming list (the portal's own data functions). */
async function isPublic(id: string) {
  const page = await getPublicBijeenkomst(id);
  const listed = (await listUpcomingBijeenkomsten({ limit: 1000 })).some((b) => b.id === id);
  expect(page !== null).toBe(listed);
  return listed;
}
