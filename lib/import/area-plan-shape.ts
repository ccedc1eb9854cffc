// The shape of a gebiedsindeling plan (lib/import/area-plan.ts) and what
// can be told from it alone — without server-only imports, so the upload
// form in the browser reads it with the same rule as the server.
export type BuurtPlan = {
  code: string;
  name: string;
  stadsdeel: string;
  kind: "new" | "changed" | "removed";
  /** For "changed": what changes, in Dutch ("naam: A → B", "grens", "stadsdeel: A → B", "wijk: …"). */
  changes: string[];
  /** For "removed": what still refers to it, in Dutch ("3 inbreng, 1 melding"); anything here blocks the import. */
  inUse?: string;
};

export type StadsdeelPlan = { name: string; kind: "new" | "kept" | "removed"; buurten: number; inUse?: string };

export type AreaPlan = {
  stadsdelen: StadsdeelPlan[];
  /** New, changed and removed buurten (unchanged ones are only counted). */
  buurten: BuurtPlan[];
  counts: { new: number; changed: number; unchanged: number; removed: number; total: number };
  wijken: { new: number; renamed: number; removed: number; total: number };
  /** Why the plan cannot be applied (Dutch, one line per blocked removal); empty when it can. */
  blocked: string[];
  digest: string;
};

/** True when applying the plan would change nothing. */
export const planIsEmpty = (plan: AreaPlan) =>
  plan.buurten.length === 0 &&
  plan.wijken.new === 0 &&
  plan.wijken.renamed === 0 &&
  plan.wijken.removed === 0 &&
  !plan.stadsdelen.some((s) => s.kind !== "kept");
