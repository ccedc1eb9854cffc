// Writes indicator values in one statement: new ones inserted, changed ones
// updated, identical ones left alone (so re-importing a file changes
// nothing, not even the import time). Returns how many were new and how
// many changed; the rest of the rows were already there as they are.
import type { IndicatorLevel } from "../../generated/prisma/enums.ts";
import type { Tx } from "../actions/define-action.ts";

export type WaardeRow = {
  indicatorId: string;
  level: IndicatorLevel;
  areaCode: string;
  periodStart: string;
  periodEnd: string;
  value: number;
  n: number | null;
  distribution: Record<string, number> | null;
};

export async function writeWaarden(tx: Tx, rows: WaardeRow[], source: string): Promise<{ added: number; changed: number }> {
  let added = 0;
  let changed = 0;
  for (let i = 0; i < rows.length; i += 5000) {
    const part = rows.slice(i, i + 5000);
    const out = await tx.$queryRaw<{ inserted: boolean }[]>`
      INSERT INTO "IndicatorWaarde" (id, "indicatorId", level, "areaCode", "periodStart", "periodEnd", value, n, distribution, source)
      SELECT 'iw' || md5(random()::text || clock_timestamp()::text || r.ord), r.ind, r.lvl::"IndicatorLevel", r.code, r.ps::date, r.pe::date, r.val, r.n, r.dist::jsonb, ${source}
      FROM unnest(${part.map((r) => r.indicatorId)}::text[], ${part.map((r) => r.level)}::text[], ${part.map((r) => r.areaCode)}::text[],
                  ${part.map((r) => r.periodStart)}::text[], ${part.map((r) => r.periodEnd)}::text[], ${part.map((r) => r.value)}::float8[],
                  ${part.map((r) => r.n)}::int[], ${part.map((r) => (r.distribution ? JSON.stringify(r.distribution) : null))}::text[])
           WITH ORDINALITY AS r(ind, lvl, code, ps, pe, val, n, dist, ord)
      ON CONFLICT ("indicatorId", level, "areaCode", "periodStart", "periodEnd") DO UPDATE
        SET value = EXCLUDED.value, n = EXCLUDED.n, distribution = EXCLUDED.distribution, source = EXCLUDED.source, "importedAt" = now()
        WHERE ("IndicatorWaarde".value, "IndicatorWaarde".n, "IndicatorWaarde".distribution, "IndicatorWaarde".source)
              IS DISTINCT FROM (EXCLUDED.value, EXCLUDED.n, EXCLUDED.distribution, EXCLUDED.source)
      RETURNING (xmax = 0) AS inserted`;
    added += out.filter((r) => r.inserted).length;
    changed += out.filter((r) => !r.inserted).length;
  }
  return { added, changed };
}
