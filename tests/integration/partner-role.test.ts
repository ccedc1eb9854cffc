// The partner role at the stadsdeeltafel: bound to one organisation (by the
// staff actions and by a database CHECK), a partner reads only the dossiers
// their organisation is involved in and its acties — counted against direct
// SQL, with those on the agenda of an overleg they sit at — and may change only those acties; every refusal leaves the
// database unchanged. Also: invalid input to the organisation and actie
// actions is refused with the field named.
import { beforeAll, describe, expect, it } from "vitest";
import { inviteStaffAction } from "../../lib/actions/beheer/invite-staff.ts";
import { saveOrganisationAction } from "../../lib/actions/beheer/save-organisation.ts";
import { updateStaffAction } from "../../lib/actions/beheer/update-staff.ts";
import { updateActieAction } from "../../lib/actions/dossier/update-actie.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { getDossier } from "../../lib/data/dossiers/get-dossier.ts";
import { DOSSIER_PAGE_SIZE, listDossiers } from "../../lib/data/dossiers/list-dossiers.ts";
import { listMyActies } from "../../lib/data/dossiers/list-my-acties.ts";
import { todayKey } from "../../lib/datetime.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let partner: SessionUser;
let beheerder: SessionUser;
let regisseur: SessionUser;
let politieId: string;
const state = async () => [
  await fingerprint(db.prisma),
  await db.prisma.actie.findMany({ orderBy: { id: "asc" } }),
  await db.prisma.organisation.findMany({ orderBy: { id: "asc" } }),
  await db.prisma.user.findMany({ orderBy: { id: "asc" } }),
];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url; // the data functions' client points at this test database
  partner = await sessionUser(db.prisma, "partner.politie@demo.example");
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  politieId = partner.organisationId!;
  // an open actie of the politie in a dossier they sit in (the demo's own may all be done by its anchor date)
  const dossier = await db.prisma.dossier.findFirstOrThrow({ where: { organisations: { some: { organisationId: politieId } } }, orderBy: { id: "asc" } });
  await db.prisma.actie.create({
    data: {
      dossierId: dossier.id,
      description: "Extra surveillance in de avonduren (test)",
      dueOn: new Date("2026-01-15T00:00:00Z"),
      ownerOrganisationId: politieId,
    },
  });
});

describe("partner role", () => {
  it("a partner account belongs to an organisation; the database refuses one without", async () => {
    expect(partner.role).toBe("PARTNER");
    expect(politieId).toBeTruthy();
    await expect(db.prisma.user.create({ data: { email: "los@partner.example", name: "Los", role: "PARTNER" } })).rejects.toThrow(
      /User_partner_has_organisation/,
    );
    await expect(db.prisma.user.update({ where: { id: regisseur.id }, data: { organisationId: politieId } })).rejects.toThrow(/User_partner_has_organisation/);
  });

  it("reads only the dossiers their organisation is involved in, as direct SQL counts them", async () => {
    const { items, total } = await listDossiers(partner, { status: "alle" });
    const direct = await db.prisma.$queryRaw<{ id: string }[]>`
      SELECT d.id FROM "Dossier" d WHERE EXISTS (SELECT 1 FROM "DossierOrganisation" x WHERE x."dossierId" = d.id AND x."organisationId" = ${politieId})
        OR EXISTS (SELECT 1 FROM "Actie" a WHERE a."dossierId" = d.id AND a."ownerOrganisationId" = ${politieId})
        OR EXISTS (SELECT 1 FROM "SessiePunt" p JOIN "Sessie" s ON s.id = p."sessieId" JOIN "OverlegSeat" z ON z."overlegId" = s."overlegId"
                   WHERE p."dossierId" = d.id AND (z."organisationId" = ${politieId} OR z."userId" = ${partner.id}))`;
    expect(total).toBe(direct.length);
    expect(total).toBeGreaterThan(0);
    const ids = new Set(direct.map((d) => d.id));
    expect(items.length).toBe(Math.min(total, DOSSIER_PAGE_SIZE));
    expect(items.filter((d) => !ids.has(d.id))).toEqual([]);
    const other = await db.prisma.dossier.findFirstOrThrow({ where: { id: { notIn: direct.map((d) => d.id) } } });
    await expect(getDossier(partner, other.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect((await getDossier(partner, direct[0].id)).id).toBe(direct[0].id);
    const acties = await listMyActies(partner);
    expect(acties.mine.total).toBeGreaterThan(0);
    const open = await db.prisma.actie.findMany({ where: { ownerOrganisationId: politieId, status: "OPEN" }, orderBy: [{ dueOn: "asc" }, { id: "asc" }] });
    expect(acties.mine.total).toBe(open.length);
    expect(acties.mine.items.map((a) => a.id)).toEqual(open.slice(0, 50).map((a) => a.id));
    expect(acties.mine.overdue).toBe(open.filter((a) => a.dueOn.toISOString().slice(0, 10) < todayKey()).length);
    expect(acties.department.total).toBe(0);
  });

  it("changes its organisation's acties only; another's, a wrong status and a wrong role are refused and change nothing", async () => {
    const own = await db.prisma.actie.findFirstOrThrow({ where: { ownerOrganisationId: politieId, status: "OPEN" }, orderBy: { id: "asc" } });
    const foreign = await db.prisma.actie.findFirstOrThrow({
      where: { OR: [{ ownerOrganisationId: { not: politieId } }, { ownerUserId: { not: null } }], status: "OPEN" },
      orderBy: { id: "asc" },
    });
    const before = await state();
    expect((await updateActieAction.run(partner, { actieId: foreign.id, status: "GEREED" }, db.prisma)).ok).toBe(false);
    expect(await updateActieAction.run(partner, { actieId: own.id, status: "KLAAR" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { status: "Kies open, gereed of vervallen." },
    });
    const wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
    expect((await updateActieAction.run(wethouder, { actieId: own.id, status: "GEREED" }, db.prisma)).ok).toBe(false);
    expect(await state()).toEqual(before);
    expect((await updateActieAction.run(partner, { actieId: own.id, status: "GEREED" }, db.prisma)).ok).toBe(true);
    expect((await db.prisma.actie.findUniqueOrThrow({ where: { id: own.id } })).status).toBe("GEREED");
    expect(await db.prisma.auditEvent.count({ where: { actorId: partner.id, action: "actie.update", entityId: own.id } })).toBe(1);
  });

  it("the beheerder invites a partner with an organisation; without one, or by a regisseur, nothing is written", async () => {
    const before = await state();
    expect(await inviteStaffAction.run(beheerder, { name: "Zonder Organisatie", email: "zonder@partner.example", role: "PARTNER" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { organisationId: "Kies de organisatie van deze partner." },
    });
    expect(
      await inviteStaffAction.run(
        beheerder,
        { name: "Onbekend", email: "onbekend@partner.example", role: "PARTNER", organisationId: "bestaat-niet" },
        db.prisma,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { organisationId: "Kies een organisatie uit de lijst." } });
    expect(
      (await inviteStaffAction.run(regisseur, { name: "Via Regisseur", email: "via@partner.example", role: "PARTNER", organisationId: politieId }, db.prisma))
        .ok,
    ).toBe(false);
    expect(await state()).toEqual(before);
    const r = await inviteStaffAction.run(
      beheerder,
      { name: "Wijkagent (test)", email: "wijkagent@partner.example", role: "PARTNER", organisationId: politieId, stadsdeelIds: [regisseur.stadsdeelIds[0]] },
      db.prisma,
    );
    expect(r.ok).toBe(true);
    const u = await db.prisma.user.findUniqueOrThrow({ where: { email: "wijkagent@partner.example" }, include: { stadsdelen: true } });
    expect(u).toMatchObject({ role: "PARTNER", organisationId: politieId });
    expect(u.stadsdelen).toEqual([]); // what does not belong to the role is cleared
    // a partner who becomes a regisseur loses the organisation
    expect(
      (
        await updateStaffAction.run(
          beheerder,
          { userId: u.id, role: "STADSDEELREGISSEUR", stadsdeelIds: [regisseur.stadsdeelIds[0]], organisationId: politieId },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
    expect((await db.prisma.user.findUniqueOrThrow({ where: { id: u.id } })).organisationId).toBeNull();
  });

  it("an organisation needs a name and a known kind; refusals change nothing", async () => {
    const before = await state();
    expect(await saveOrganisationAction.run(beheerder, { name: "", kind: "POLITIE" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { name: expect.any(String) },
    });
    expect(await saveOrganisationAction.run(beheerder, { name: "Stichting X", kind: "SPORTCLUB" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { kind: "Kies het soort organisatie." },
    });
    expect((await saveOrganisationAction.run(partner, { name: "Eigen club", kind: "OVERIG" }, db.prisma)).ok).toBe(false);
    expect(await state()).toEqual(before);
  });
});
