// Imports CBS buurten (GeoJSON with buurtcode, buurtnaam, wijkcode, wijknaam,
// stadsdeel) into Stadsdeel / Wijk / Buurt. Validates the whole file first
// and changes nothing when any feature is bad; then plans (area-plan.ts:
// new, changed, removed, what blocks a removal) and applies the plan in one
// transaction, so running it twice changes nothing the second time.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { AreaGeometry } from "../geo/geometry.ts";
import { type AreaPlan, applyAreaPlan, planAreaImport, planIsEmpty, type StadsdeelPlan } from "./area-plan.ts";
import type { ImportIssue } from "./issues.ts";

const lng = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const position = z.tuple([lng, lat]).rest(z.number());
const ring = z.array(position).min(4, "een ring van een polygoon heeft minstens 4 punten");
const geometrySchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) }),
]);

const propertiesSchema = z
  .object({
    buurtcode: z.string().regex(/^BU\d{8}$/, "buurtcode moet de vorm BU12345678 hebben"),
    buurtnaam: z.string().trim().min(1, "buurtnaam ontbreekt"),
    wijkcode: z.string().regex(/^WK\d{6}$/, "wijkcode moet de vorm WK123456 hebben"),
    wijknaam: z.string().trim().min(1, "wijknaam ontbreekt"),
    stadsdeel: z.string().trim().min(1, "stadsdeel ontbreekt"),
  })
  .refine((p) => p.buurtcode.slice(2, 8) === p.wijkcode.slice(2, 8), {
    message: "buurtcode hoort niet bij de wijkcode",
    path: ["wijkcode"],
  });

const featureSchema = z.object({
  type: z.literal("Feature"),
  geometry: geometrySchema,
  properties: propertiesSchema,
});

export type BuurtFeature = {
  buurtcode: string;
  buurtnaam: string;
  wijkcode: string;
  wijknaam: string;
  stadsdeel: string;
  geometry: AreaGeometry;
};

export type AreaImportSummary = {
  stadsdelen: { created: number; removed: number; total: number };
  wijken: { created: number; updated: number; removed: number; total: number };
  buurten: { created: number; updated: number; unchanged: number; removed: number; total: number };
};

export type AreaImportResult = { ok: true; summary: AreaImportSummary } | { ok: false; issues: ImportIssue[] };

function featureLines(text: string): number[] {
  const lines: number[] = [];
  const re = /"type"\s*:\s*"Feature"(?!Collection)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) lines.push(text.slice(0, m.index).split("\n").length);
  return lines;
}

function describe(error: z.ZodError): string {
  return error.issues
    .map((i) => {
      const field = i.path.filter((p) => p !== "properties").join(".");
      if (i.code === "invalid_type" && i.input === undefined) return `${field || "veld"} ontbreekt`;
      return field ? `${field}: ${i.message}` : i.message;
    })
    .join("; ");
}

/** Validates the file; returns the features or every problem found. */
export function parseAreasFile(text: string): { ok: true; features: BuurtFeature[] } | { ok: false; issues: ImportIssue[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, issues: [{ item: 0, message: `geen geldige JSON (${(error as Error).message})` }] };
  }
  const root = z.object({ type: z.literal("FeatureCollection"), features: z.array(z.unknown()) }).safeParse(json);
  if (!root.success) {
    return { ok: false, issues: [{ item: 0, message: "het bestand is geen GeoJSON FeatureCollection met features" }] };
  }
  if (root.data.features.length === 0) return { ok: false, issues: [{ item: 0, message: "het bestand bevat geen buurten" }] };
  const lines = featureLines(text);
  const issues: ImportIssue[] = [];
  const features: BuurtFeature[] = [];
  const seen = new Map<string, number>();
  const wijkNames = new Map<string, string>();
  root.data.features.forEach((raw, index) => {
    const item = index + 1;
    const line = lines[index];
    const key = (raw as { properties?: { buurtcode?: unknown } })?.properties?.buurtcode;
    const parsed = featureSchema.safeParse(raw);
    if (!parsed.success) {
      issues.push({ item, line, key: typeof key === "string" ? key : undefined, message: describe(parsed.error) });
      return;
    }
    const p = parsed.data.properties;
    if (seen.has(p.buurtcode)) {
      issues.push({ item, line, key: p.buurtcode, message: `buurtcode komt al voor in feature ${seen.get(p.buurtcode)}` });
      return;
    }
    const knownWijk = wijkNames.get(p.wijkcode);
    if (knownWijk && knownWijk !== p.wijknaam) {
      issues.push({ item, line, key: p.buurtcode, message: `wijk ${p.wijkcode} heeft elders de naam "${knownWijk}"` });
      return;
    }
    seen.set(p.buurtcode, item);
    wijkNames.set(p.wijkcode, p.wijknaam);
    features.push({ ...p, geometry: parsed.data.geometry as AreaGeometry });
  });
  return issues.length ? { ok: false, issues } : { ok: true, features };
}

export function summaryOf(plan: AreaPlan): AreaImportSummary {
  const count = (kind: StadsdeelPlan["kind"]) => plan.stadsdelen.filter((s) => s.kind === kind).length;
  return {
    stadsdelen: { created: count("new"), removed: count("removed"), total: plan.stadsdelen.length - count("removed") },
    wijken: { created: plan.wijken.new, updated: plan.wijken.renamed, removed: plan.wijken.removed, total: plan.wijken.total },
    buurten: {
      created: plan.counts.new,
      updated: plan.counts.changed,
      unchanged: plan.counts.unchanged,
      removed: plan.counts.removed,
      total: plan.counts.total,
    },
  };
}

/**
 * Validates, plans and imports in one transaction; the file is the whole
 * gebiedsindeling (buurten missing from it are removed). Nothing changes
 * when a feature is bad or a removal is blocked by data that refers to it.
 */
export async function importAreas(prisma: PrismaClient, text: string, source = "geojson"): Promise<AreaImportResult> {
  const parsed = parseAreasFile(text);
  if (!parsed.ok) return parsed;
  return prisma.$transaction(
    async (tx): Promise<AreaImportResult> => {
      const plan = await planAreaImport(tx, parsed.features);
      if (plan.blocked.length) return { ok: false, issues: plan.blocked.map((message) => ({ item: 0, message })) };
      const summary = summaryOf(plan);
      if (planIsEmpty(plan)) return { ok: true, summary };
      await applyAreaPlan(tx, plan, parsed.features);
      await tx.auditEvent.create({ data: { actorKind: "system", action: "areas.import", entityType: "Buurt", details: { source, ...summary } } });
      return { ok: true, summary };
    },
    { timeout: 120_000 },
  );
}
