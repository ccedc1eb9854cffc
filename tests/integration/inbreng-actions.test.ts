// Server actions for inbreng: the buurt is computed on the server; a point
// outside the stadsdeel, an empty text and an unknown theme are refused with
// a Dutch message and change nothing; wrong roles and stadsdelen are refused.
import { beforeAll, describe, expect, it } from "vitest";
import { answerInbrengAction } from "../../lib/actions/inbreng/answer-inbreng.ts";
import { createInbrengAction } from "../../lib/actions/inbreng/create-inbreng.ts";
import { deleteInbrengAction } from "../../lib/actions/inbreng/delete-inbreng.ts";
import { moveInbrengAction } from "../../lib/actions/inbreng/move-inbreng.ts";
import { updateInbrengAction } from "../../lib/actions/inbreng/update-inbreng.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { type AreaGeometry, labelPoint } from "../../lib/geo/geometry.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let other: SessionUser;
let wethouder: SessionUser;
let bijeenkomstId: string;
let themeId: string;
let borgharen: { id: string; point: [number, number] };
let binnenstadPoint: [number, number];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  other = await sessionUser(db.prisma, "regisseur.zuid@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  const noord = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } });
  bijeenkomstId = (await db.prisma.bijeenkomst.findFirstOrThrow({ where: { stadsdeelId: noord.id, kind: "STADSDEELAVOND" } })).id;
  themeId = (await db.prisma.theme.findUniqueOrThrow({ where: { slug: "verkeer-parkeren" } })).id;
  const b = await db.prisma.buurt.findFirstOrThrow({ where: { name: "Borgharen" } });
  borgharen = { id: b.id, point: labelPoint(b.geometry as unknown as AreaGeometry) };
  const binnenstad = await db.prisma.buurt.findFirstOrThrow({ where: { name: "Binnenstad" } });
  binnenstadPoint = labelPoint(binnenstad.geometry as unknown as AreaGeometry);
});

const input = (over: Record<string, unknown> = {}) => ({
  bijeenkomstId,
  kind: "KAN_BETER",
  themeId,
  text: "Te hard gereden op de dijk",
  lat: borgharen.point[1],
  lng: borgharen.point[0],
  ...over,
});

describe("createInbreng", () => {
  it("logs a point and computes its buurt on the server", async () => {
    const result = await createInbrengAction.run(regisseur, input(), db.prisma);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.buurtName).toBe("Borgharen");
    const row = await db.prisma.inbreng.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(row.buurtId).toBe(borgharen.id);
    expect(row.loggedById).toBe(regisseur.id);
    expect(await db.prisma.auditEvent.count({ where: { action: "inbreng.create", entityId: row.id } })).toBe(1);
  });

  it("logs without a map: a buurt from the list", async () => {
    const result = await createInbrengAction.run(regisseur, input({ lat: "", lng: "", buurtId: borgharen.id, kind: "IDEE" }), db.prisma);
    expect(result.ok && result.data).toMatchObject({ buurtName: "Borgharen", lat: null, lng: null });
  });

  it("refuses a point outside the stadsdeel, an empty text, an unknown theme, no place — and changes nothing", async () => {
    const before = await fingerprint(db.prisma);
    const outside = await createInbrengAction.run(regisseur, input({ lat: binnenstadPoint[1], lng: binnenstadPoint[0] }), db.prisma);
    expect(!outside.ok && outside.fieldErrors?.location).toBe("Deze plek ligt buiten stadsdeel Noord. Kies een plek binnen het stadsdeel.");
    const empty = await createInbrengAction.run(regisseur, input({ text: "   " }), db.prisma);
    expect(!empty.ok && empty.fieldErrors?.text).toBe("Vul de tekst in.");
    const theme = await createInbrengAction.run(regisseur, input({ themeId: "bestaat-niet" }), db.prisma);
    expect(!theme.ok && theme.fieldErrors?.themeId).toBe("Onbekend thema. Kies een thema uit de lijst.");
    const nowhere = await createInbrengAction.run(regisseur, input({ lat: undefined, lng: undefined }), db.prisma);
    expect(!nowhere.ok && nowhere.fieldErrors?.location).toBe("Kies een plek op de kaart of een buurt uit de lijst.");
    const wrongBuurt = await createInbrengAction.run(
      regisseur,
      input({ lat: "", lng: "", buurtId: (await db.prisma.buurt.findFirstOrThrow({ where: { name: "Binnenstad" } })).id }),
      db.prisma,
    );
    expect(!wrongBuurt.ok && wrongBuurt.fieldErrors?.buurtId).toBe("Kies een buurt in stadsdeel Noord.");
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("refuses a wethouder and the regisseur of another stadsdeel", async () => {
    const before = await fingerprint(db.prisma);
    for (const user of [wethouder, other]) {
      const result = await createInbrengAction.run(user, input(), db.prisma);
      expect(!result.ok && result.error).toBe("U heeft geen toegang tot deze handeling.");
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});

describe("update, move, delete and answer", () => {
  it("edits, moves (recomputing the buurt), answers and deletes", async () => {
    const created = await createInbrengAction.run(regisseur, input(), db.prisma);
    if (!created.ok) throw new Error("setup");
    const id = created.data.id;
    const updated = await updateInbrengAction.run(regisseur, { ...input({ text: "Snelheid op de Kasteelweg" }), inbrengId: id }, db.prisma);
    expect(updated.ok && updated.data.text).toBe("Snelheid op de Kasteelweg");
    const nazareth = await db.prisma.buurt.findFirstOrThrow({ where: { name: "Nazareth" } });
    const [lng, lat] = labelPoint(nazareth.geometry as unknown as AreaGeometry);
    const moved = await moveInbrengAction.run(regisseur, { inbrengId: id, lat, lng }, db.prisma);
    expect(moved.ok && moved.data.buurtName).toBe("Nazareth");
    const before = await fingerprint(db.prisma);
    const out = await moveInbrengAction.run(regisseur, { inbrengId: id, lat: binnenstadPoint[1], lng: binnenstadPoint[0] }, db.prisma);
    expect(out.ok).toBe(false);
    const noAnswer = await answerInbrengAction.run(regisseur, { inbrengId: id, followUpStatus: "AFGEROND", publicAnswer: "" }, db.prisma);
    expect(!noAnswer.ok && noAnswer.fieldErrors?.publicAnswer).toMatch(/openbaar/);
    const wrongRole = await deleteInbrengAction.run(wethouder, { inbrengId: id }, db.prisma);
    expect(wrongRole.ok).toBe(false);
    for (const user of [wethouder, other]) {
      expect((await updateInbrengAction.run(user, { ...input(), inbrengId: id }, db.prisma)).ok).toBe(false);
      expect((await moveInbrengAction.run(user, { inbrengId: id, lat, lng }, db.prisma)).ok).toBe(false);
      expect((await answerInbrengAction.run(user, { inbrengId: id, followUpStatus: "AFGEROND", publicAnswer: "x" }, db.prisma)).ok).toBe(false);
    }
    const emptyUpdate = await updateInbrengAction.run(regisseur, { ...input({ text: "" }), inbrengId: id }, db.prisma);
    expect(!emptyUpdate.ok && emptyUpdate.fieldErrors?.text).toBe("Vul de tekst in.");
    const badMove = await moveInbrengAction.run(regisseur, { inbrengId: id, lat: "noord", lng: lng }, db.prisma);
    expect(!badMove.ok && badMove.fieldErrors?.lat).toBe("Ongeldige plek op de kaart.");
    expect(await fingerprint(db.prisma)).toEqual(before);
    const answered = await answerInbrengAction.run(regisseur, { inbrengId: id, followUpStatus: "AFGEROND", publicAnswer: "Er komt een drempel." }, db.prisma);
    expect(answered.ok).toBe(true);
    expect((await db.prisma.inbreng.findUniqueOrThrow({ where: { id } })).publicAnswer).toBe("Er komt een drempel.");
    const deleted = await deleteInbrengAction.run(regisseur, { inbrengId: id }, db.prisma);
    expect(deleted.ok).toBe(true);
    expect(await db.prisma.inbreng.count({ where: { id } })).toBe(0);
  });
});
