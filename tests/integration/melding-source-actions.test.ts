// Beheer → Meldingensysteem: saving the connection (the token stored, never
// audited), mapping a Signalen category, "Nu ophalen" — each with valid
// input, invalid input and a wrong role, the database unchanged after every
// refusal; and a melding from Signalen cannot be worked in the portal.
import { beforeAll, describe, expect, it } from "vitest";
import { mapSignalenCategoryAction } from "../../lib/actions/beheer/map-signalen-category.ts";
import { saveMeldingSourceAction } from "../../lib/actions/beheer/save-melding-source.ts";
import { startSignalenBackfillAction } from "../../lib/actions/beheer/start-signalen-backfill.ts";
import { syncMeldingSourceAction } from "../../lib/actions/beheer/sync-melding-source.ts";
import { changeMeldingStatusAction } from "../../lib/actions/melding/change-melding-status.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let regisseur: SessionUser;
const path = "/signals/v1/public/terms/categories/wegen/sub_categories/gat-in-de-weg";
const state = async () => [await fingerprint(db.prisma), await db.prisma.meldingSource.findMany(), await db.prisma.signalenCategory.findMany()];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  regisseur = await sessionUser(db.prisma, "regisseur.noord@demo.example");
});

describe("the meldingen system's connection", () => {
  it("refuses a bad address, a missing first token and a non-beheerder, changing nothing", async () => {
    const before = await state();
    const bad = await saveMeldingSourceAction.run(beheerder, { baseUrl: "geen-adres", token: "", authKind: "token", sourceName: "Stadsdeelavond" }, db.prisma);
    expect(bad).toMatchObject({ ok: false, fieldErrors: { baseUrl: "Vul een volledig webadres in, bijvoorbeeld https://api.meldingen.gemeente.nl." } });
    const noToken = await saveMeldingSourceAction.run(
      beheerder,
      { baseUrl: "https://api.meldingen.example", token: "", authKind: "token", sourceName: "Stadsdeelavond" },
      db.prisma,
    );
    expect(noToken).toMatchObject({ ok: false, fieldErrors: { token: "Vul het token van het systeemaccount in." } });
    expect(
      (
        await saveMeldingSourceAction.run(
          regisseur,
          { baseUrl: "https://api.meldingen.example", token: "0123456789abcdef", authKind: "token", sourceName: "Stadsdeelavond" },
          db.prisma,
        )
      ).ok,
    ).toBe(false);
    expect((await syncMeldingSourceAction.run(regisseur, {}, db.prisma)).ok).toBe(false);
    expect(await state()).toEqual(before);
  });

  it("saves the address and token; the audit says the token changed but never holds it; an empty token keeps it", async () => {
    expect(
      (
        await saveMeldingSourceAction.run(
          beheerder,
          { baseUrl: "https://api.meldingen.example/", token: "0123456789abcdef", authKind: "token", sourceName: "Stadsdeelavond" },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
    expect(await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } })).toMatchObject({
      baseUrl: "https://api.meldingen.example",
      token: "0123456789abcdef",
      status: "nieuw",
    });
    await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { status: "niet verbonden", lastError: "401" } });
    expect(
      (
        await saveMeldingSourceAction.run(
          beheerder,
          { baseUrl: "https://api2.meldingen.example", token: "", authKind: "token", sourceName: "Stadsdeelavond" },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
    expect(await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } })).toMatchObject({
      baseUrl: "https://api2.meldingen.example",
      token: "0123456789abcdef",
      status: "nieuw",
      lastError: null,
    });
    const audits = await db.prisma.auditEvent.findMany({ where: { action: "meldingsource.save" } });
    expect(audits).toHaveLength(2);
    expect(JSON.stringify(audits)).not.toContain("0123456789abcdef");
    expect((await syncMeldingSourceAction.run(beheerder, {}, db.prisma)).ok).toBe(true);
    expect(await db.prisma.auditEvent.count({ where: { action: "meldingsource.sync", actorId: beheerder.id } })).toBe(1);
  });
});

describe("OIDC client credentials and the source name", () => {
  it("asks issuer and client id with OIDC, a secret when switching, and keeps the secret out of the audit", async () => {
    const before = await state();
    const missing = await saveMeldingSourceAction.run(
      beheerder,
      { baseUrl: "https://api.meldingen.example", authKind: "oidc", token: "", sourceName: "" },
      db.prisma,
    );
    expect(missing).toMatchObject({
      ok: false,
      fieldErrors: {
        issuerUrl: "Vul het adres van de identity provider in.",
        clientId: "Vul de client-id in.",
        sourceName: "Vul de bron in, zoals Signalen haar kent (bijvoorbeeld Stadsdeelavond).",
      },
    });
    const noSecret = await saveMeldingSourceAction.run(
      beheerder,
      {
        baseUrl: "https://api.meldingen.example",
        authKind: "oidc",
        issuerUrl: "https://login.example/realms/signalen",
        clientId: "stadsdeelportaal",
        token: "",
        sourceName: "Stadsdeelavond",
      },
      db.prisma,
    );
    expect(noSecret).toMatchObject({ ok: false, fieldErrors: { token: "Vul het client secret in." } });
    expect(await state()).toEqual(before);
    const ok = await saveMeldingSourceAction.run(
      beheerder,
      {
        baseUrl: "https://api.meldingen.example",
        authKind: "oidc",
        issuerUrl: "https://login.example/realms/signalen/",
        clientId: "stadsdeelportaal",
        token: "geheim-van-de-client",
        sourceName: "Wijkavond",
      },
      db.prisma,
    );
    expect(ok.ok).toBe(true);
    expect(await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } })).toMatchObject({
      authKind: "oidc",
      issuerUrl: "https://login.example/realms/signalen",
      clientId: "stadsdeelportaal",
      token: "geheim-van-de-client",
      sourceName: "Wijkavond",
    });
    expect(JSON.stringify(await db.prisma.auditEvent.findMany({ where: { action: "meldingsource.save" } }))).not.toContain("geheim-van-de-client");
  });

  it("takes an address for opening a melding in Signalen only with {id} in it", async () => {
    const input = {
      baseUrl: "https://api.meldingen.example",
      authKind: "oidc",
      issuerUrl: "https://login.example/realms/signalen",
      clientId: "stadsdeelportaal",
      token: "",
      sourceName: "Wijkavond",
    };
    const before = await state();
    expect(await saveMeldingSourceAction.run(beheerder, { ...input, linkTemplate: "https://meldingen.example/manage/incident/" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { linkTemplate: "Zet {id} op de plek van het nummer van de melding." },
    });
    expect(await state()).toEqual(before);
    expect((await saveMeldingSourceAction.run(beheerder, { ...input, linkTemplate: "https://meldingen.example/manage/incident/{id}" }, db.prisma)).ok).toBe(
      true,
    );
    expect((await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } })).linkTemplate).toBe(
      "https://meldingen.example/manage/incident/{id}",
    );
  });
});

describe("fetching history (backfill)", () => {
  it("refuses a date in the future, a bad date and a non-beheerder; a good date sets the windows and the pull's start", async () => {
    await db.prisma.meldingSource.update({ where: { id: "signalen" }, data: { cursor: null } });
    const before = await state();
    expect(await startSignalenBackfillAction.run(beheerder, { from: "2999-01-01" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { from: "Kies een datum in het verleden." },
    });
    expect(await startSignalenBackfillAction.run(beheerder, { from: "gisteren" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { from: "Vul een datum in als dd-mm-jjjj." },
    });
    expect((await startSignalenBackfillAction.run(regisseur, { from: "2024-01-01" }, db.prisma)).ok).toBe(false);
    expect(await state()).toEqual(before);
    expect((await startSignalenBackfillAction.run(beheerder, { from: "2024-01-01" }, db.prisma)).ok).toBe(true);
    const s = await db.prisma.meldingSource.findUniqueOrThrow({ where: { id: "signalen" } });
    expect(s.backfillCursor?.toISOString()).toBe("2024-01-01T00:00:00.000Z");
    expect(Math.abs(s.backfillUntil!.getTime() - Date.now())).toBeLessThan(60_000);
    expect(s.cursor).toBe(s.backfillUntil!.toISOString()); // the five-minute pull starts from now; history comes by windows
    expect(await db.prisma.auditEvent.count({ where: { action: "meldingsource.backfill" } })).toBe(1);
  });
});

describe("mapping a Signalen category", () => {
  it("maps to an active category with a department, and refuses the rest, changing nothing", async () => {
    await db.prisma.signalenCategory.create({ data: { path, waiting: 3 } });
    const category = await db.prisma.meldingCategory.findFirstOrThrow({ where: { active: true, defaultDepartmentId: { not: null } } });
    const before = await state();
    expect(await mapSignalenCategoryAction.run(beheerder, { path: "/onbekend", categoryId: category.id }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { path: "Deze Signalen-categorie is (nog) niet gezien bij het ophalen." },
    });
    expect(await mapSignalenCategoryAction.run(beheerder, { path, categoryId: "bestaat-niet" }, db.prisma)).toMatchObject({
      ok: false,
      fieldErrors: { categoryId: "Kies een categorie die in gebruik is." },
    });
    expect((await mapSignalenCategoryAction.run(regisseur, { path, categoryId: category.id }, db.prisma)).ok).toBe(false);
    expect(await state()).toEqual(before);
    expect((await mapSignalenCategoryAction.run(beheerder, { path, categoryId: category.id }, db.prisma)).ok).toBe(true);
    expect((await db.prisma.signalenCategory.findUniqueOrThrow({ where: { path } })).categoryId).toBe(category.id);
    expect(await db.prisma.auditEvent.count({ where: { action: "signalencategory.map", entityId: path } })).toBe(1);
  });
});

describe("a melding from Signalen", () => {
  it("cannot be moved on in the portal: it is worked in Signalen", async () => {
    const m = await db.prisma.melding.findFirstOrThrow({ where: { status: "NIEUW" }, include: { department: true } });
    await db.prisma.melding.update({ where: { id: m.id }, data: { origin: "SIGNALEN", externalId: "77", externalReference: "SIG-77" } });
    const staff = await db.prisma.user.findFirstOrThrow({ where: { departmentId: m.departmentId, role: "AFDELINGSMEDEWERKER" } });
    const before = await state();
    const r = await changeMeldingStatusAction.run(await sessionUser(db.prisma, staff.email), { meldingId: m.id, toStatus: "DOORGEZET" }, db.prisma);
    expect(r).toMatchObject({ ok: false, error: "Deze melding komt uit het meldingensysteem en wordt daar behandeld; hier is zij alleen te lezen." });
    expect(await state()).toEqual(before);
  });
});
