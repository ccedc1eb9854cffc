// The areas an indicator value can belong to, by the code a file names:
// GM… (the gemeente), WK… (a wijk), BU… (a buurt) — CBS codes, space padding
// trimmed — or a stadsdeel by its slug or name. Each resolves to its level,
// the code stored, and the stadsdelen it lies in (a wijk can span two), so
// an importer can keep a regisseur to their own stadsdelen.
import type { IndicatorLevel } from "../../generated/prisma/enums.ts";
import type { Tx } from "../actions/define-action.ts";
import { slugify } from "../slug.ts";

export type ResolvedArea = { level: IndicatorLevel; areaCode: string; name: string; stadsdeelIds: string[] };

export type AreaIndex = { gemeenteCode: string | null; resolve: (raw: string) => ResolvedArea | null };

/** The gemeente's CBS code from one of its buurtcodes (BU0935xxxx → GM0935); null without a buurtcode (no areas yet). */
export function gemeenteCodeOf(buurtCode: string | undefined): string | null {
  const m = buurtCode?.match(/^BU(\d{4})\d{4}$/);
  return m ? `GM${m[1]}` : null;
}

type StadsdeelAreas = { slug: string; name: string; buurten: { code: string; name: string }[] };

/** The level of an area code within a stadsdeel (its slug, one of its buurten, or the gemeente); null for anything else. */
export function areaLevelIn(stadsdeel: Pick<StadsdeelAreas, "slug"> & { buurten: { code: string }[] }, code: string): IndicatorLevel | null {
  if (code === stadsdeel.slug) return "STADSDEEL";
  if (stadsdeel.buurten.some((b) => b.code === code)) return "BUURT";
  return code === gemeenteCodeOf(stadsdeel.buurten[0]?.code) ? "GEMEENTE" : null;
}

/** An area code of a stadsdeel in words: "stadsdeel West", "de hele stad" or the buurt's name. */
export function areaNamer(stadsdeel: StadsdeelAreas): (code: string | null) => string {
  const gm = gemeenteCodeOf(stadsdeel.buurten[0]?.code);
  return (code) =>
    code === stadsdeel.slug
      ? `stadsdeel ${stadsdeel.name}`
      : code === gm
        ? "de hele stad"
        : (stadsdeel.buurten.find((b) => b.code === code)?.name ?? code ?? "");
}

export async function loadAreaIndex(tx: Tx): Promise<AreaIndex> {
  const [buurten, wijken, stadsdelen] = await Promise.all([
    tx.buurt.findMany({ select: { code: true, name: true, stadsdeelId: true, wijk: { select: { code: true } } } }),
    tx.wijk.findMany({ select: { code: true, name: true } }),
    tx.stadsdeel.findMany({ select: { id: true, slug: true, name: true } }),
  ]);
  const gemeenteCode = gemeenteCodeOf(buurten[0]?.code);
  const allIds = stadsdelen.map((s) => s.id);
  const map = new Map<string, ResolvedArea>();
  for (const b of buurten) map.set(b.code, { level: "BUURT", areaCode: b.code, name: b.name, stadsdeelIds: [b.stadsdeelId] });
  for (const w of wijken) {
    const ids = [...new Set(buurten.filter((b) => b.wijk.code === w.code).map((b) => b.stadsdeelId))];
    map.set(w.code, { level: "WIJK", areaCode: w.code, name: w.name, stadsdeelIds: ids });
  }
  for (const s of stadsdelen) {
    const area: ResolvedArea = { level: "STADSDEEL", areaCode: s.slug, name: s.name, stadsdeelIds: [s.id] };
    map.set(s.slug.toUpperCase(), area);
    map.set(slugify(s.name).toUpperCase(), area);
  }
  if (gemeenteCode) map.set(gemeenteCode, { level: "GEMEENTE", areaCode: gemeenteCode, name: "gemeente", stadsdeelIds: allIds });
  return {
    gemeenteCode,
    resolve: (raw) => {
      const code = raw.trim();
      return map.get(code.toUpperCase()) ?? map.get(slugify(code).toUpperCase()) ?? null;
    },
  };
}
