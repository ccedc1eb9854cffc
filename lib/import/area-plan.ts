// The gebiedsindeling as a plan before it is a change: compares a parsed
// GeoJSON file (the whole indeling) with the database and lists new, changed
// (name, outline, moved to another stadsdeel or wijk) and removed buurten and
// stadsdelen, and what blocks a removal (inbreng, residents, meldingen,
// agenda items, bijeenkomsten, staff). `applyAreaPlan` writes exactly that
// plan in the caller's transaction. Shared by the CLI importer, the demo
// generator and the beheer upload page; the digest lets a page apply only
// the plan its user saw.
import { createHash } from "node:crypto";
import type { Prisma } from "../../generated/prisma/client.ts";
import { type AreaGeometry, bbox, unionOf } from "../geo/geometry.ts";
import { slugify } from "../slug.ts";
import type { AreaPlan } from "./area-plan-shape.ts";
import type { BuurtFeature } from "./import-areas.ts";

type Db = Prisma.TransactionClient;

export type { AreaPlan, BuurtPlan, StadsdeelPlan } from "./area-plan-shape.ts";
export { planIsEmpty } from "./area-plan-shape.ts";

const sameGeometry = (a: unknown, b: AreaGeometry) => {
  const g = a as AreaGeometry;
  return g?.type === b.type && JSON.stringify(g.coordinates) === JSON.stringify(b.coordinates);
};

const usage = (counts: Record<string, number>, labels: Record<string, [string, string]>) =>
  Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([key, n]) => `${n} ${labels[key][n === 1 ? 0 : 1]}`)
    .join(", ");

const buurtUseLabels: Record<string, [string, string]> = {
  inbreng: ["inbreng", "inbreng"],
  participants: ["bewoner", "bewoners"],
  meldingen: ["melding", "meldingen"],
  agendaItems: ["agendapunt", "agendapunten"],
};
const stadsdeelUseLabels: Record<string, [string, string]> = {
  bijeenkomsten: ["bijeenkomst", "bijeenkomsten"],
  agendaItems: ["agendapunt", "agendapunten"],
  regisseurs: ["regisseur", "regisseurs"],
  wethouders: ["wethouder", "wethouders"],
};

/** Compares the file with the database; reads only. */
export async function planAreaImport(db: Db, features: BuurtFeature[]): Promise<AreaPlan> {
  const [stadsdelen, wijken, buurten] = await Promise.all([
    db.stadsdeel.findMany({
      select: { id: true, name: true, _count: { select: { bijeenkomsten: true, agendaItems: true, regisseurs: true, wethouders: true } } },
    }),
    db.wijk.findMany({ select: { id: true, code: true, name: true, _count: { select: { agendaItems: true } } } }),
    db.buurt.findMany({
      select: {
        id: true,
        code: true,
        name: true,
        geometry: true,
        stadsdeelId: true,
        wijk: { select: { code: true } },
        _count: { select: { inbreng: true, participants: true, meldingen: true, agendaItems: true } },
      },
    }),
  ]);
  const stadsdeelName = new Map(stadsdelen.map((s) => [s.id, s.name]));
  const existing = new Map(buurten.map((b) => [b.code, b]));
  const inFile = new Set(features.map((f) => f.buurtcode));
  const plan: AreaPlan = {
    stadsdelen: [],
    buurten: [],
    blocked: [],
    digest: "",
    counts: { new: 0, changed: 0, unchanged: 0, removed: 0, total: features.length },
    wijken: { new: 0, renamed: 0, removed: 0, total: 0 },
  };

  for (const f of features) {
    const old = existing.get(f.buurtcode);
    if (!old) {
      plan.buurten.push({ code: f.buurtcode, name: f.buurtnaam, stadsdeel: f.stadsdeel, kind: "new", changes: [] });
      continue;
    }
    const changes: string[] = [];
    if (old.name !== f.buurtnaam) changes.push(`naam: ${old.name} → ${f.buurtnaam}`);
    const oldStadsdeel = stadsdeelName.get(old.stadsdeelId);
    if (oldStadsdeel !== f.stadsdeel) changes.push(`stadsdeel: ${oldStadsdeel} → ${f.stadsdeel}`);
    if (old.wijk.code !== f.wijkcode) changes.push(`wijk: ${old.wijk.code} → ${f.wijkcode}`);
    if (!sameGeometry(old.geometry, f.geometry)) changes.push("grens");
    if (changes.length) plan.buurten.push({ code: f.buurtcode, name: f.buurtnaam, stadsdeel: f.stadsdeel, kind: "changed", changes });
  }
  for (const old of buurten) {
    if (inFile.has(old.code)) continue;
    const used = usage(old._count, buurtUseLabels);
    plan.buurten.push({ code: old.code, name: old.name, stadsdeel: stadsdeelName.get(old.stadsdeelId) ?? "", kind: "removed", changes: [], inUse: used });
    if (used) plan.blocked.push(`Buurt ${old.name} (${old.code}) kan niet weg: ${used} verwijzen ernaar.`);
  }

  const fileStadsdelen = new Map<string, number>();
  for (const f of features) fileStadsdelen.set(f.stadsdeel, (fileStadsdelen.get(f.stadsdeel) ?? 0) + 1);
  for (const [name, count] of fileStadsdelen) {
    plan.stadsdelen.push({ name, kind: stadsdelen.some((s) => s.name === name) ? "kept" : "new", buurten: count });
  }
  for (const s of stadsdelen) {
    if (fileStadsdelen.has(s.name)) continue;
    const used = usage(s._count, stadsdeelUseLabels);
    plan.stadsdelen.push({ name: s.name, kind: "removed", buurten: 0, inUse: used });
    if (used) plan.blocked.push(`Stadsdeel ${s.name} kan niet weg: ${used} horen erbij.`);
  }
  plan.stadsdelen.sort((a, b) => a.name.localeCompare(b.name, "nl"));

  const fileWijken = new Map(features.map((f) => [f.wijkcode, f.wijknaam]));
  plan.wijken.total = fileWijken.size;
  const wijkByCode = new Map(wijken.map((w) => [w.code, w]));
  for (const [code, name] of fileWijken) {
    const old = wijkByCode.get(code);
    if (!old) plan.wijken.new++;
    else if (old.name !== name) plan.wijken.renamed++;
  }
  plan.wijken.removed = wijken.filter((w) => !fileWijken.has(w.code) && w._count.agendaItems === 0).length;

  for (const b of plan.buurten) plan.counts[b.kind]++;
  plan.counts.unchanged = features.length - plan.counts.new - plan.counts.changed;
  plan.buurten.sort((a, b) => a.kind.localeCompare(b.kind) || a.stadsdeel.localeCompare(b.stadsdeel, "nl") || a.name.localeCompare(b.name, "nl"));
  plan.digest = createHash("sha256")
    .update(JSON.stringify([features, plan.buurten, plan.stadsdelen, plan.wijken]))
    .digest("hex")
    .slice(0, 32);
  return plan;
}

/** Writes the plan in the caller's transaction. Call only when `plan.blocked` is empty. */
export async function applyAreaPlan(tx: Db, plan: AreaPlan, features: BuurtFeature[]): Promise<void> {
  if (plan.blocked.length) throw new Error("applyAreaPlan: the plan is blocked");
  const stadsdeelIds = new Map<string, string>();
  for (const s of plan.stadsdelen.filter((s) => s.kind !== "removed")) {
    const row =
      (await tx.stadsdeel.findUnique({ where: { name: s.name }, select: { id: true } })) ??
      (await tx.stadsdeel.create({ data: { name: s.name, slug: slugify(s.name) }, select: { id: true } }));
    stadsdeelIds.set(s.name, row.id);
  }
  const wijkIds = new Map<string, string>();
  for (const f of features) {
    if (wijkIds.has(f.wijkcode)) continue;
    const row = await tx.wijk.upsert({
      where: { code: f.wijkcode },
      create: { code: f.wijkcode, name: f.wijknaam },
      update: { name: f.wijknaam },
      select: { id: true },
    });
    wijkIds.set(f.wijkcode, row.id);
  }

  const touched = new Set<string>();
  const planned = new Map(plan.buurten.map((b) => [b.code, b]));
  const before = new Map(
    (await tx.buurt.findMany({ where: { code: { in: [...planned.keys()] } }, select: { id: true, code: true, stadsdeelId: true } })).map((b) => [b.code, b]),
  );
  for (const f of features) {
    const p = planned.get(f.buurtcode);
    if (!p) continue;
    const data = {
      name: f.buurtnaam,
      wijkId: wijkIds.get(f.wijkcode)!,
      stadsdeelId: stadsdeelIds.get(f.stadsdeel)!,
      geometry: f.geometry as object,
      ...bbox(f.geometry),
    };
    touched.add(data.stadsdeelId);
    const old = before.get(f.buurtcode);
    if (old) touched.add(old.stadsdeelId);
    if (p.kind === "new") await tx.buurt.create({ data: { code: f.buurtcode, ...data } });
    else await tx.buurt.update({ where: { code: f.buurtcode }, data });
  }
  const removed = plan.buurten.filter((b) => b.kind === "removed").map((b) => b.code);
  if (removed.length) {
    for (const b of removed) touched.add(before.get(b)!.stadsdeelId);
    await tx.buurt.deleteMany({ where: { code: { in: removed } } });
    await tx.populationFigure.deleteMany({ where: { level: "BUURT", areaCode: { in: removed } } });
  }
  const gone = plan.stadsdelen.filter((s) => s.kind === "removed").map((s) => s.name);
  const goneIds = new Set(gone.length ? (await tx.stadsdeel.findMany({ where: { name: { in: gone } }, select: { id: true } })).map((s) => s.id) : []);
  if (gone.length) await tx.stadsdeel.deleteMany({ where: { name: { in: gone } } });
  await tx.wijk.deleteMany({ where: { code: { notIn: [...wijkIds.keys()] }, buurten: { none: {} }, agendaItems: { none: {} } } });

  for (const stadsdeelId of touched) {
    if (goneIds.has(stadsdeelId)) continue;
    const rows = await tx.buurt.findMany({ where: { stadsdeelId }, select: { geometry: true } });
    const outline = unionOf(rows.map((b) => b.geometry as unknown as AreaGeometry));
    await tx.stadsdeel.update({ where: { id: stadsdeelId }, data: { outline: (outline as object | null) ?? undefined } });
  }
}
