// The beheerder's catalogue: departments, themes and melding categories with
// routing — created, renamed, deactivated (gone from forms, kept on history)
// and merged (every reference moves in one transaction). Valid, invalid and
// every other role, the database unchanged after refusals.
import { beforeAll, describe, expect, it } from "vitest";
import { mergeCatalogAction, setCatalogActiveAction } from "../../lib/actions/beheer/catalog-state.ts";
import { saveCategoryAction, saveDepartmentAction, saveThemeAction } from "../../lib/actions/beheer/save-catalog.ts";
import type { SessionUser } from "../../lib/auth/permissions.ts";
import { fingerprint, sessionUser } from "../setup/actions.ts";
import { createTestDatabase, type TestDatabase } from "../setup/database.ts";

let db: TestDatabase;
let beheerder: SessionUser;
let others: SessionUser[];

beforeAll(async () => {
  db = await createTestDatabase("demo");
  process.env.DATABASE_URL = db.url;
  beheerder = await sessionUser(db.prisma, "beheerder@demo.example");
  others = await Promise.all(
    ["regisseur.noord@demo.example", "wethouder.zuid@demo.example", "medewerker.verkeer@demo.example"].map((e) => sessionUser(db.prisma, e)),
  );
});

describe("catalogue", () => {
  it("creates a department, a theme and a category routed to it; refuses duplicates, a missing department, a bad term and every other role", async () => {
    const d = await saveDepartmentAction.run(beheerder, { name: "Stadsbeheer Zuid", email: "stadsbeheer@gemeente.example" }, db.prisma);
    if (!d.ok) throw new Error(d.error);
    const t = await saveThemeAction.run(beheerder, { name: "Water en klimaat", defaultDepartmentId: d.data.id }, db.prisma);
    const c = await saveCategoryAction.run(beheerder, { name: "Wateroverlast", defaultDepartmentId: d.data.id, defaultDueDays: "10" }, db.prisma);
    expect([t.ok, c.ok]).toEqual([true, true]);
    const cat = await db.prisma.meldingCategory.findUniqueOrThrow({ where: { name: "Wateroverlast" } });
    expect([cat.slug, cat.defaultDepartmentId, cat.defaultDueDays, cat.active]).toEqual(["wateroverlast", d.data.id, 10, true]);
    expect(await db.prisma.auditEvent.count({ where: { action: { startsWith: "catalog." }, actorId: beheerder.id } })).toBe(3);

    const before = await fingerprint(db.prisma);
    const bad = [
      await saveDepartmentAction.run(beheerder, { name: "stadsbeheer zuid" }, db.prisma),
      await saveCategoryAction.run(beheerder, { name: "Nieuw", defaultDepartmentId: "", defaultDueDays: "10" }, db.prisma),
      await saveCategoryAction.run(beheerder, { name: "Nieuw", defaultDepartmentId: d.data.id, defaultDueDays: "0" }, db.prisma),
      await saveThemeAction.run(beheerder, { name: "Nieuw", defaultDepartmentId: "bestaat-niet" }, db.prisma),
    ];
    expect(bad.map((r) => (r.ok ? "ok" : Object.keys(r.fieldErrors ?? {})[0]))).toEqual([
      "name",
      "defaultDepartmentId",
      "defaultDueDays",
      "defaultDepartmentId",
    ]);
    expect((await setCatalogActiveAction.run(beheerder, { kind: "onbekend", id: cat.id, active: "false" }, db.prisma)).ok).toBe(false);
    expect((await mergeCatalogAction.run(beheerder, { kind: "categorie", fromId: "", intoId: cat.id }, db.prisma)).ok).toBe(false);
    for (const who of others) {
      expect((await saveDepartmentAction.run(who, { name: "Eigen afdeling" }, db.prisma)).ok).toBe(false);
      expect((await setCatalogActiveAction.run(who, { kind: "thema", id: cat.id, active: "false" }, db.prisma)).ok).toBe(false);
      expect((await mergeCatalogAction.run(who, { kind: "categorie", fromId: cat.id, intoId: cat.id }, db.prisma)).ok).toBe(false);
    }
    expect(await fingerprint(db.prisma)).toEqual(before);
  });

  it("renames, and a deactivated category disappears from the forms' choices but stays on its meldingen", async () => {
    const { listRoutingOptions } = await import("../../lib/data/catalog/list-routing-options.ts");
    const cat = await db.prisma.meldingCategory.findFirstOrThrow({ where: { meldingen: { some: {} } }, include: { _count: { select: { meldingen: true } } } });
    expect(
      (
        await saveCategoryAction.run(
          beheerder,
          { id: cat.id, name: `${cat.name} (oud)`, defaultDepartmentId: cat.defaultDepartmentId!, defaultDueDays: String(cat.defaultDueDays) },
          db.prisma,
        )
      ).ok,
    ).toBe(true);
    expect((await setCatalogActiveAction.run(beheerder, { kind: "categorie", id: cat.id, active: "false" }, db.prisma)).ok).toBe(true);
    expect((await listRoutingOptions()).categories.map((o) => o.value)).not.toContain(cat.id);
    expect(await db.prisma.melding.count({ where: { categoryId: cat.id } })).toBe(cat._count.meldingen);
    expect((await setCatalogActiveAction.run(beheerder, { kind: "categorie", id: cat.id, active: "true" }, db.prisma)).ok).toBe(true);
    expect((await listRoutingOptions()).categories.map((o) => o.value)).toContain(cat.id);
  });

  it("merges two themes: every inbreng, melding and agenda item moves, in one go; merging a theme into itself is refused", async () => {
    const [a, b] = await db.prisma.theme.findMany({ where: { inbreng: { some: {} }, meldingen: { some: {} } }, take: 2, orderBy: { sortOrder: "asc" } });
    const count = async (id: string) => [
      await db.prisma.inbreng.count({ where: { themeId: id } }),
      await db.prisma.melding.count({ where: { themeId: id } }),
      await db.prisma.agendaItem.count({ where: { themeId: id } }),
    ];
    const [fromCounts, intoCounts] = [await count(a.id), await count(b.id)];
    expect(fromCounts[0]).toBeGreaterThan(0);
    const self = await mergeCatalogAction.run(beheerder, { kind: "thema", fromId: a.id, intoId: a.id }, db.prisma);
    expect(self.ok || self.fieldErrors?.intoId).toBeTruthy();
    const merged = await mergeCatalogAction.run(beheerder, { kind: "thema", fromId: a.id, intoId: b.id }, db.prisma);
    expect(merged.ok && merged.data.moved).toBe(fromCounts.reduce((s, n) => s + n, 0));
    expect(await count(b.id)).toEqual(intoCounts.map((n, i) => n + fromCounts[i]));
    expect(await db.prisma.theme.findUnique({ where: { id: a.id } })).toBeNull();
  });

  it("a switched-off theme, category or department cannot be chosen anew in inbreng, melding and agenda actions; a record that has one keeps it", async () => {
    const { createInbrengAction } = await import("../../lib/actions/inbreng/create-inbreng.ts");
    const { updateInbrengAction } = await import("../../lib/actions/inbreng/update-inbreng.ts");
    const { createMeldingFromInbrengAction } = await import("../../lib/actions/melding/create-melding-from-inbreng.ts");
    const { createAgendaItemAction } = await import("../../lib/actions/agenda/create-agenda-item.ts");
    const { labelPoint } = await import("../../lib/geo/geometry.ts");
    const regisseur = others[0]; // Noord
    const noord = await db.prisma.stadsdeel.findUniqueOrThrow({ where: { slug: "noord" }, include: { buurten: { take: 1 } } });
    const [lng, lat] = labelPoint(noord.buurten[0].geometry as never);
    const inbreng = await db.prisma.inbreng.findFirstOrThrow({ where: { bijeenkomst: { stadsdeelId: noord.id }, melding: null } });
    const theme = await db.prisma.theme.findUniqueOrThrow({ where: { id: inbreng.themeId } });
    const category = await db.prisma.meldingCategory.findFirstOrThrow({ where: { active: true } });
    const dept = await db.prisma.department.findFirstOrThrow({ where: { active: true } });
    for (const [kind, id] of [
      ["thema", theme.id],
      ["categorie", category.id],
      ["afdeling", dept.id],
    ]) {
      expect((await setCatalogActiveAction.run(beheerder, { kind, id, active: "false" }, db.prisma)).ok).toBe(true);
    }
    const before = await fingerprint(db.prisma);
    const newInbreng = await createInbrengAction.run(
      regisseur,
      { bijeenkomstId: inbreng.bijeenkomstId, kind: "IDEE", themeId: theme.id, text: "Meer bankjes", lat, lng },
      db.prisma,
    );
    expect(!newInbreng.ok && newInbreng.fieldErrors?.themeId).toBe("Dit thema is uitgezet door de beheerder. Kies een ander thema.");
    const melding = await createMeldingFromInbrengAction.run(regisseur, { inbrengId: inbreng.id, categoryId: category.id, forward: "on" }, db.prisma);
    expect(!melding.ok && melding.fieldErrors?.categoryId).toBe("Deze categorie is uitgezet door de beheerder. Kies een andere categorie.");
    const agenda = await createAgendaItemAction.run(
      regisseur,
      {
        stadsdeelId: noord.id,
        kind: "UITVOERING",
        title: "Bankjes",
        description: "",
        periodStart: "2027-01",
        periodEnd: "2027-06",
        status: "GEPLAND",
        progress: "0",
        departmentId: dept.id,
      },
      db.prisma,
    );
    expect(!agenda.ok && agenda.fieldErrors?.departmentId).toBe("Deze afdeling is uitgezet door de beheerder. Kies een andere afdeling.");
    expect(await fingerprint(db.prisma)).toEqual(before);

    // editing the inbreng that already has the switched-off theme keeps it
    const kept = await updateInbrengAction.run(
      regisseur,
      { inbrengId: inbreng.id, kind: inbreng.kind, themeId: theme.id, text: `${inbreng.text} (aangevuld)`, lat: inbreng.lat ?? lat, lng: inbreng.lng ?? lng },
      db.prisma,
    );
    expect(kept.ok, kept.ok ? "" : JSON.stringify(kept)).toBe(true);
    for (const [kind, id] of [
      ["thema", theme.id],
      ["categorie", category.id],
      ["afdeling", dept.id],
    ]) {
      await setCatalogActiveAction.run(beheerder, { kind, id, active: "true" }, db.prisma);
    }
  });
});
