// Meldingen: from inbreng in one step, directly, and through the status
// workflow; invalid jumps, a missing closing answer and wrong roles or
// departments are refused and change nothing; the closing answer reaches
// the inbreng's "wat is ermee gedaan".
import { beforeAll, describe, expect, it } from "vitest";
import { changeMeldingStatusAction } from "../../lib/actions/melding/change-melding-status.ts";
import { createMeldingAction } from "../../lib/actions/melding/create-melding.ts";
import { createMeldingFromInbrengAction } from "../../lib/actions/melding/create-melding-from-inbreng.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let verkeer: SessionUser;
let afval: SessionUser;
let wethouder: SessionUser;
let categoryId: string;
let noordId: string;

async function openInbreng() {
  return db.prisma.inbreng.findFirstOrThrow({
    where: { melding: null, followUpStatus: "OPEN", bijeenkomst: { stadsdeelId: noordId } },
    orderBy: { id: "asc" },
  });
}

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  verkeer = await sessionUser(db.prisma, "medewerker.verkeer@demo.example");
  afval = await sessionUser(db.prisma, "medewerker.afval@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  categoryId = (await db.prisma.meldingCategory.findUniqueOrThrow({ where: { slug: "verkeersveiligheid" } })).id;
  noordId = (await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" } })).id;
});

describe("melding from inbreng and its workflow", () => {
  it("routes to the category's department, and the department closes it with a public answer", async () => {
    const inbreng = await openInbreng();
    const created = await createMeldingFromInbrengAction.run(
      regisseur,
      { inbrengId: inbreng.id, categoryId, forward: "on", externalReference: "MOR-1" },
      db.prisma,
    );
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const m = await db.prisma.melding.findUniqueOrThrow({
      where: { id: created.data.id },
      include: { history: { orderBy: { changedAt: "asc" } }, department: true },
    });
    expect(m.department.slug).toBe("verkeer");
    expect([m.description, m.lat, m.buurtId, m.status]).toEqual([inbreng.text, inbreng.lat, inbreng.buurtId, "DOORGEZET"]);
    expect(m.history.map((h) => h.toStatus)).toEqual(["NIEUW", "DOORGEZET"]);
    expect((await db.prisma.inbreng.findUniqueOrThrow({ where: { id: inbreng.id } })).followUpStatus).toBe("MELDING");

    const take = await changeMeldingStatusAction.run(verkeer, { meldingId: m.id, toStatus: "IN_BEHANDELING", note: "Opgepakt" }, db.prisma);
    expect(take.ok).toBe(true);
    const close = await changeMeldingStatusAction.run(
      verkeer,
      { meldingId: m.id, toStatus: "AFGEHANDELD", publicAnswer: "Er zijn drempels geplaatst." },
      db.prisma,
    );
    expect(close.ok).toBe(true);
    const after = await db.prisma.inbreng.findUniqueOrThrow({ where: { id: inbreng.id } });
    expect([after.followUpStatus, after.publicAnswer]).toEqual(["AFGEROND", "Er zijn drempels geplaatst."]);
    const closed = await db.prisma.melding.findUniqueOrThrow({ where: { id: m.id }, include: { history: true } });
    expect(closed.assigneeId).toBe(verkeer.id);
    expect(closed.history).toHaveLength(4);
    expect(await db.prisma.auditEvent.count({ where: { entityId: m.id, action: "melding.change-status" } })).toBe(2);
  });

  it("two simultaneous closing steps take turns on the row: exactly one wins, the other is refused", async () => {
    const inbreng = await openInbreng();
    const created = await createMeldingFromInbrengAction.run(regisseur, { inbrengId: inbreng.id, categoryId, forward: "on" }, db.prisma);
    if (!created.ok) throw new Error(created.error);
    expect((await changeMeldingStatusAction.run(verkeer, { meldingId: created.data.id, toStatus: "IN_BEHANDELING" }, db.prisma)).ok).toBe(true);
    const results = await Promise.all(
      (["AFGEHANDELD", "AFGEWEZEN", "AFGEHANDELD", "AFGEWEZEN"] as const).map((toStatus) =>
        changeMeldingStatusAction.run(verkeer, { meldingId: created.data.id, toStatus, publicAnswer: `Antwoord ${toStatus}` }, db.prisma),
      ),
    );
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { id: created.data.id }, include: { history: true } });
    expect(m.history.filter((h) => h.toStatus === "AFGEHANDELD" || h.toStatus === "AFGEWEZEN")).toHaveLength(1);
  });

  it("refuses a jump from nieuw to afgehandeld, a close without answer, another department and a wethouder — nothing changes", async () => {
    const inbreng = await openInbreng();
    const created = await createMeldingFromInbrengAction.run(regisseur, { inbrengId: inbreng.id, categoryId }, db.prisma);
    if (!created.ok) throw new Error("setup");
    const before = await fingerprint(db.prisma);
    const jump = await changeMeldingStatusAction.run(verkeer, { meldingId: created.data.id, toStatus: "AFGEHANDELD", publicAnswer: "Klaar" }, db.prisma);
    expect(!jump.ok && jump.fieldErrors?.toStatus).toBe("Van Nieuw kan een melding alleen naar Doorgezet.");
    const noAnswer = await changeMeldingStatusAction.run(verkeer, { meldingId: created.data.id, toStatus: "AFGEWEZEN" }, db.prisma);
    expect(!noAnswer.ok && noAnswer.fieldErrors?.publicAnswer).toMatch(/alleen met een antwoord/);
    const otherDept = await changeMeldingStatusAction.run(afval, { meldingId: created.data.id, toStatus: "DOORGEZET" }, db.prisma);
    expect(!otherDept.ok && otherDept.error).toBe("U heeft geen toegang tot deze handeling.");
    const alderman = await changeMeldingStatusAction.run(wethouder, { meldingId: created.data.id, toStatus: "DOORGEZET" }, db.prisma);
    expect(alderman.ok).toBe(false);
    const twice = await createMeldingFromInbrengAction.run(regisseur, { inbrengId: inbreng.id, categoryId }, db.prisma);
    expect(!twice.ok && twice.error).toBe("Van deze inbreng is al een melding gemaakt.");
    expect(await fingerprint(db.prisma)).toEqual(before);
    // the regisseur forwards; then it is the department's turn, not the regisseur's
    expect((await changeMeldingStatusAction.run(regisseur, { meldingId: created.data.id, toStatus: "DOORGEZET" }, db.prisma)).ok).toBe(true);
    const notTheirs = await changeMeldingStatusAction.run(regisseur, { meldingId: created.data.id, toStatus: "IN_BEHANDELING" }, db.prisma);
    expect(!notTheirs.ok && notTheirs.fieldErrors?.toStatus).toBe("Deze stap hoort bij de afdeling die de melding behandelt.");
  });
});

describe("direct melding", () => {
  it("creates a melding for a buurt with the category's default term, and validates", async () => {
    const buurt = await db.prisma.buurt.findFirstOrThrow({ where: { stadsdeelId: noordId } });
    const result = await createMeldingAction.run(
      regisseur,
      { stadsdeelId: noordId, description: "Kapotte lantaarnpaal", buurtId: buurt.id, categoryId },
      db.prisma,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const m = await db.prisma.melding.findUniqueOrThrow({ where: { id: result.data.id } });
    expect(Math.round((m.dueAt.getTime() - m.createdAt.getTime()) / 86_400_000)).toBe(42);
    const before = await fingerprint(db.prisma);
    const bad = await createMeldingAction.run(regisseur, { stadsdeelId: noordId, description: "", categoryId: "x" }, db.prisma);
    expect(!bad.ok && bad.fieldErrors).toMatchObject({ description: "Beschrijf het probleem.", buurtId: "Kies de buurt waar het probleem is." });
    const unknownCategory = await createMeldingAction.run(regisseur, { stadsdeelId: noordId, description: "x", buurtId: buurt.id, categoryId: "x" }, db.prisma);
    expect(!unknownCategory.ok && unknownCategory.fieldErrors?.categoryId).toMatch(/Onbekende categorie/);
    const zuid = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "zuid" } });
    const otherSd = await createMeldingAction.run(regisseur, { stadsdeelId: zuid.id, description: "x", buurtId: buurt.id, categoryId }, db.prisma);
    expect(otherSd.ok).toBe(false);
    expect(await fingerprint(db.prisma)).toEqual(before);
  });
});
