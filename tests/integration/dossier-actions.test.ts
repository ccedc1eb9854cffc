// Dossiers and acties at the stadsdeeltafel: opening one from an inbreng,
// moving it on to duidelijkheid (a text required, published as the
// inbreng's answer), acties with exactly one owner (also refused by the
// database's own CHECK), closing refused while acties are open — each
// action with valid input, invalid input, a wrong role and a foreign
// stadsdeel, the database unchanged after every refusal.
import { beforeAll, describe, expect, it } from "vitest";
import { saveOrganisationAction } from "../../lib/actions/beheer/save-organisation.ts";
import { changeDossierStatusAction } from "../../lib/actions/dossier/change-dossier-status.ts";
import { createActieAction } from "../../lib/actions/dossier/create-actie.ts";
import { createDossierAction } from "../../lib/actions/dossier/create-dossier.ts";
import { updateActieAction } from "../../lib/actions/dossier/update-actie.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { todayKey } from "../../lib/datetime.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let regisseur: SessionUser;
let foreign: SessionUser;
let medewerker: SessionUser;
let wethouder: SessionUser;
let beheerder: SessionUser;
let stadsdeelId: string;
let inbrengId: string;
const state = async () => [
  await fingerprint(db.prisma),
  await db.prisma.dossier.findMany({ include: { acties: true, inbreng: true, departments: true } }),
  await db.prisma.organisation.findMany(),
];
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  db = await createTestDatabase("demo");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
  foreign = await sessionUser(db.prisma, "regisseur.oost@demo.example");
  wethouder = await sessionUser(db.prisma, "wethouder.noord@demo.example");
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  const m = await db.prisma.user.findFirstOrThrow({ where: { role: "AFDELINGSMEDEWERKER" }, orderBy: { email: "asc" } });
  medewerker = await sessionUser(db.prisma, m.email);
  stadsdeelId = regisseur.stadsdeelIds[0];
  inbrengId = (
    await db.prisma.inbreng.findFirstOrThrow({
      where: { bijeenkomst: { stadsdeelId }, followUpStatus: "OPEN", publicAnswer: null },
      orderBy: { createdAt: "asc" },
    })
  ).id;
});

describe("opening a dossier", () => {
  it("refuses a wrong role, a foreign stadsdeel, no title and an inbreng of another stadsdeel, changing nothing", async () => {
    const before = await state();
    const input = { stadsdeelId, title: "Hangplek bij het winkelcentrum", inbrengId };
    for (const u of [medewerker, wethouder, foreign])
      expect(await createDossierAction.run(u, input, db.prisma)).toMatchObject({ ok: false, error: "U heeft geen toegang tot deze handeling." });
    expect(await createDossierAction.run(regisseur, { ...input, title: " " }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { title: "Vul een titel in." },
    });
    const other = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeelId: { not: stadsdeelId } } } });
    expect(await createDossierAction.run(regisseur, { ...input, inbrengId: other.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { inbrengId: "Deze inbreng hoort niet bij dit stadsdeel." },
    });
    expect(await state()).toEqual(before);
  });

  it("opens one from an inbreng with two departments and a partner; the inbreng is now in behandeling", async () => {
    const org = await saveOrganisationAction.run(beheerder, { name: "Politie Limburg, basisteam Maastricht", kind: "POLITIE" }, db.prisma);
    expect(org.ok).toBe(true);
    const departments = await db.prisma.department.findMany({ take: 2, orderBy: { slug: "asc" } });
    const r = await createDossierAction.run(
      regisseur,
      {
        stadsdeelId,
        title: "Hangplek bij het winkelcentrum",
        description: "Overlast 's avonds",
        inbrengId,
        departmentIds: departments.map((d) => d.id),
        organisationIds: [org.ok ? org.data.id : ""],
      },
      db.prisma,
    );
    expect(r.ok).toBe(true);
    const d = await db.prisma.dossier.findUniqueOrThrow({
      where: { id: r.ok ? r.data.id : "" },
      include: { departments: true, organisations: true, inbreng: true },
    });
    expect(d).toMatchObject({ status: "AANGEMELD", ownerId: regisseur.id, stadsdeelId });
    expect([d.departments.length, d.organisations.length, d.inbreng.length]).toEqual([2, 1, 1]);
    expect((await db.prisma.inbreng.findUniqueOrThrow({ where: { id: inbrengId } })).followUpStatus).toBe("IN_BEHANDELING");
    expect(await db.prisma.auditEvent.count({ where: { action: "dossier.create", entityId: d.id } })).toBe(1);
    expect(await saveOrganisationAction.run(beheerder, { name: "politie limburg, basisteam maastricht", kind: "POLITIE" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { name: "Er is al een organisatie met deze naam." },
    });
    expect((await saveOrganisationAction.run(regisseur, { name: "Woonpunt", kind: "WONINGCORPORATIE" }, db.prisma)).ok).toBe(false);
  });
});

describe("acties and the dossier's way to duidelijkheid", () => {
  const dossier = () => db.prisma.dossier.findFirstOrThrow({ where: { title: "Hangplek bij het winkelcentrum" } });

  it("an actie needs an owner and a date not in the past; a foreign regisseur is refused; the database itself refuses two owners or none", async () => {
    const d = await dossier();
    const before = await state();
    expect(
      await createActieAction.run(regisseur, { dossierId: d.id, description: "Gesprek met de jongeren", owner: "", dueOn: inDays(7) }, db.prisma),
    ).toMatchObject({ ok: false, fieldErrors: { owner: "Kies wie de actie uitvoert." } });
    expect(
      await createActieAction.run(
        regisseur,
        { dossierId: d.id, description: "Gesprek met de jongeren", owner: `user:${medewerker.id}`, dueOn: "2020-01-01" },
        db.prisma,
      ),
    ).toMatchObject({ ok: false, fieldErrors: { dueOn: "Kies vandaag of een datum in de toekomst." } });
    expect(await createActieAction.run(foreign, { dossierId: d.id, description: "x", owner: `user:${foreign.id}`, dueOn: inDays(7) }, db.prisma)).toMatchObject(
      { ok: false, error: "U heeft geen toegang tot deze handeling." },
    );
    expect(
      await createActieAction.run(medewerker, { dossierId: d.id, description: "x", owner: `user:${medewerker.id}`, dueOn: inDays(7) }, db.prisma),
    ).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
    const org = await db.prisma.organisation.findFirstOrThrow({ where: { name: { startsWith: "Politie Limburg" } } });
    await expect(
      db.prisma.actie.create({
        data: { dossierId: d.id, description: "twee eigenaars", dueOn: new Date(), ownerUserId: regisseur.id, ownerOrganisationId: org.id },
      }),
    ).rejects.toThrow(/Actie_one_owner_check/);
    await expect(db.prisma.actie.create({ data: { dossierId: d.id, description: "geen eigenaar", dueOn: new Date() } })).rejects.toThrow(
      /Actie_one_owner_check/,
    );
    expect(await state()).toEqual(before);
    expect(
      (
        await createActieAction.run(
          regisseur,
          { dossierId: d.id, description: "Gesprek met de jongeren", owner: `user:${medewerker.id}`, dueOn: todayKey() },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await createActieAction.run(
          regisseur,
          { dossierId: d.id, description: "Extra surveillance", owner: `organisation:${org.id}`, dueOn: inDays(14) },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
  });

  it("duidelijkheid needs a text; publishing makes it the inbreng's public answer", async () => {
    const d = await dossier();
    const before = await state();
    expect(await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "DUIDELIJKHEID" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { clarity: "Schrijf op wat er duidelijk is; zonder die tekst is er geen duidelijkheid." },
    });
    expect(await changeDossierStatusAction.run(foreign, { dossierId: d.id, toStatus: "IN_BESPREKING" }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await changeDossierStatusAction.run(wethouder, { dossierId: d.id, toStatus: "IN_BESPREKING" }, db.prisma)).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
    expect((await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "IN_BESPREKING" }, db.prisma)).ok).toBe(true);
    expect(await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "AANGEMELD" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { toStatus: "Dit dossier is in bespreking; kies een volgende stap." },
    });
    const text = "Politie en jongerenwerk komen er samen op af; de bank bij de ingang blijft.";
    expect((await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "DUIDELIJKHEID", clarity: text, publish: "on" }, db.prisma)).ok).toBe(
      true,
    );
    const after = await db.prisma.dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(after).toMatchObject({ status: "DUIDELIJKHEID", clarity: text });
    expect(after.inBesprekingAt!.getTime()).toBeLessThanOrEqual(after.duidelijkheidAt!.getTime());
    expect(await db.prisma.inbreng.findUniqueOrThrow({ where: { id: inbrengId } })).toMatchObject({ publicAnswer: text });
  });

  it("closing is refused while acties are open, naming them; the owner marks theirs done; a stranger cannot", async () => {
    const d = await dossier();
    const before = await state();
    const refused = await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "AFGESLOTEN" }, db.prisma);
    expect(refused).toMatchObject({ ok: false, fieldErrors: { toStatus: expect.stringContaining("er staan nog 2 open acties: Gesprek met de jongeren") } });
    const mine = await db.prisma.actie.findFirstOrThrow({ where: { dossierId: d.id, ownerUserId: medewerker.id } });
    const other = await db.prisma.actie.findFirstOrThrow({ where: { dossierId: d.id, ownerOrganisationId: { not: null } } });
    expect(await updateActieAction.run(medewerker, { actieId: other.id, status: "GEREED" }, db.prisma)).toMatchObject({
      ok: false,
      error: "U heeft geen toegang tot deze handeling.",
    });
    expect(await updateActieAction.run(regisseur, { actieId: other.id, status: "VERVALLEN" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { note: "Schrijf erbij waarom de actie vervalt." },
    });
    expect(await updateActieAction.run(foreign, { actieId: mine.id, status: "GEREED" }, db.prisma)).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
    expect((await updateActieAction.run(medewerker, { actieId: mine.id, status: "GEREED" }, db.prisma)).ok).toBe(true);
    expect(
      (await updateActieAction.run(regisseur, { actieId: other.id, status: "VERVALLEN", note: "Niet meer nodig: de overlast is gestopt." }, db.prisma)).ok,
    ).toBe(true);
    expect((await changeDossierStatusAction.run(regisseur, { dossierId: d.id, toStatus: "AFGESLOTEN" }, db.prisma)).ok).toBe(true);
    const closed = await db.prisma.dossier.findUniqueOrThrow({ where: { id: d.id } });
    expect(closed.inUitvoeringAt).not.toBeNull(); // the skipped step has its date
    expect(
      await createActieAction.run(regisseur, { dossierId: d.id, description: "Nog iets", owner: `user:${regisseur.id}`, dueOn: inDays(3) }, db.prisma),
    ).toMatchObject({ ok: false, error: "Dit dossier is afgesloten; er kunnen geen acties meer bij." });
  });
});

describe("the dashboard's Stadsdeeltafels block", () => {
  it("equals the same figures counted from the rows in JavaScript, for the city and for one stadsdeel", async () => {
    process.env.DATABASE_URL = db.url;
    const { getDossierFigures } = await import("../../lib/data/dossiers/get-dossier-figures.ts");
    const period = { from: new Date("2020-01-01T00:00:00Z"), to: new Date("2030-01-01T00:00:00Z") };
    const disc = (xs: number[], p: number) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(p * xs.length) - 1)] : null);
    const today = todayKey();
    for (const ids of [null, [stadsdeelId]]) {
      const f = await getDossierFigures({ ...period, stadsdeelIds: ids });
      const dossiers = await db.prisma.dossier.findMany({
        where: ids ? { stadsdeelId: { in: ids } } : {},
        include: { acties: { include: { ownerUser: { include: { department: true } }, ownerOrganisation: true } } },
      });
      const open = dossiers.filter((d) => d.status !== "AFGESLOTEN").length;
      expect(f.open.reduce((s, r) => s + r.n, 0)).toBe(open);
      const days = dossiers.filter((d) => d.duidelijkheidAt).map((d) => Math.ceil((d.duidelijkheidAt!.getTime() - d.aangemeldAt.getTime()) / 86_400_000));
      expect(f.clarity).toEqual({ n: days.length, median: disc(days, 0.5), p90: disc(days, 0.9) });
      const late = new Map<string, number>();
      for (const a of dossiers.flatMap((d) => d.acties)) {
        if (a.status !== "OPEN" || a.dueOn.toISOString().slice(0, 10) >= today) continue;
        const key = a.ownerOrganisation ? `organisatie:${a.ownerOrganisation.name}` : `afdeling:${a.ownerUser?.department?.name ?? "Zonder afdeling"}`;
        late.set(key, (late.get(key) ?? 0) + 1);
      }
      expect(Object.fromEntries(f.late.map((r) => [`${r.kind}:${r.name}`, r.n]))).toEqual(Object.fromEntries(late));
      expect(days.length).toBeGreaterThan(0);
      if (!ids) expect(late.size).toBeGreaterThan(1); // the demo has late acties of departments and partners
      // each figure opens its list: the dossiers that reached duidelijkheid, the dossiers holding late acties
      if (!ids) {
        const { listDossiers } = await import("../../lib/data/dossiers/list-dossiers.ts");
        const reached = await listDossiers(beheerder, { duidelijkheid: `${period.from.toISOString()}_${period.to.toISOString()}` });
        expect(reached.total).toBe(f.clarity.n); // "N dossiers in de periode" opens exactly those
        for (const r of f.late.filter((x) => x.id)) {
          const holding = new Set(
            dossiers
              .filter((d) =>
                d.acties.some(
                  (a) =>
                    a.status === "OPEN" &&
                    a.dueOn.toISOString().slice(0, 10) < today &&
                    (r.kind === "organisatie" ? a.ownerOrganisationId === r.id : a.ownerUser?.departmentId === r.id),
                ),
              )
              .map((d) => d.id),
          );
          const listed = await listDossiers(beheerder, { telaat: `${r.kind}:${r.id}` });
          expect(listed.total, `${r.kind} ${r.name}`).toBe(holding.size);
          expect(listed.items.every((d) => holding.has(d.id))).toBe(true);
        }
      }
    }
  });
});
