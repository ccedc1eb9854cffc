// Imports CBS buurten (GeoJSON with buurtcode, buurtnaam, wijkcode, wijknaam,
// stadsdeel) into Stadsdeel / Wijk / Buurt. Validates the whole file first
// and changes nothing when any feature is bad; otherwise upserts in one
// transaction, so running it twice changes nothing the second time.
// Stadsdeel outlines are the union of their buurten, computed here once.
import { z } from "zod";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import { type AreaGeometry, bbox, unionOf } from "../geo/geometry.ts";
import { slugify } from "../slug.ts";
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
  stadsdelen: { created: number; total: number };
  wijken: { created: number; updated: number; total: number };
  buurten: { created: number; updated: number; unchanged: number; total: number };
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

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Validates and imports; nothing changes when the file has a bad feature. */
export async function importAreas(prisma: PrismaClient, text: string, source = "geojson"): Promise<AreaImportResult> {
  const parsed = parseAreasFile(text);
  if (!parsed.ok) return parsed;
  const { features } = parsed;

  const summary = await prisma.$transaction(
    async (tx) => {
      const result: AreaImportSummary = {
        stadsdelen: { created: 0, total: 0 },
        wijken: { created: 0, updated: 0, total: 0 },
        buurten: { created: 0, updated: 0, unchanged: 0, total: features.length },
      };

      const stadsdeelIds = new Map<string, string>();
      for (const name of [...new Set(features.map((f) => f.stadsdeel))]) {
        const existing = await tx.stadsdeel.findUnique({ where: { name } });
        const row = existing ?? (await tx.stadsdeel.create({ data: { name, slug: slugify(name) } }));
        if (!existing) result.stadsdelen.created++;
        stadsdeelIds.set(name, row.id);
      }
      result.stadsdelen.total = stadsdeelIds.size;

      const wijkIds = new Map<string, string>();
      for (const f of features) {
        if (wijkIds.has(f.wijkcode)) continue;
        const existing = await tx.wijk.findUnique({ where: { code: f.wijkcode } });
        if (!existing) result.wijken.created++;
        else if (existing.name !== f.wijknaam) result.wijken.updated++;
        const row = await tx.wijk.upsert({
          where: { code: f.wijkcode },
          create: { code: f.wijkcode, name: f.wijknaam },
          update: { name: f.wijknaam },
        });
        wijkIds.set(f.wijkcode, row.id);
      }
      result.wijken.total = wijkIds.size;

      const existingBuurten = new Map(
        (await tx.buurt.findMany({ where: { code: { in: features.map((f) => f.buurtcode) } } })).map((b) => [b.code, b]),
      );
      const touched = new Set<string>();
      for (const f of features) {
        const data = {
          name: f.buurtnaam,
          wijkId: wijkIds.get(f.wijkcode)!,
          stadsdeelId: stadsdeelIds.get(f.stadsdeel)!,
          geometry: f.geometry as object,
          ...bbox(f.geometry),
        };
        const existing = existingBuurten.get(f.buurtcode);
        if (!existing) {
          await tx.buurt.create({ data: { code: f.buurtcode, ...data } });
          result.buurten.created++;
          touched.add(data.stadsdeelId);
          continue;
        }
        const changed =
          existing.name !== data.name ||
          existing.wijkId !== data.wijkId ||
          existing.stadsdeelId !== data.stadsdeelId ||
          !sameJson(existing.geometry, data.geometry);
        if (!changed) {
          result.buurten.unchanged++;
          continue;
        }
        await tx.buurt.update({ where: { id: existing.id }, data });
        result.buurten.updated++;
        touched.add(existing.stadsdeelId);
        touched.add(data.stadsdeelId);
      }

      for (const stadsdeelId of touched) {
        const buurten = await tx.buurt.findMany({ where: { stadsdeelId }, select: { geometry: true } });
        const outline = unionOf(buurten.map((b) => b.geometry as unknown as AreaGeometry));
        await tx.stadsdeel.update({ where: { id: stadsdeelId }, data: { outline: (outline as object | null) ?? undefined } });
      }

      if (touched.size || result.stadsdelen.created || result.wijken.created || result.wijken.updated) {
        await tx.auditEvent.create({
          data: { actorKind: "system", action: "areas.import", entityType: "Buurt", details: { source, ...result } },
        });
      }
      return result;
    },
    { timeout: 120_000 },
  );
  return { ok: true, summary };
}
