// Server action (beheerder): one year of CBS Kerncijfers wijken en buurten
// (the national table as CBS publishes it) into the indicators that name a
// CBS key. Preview first (regions, values per indicator, suppressed figures
// counted as missing), then the apply. Other gemeenten are passed over.
import type { ImportIssue } from "../../import/issues.ts";
import { planCbsKerncijfers } from "../../import/import-cbs-kerncijfers.ts";
import { writeWaarden } from "../../indicators/write-waarden.ts";
import { cbsKerncijfersImportSchema } from "../../validation/indicator.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type CbsImportOutcome = {
  fileName: string;
  year: number;
  committed: boolean;
  issues: ImportIssue[];
  regions: number;
  otherRegions: number;
  missing: number;
  indicators: { code: string; name: string; column: string; values: number }[];
  absent: string[];
  added: number;
  changed: number;
};

export const importCbsKerncijfersAction = defineAction({
  name: "indicator.import-cbs",
  roles: ["BEHEERDER"],
  schema: cbsKerncijfersImportSchema,
  authorize: () => true,
  async handler({ tx, audit }, input): Promise<CbsImportOutcome> {
    const plan = await planCbsKerncijfers(tx, input.payload, input.year);
    const base = { fileName: input.fileName, year: input.year, added: 0, changed: 0 };
    if (!plan.ok) return { ...base, committed: false, issues: plan.issues.slice(0, 200), regions: 0, otherRegions: 0, missing: 0, indicators: [], absent: [] };
    const outcome = {
      ...base,
      issues: [],
      regions: plan.regions,
      otherRegions: plan.otherRegions,
      missing: plan.missing,
      indicators: plan.indicators,
      absent: plan.absent,
    };
    if (!input.apply) return { ...outcome, committed: false };
    const { added, changed } = await writeWaarden(tx, plan.rows, `CBS Kerncijfers wijken en buurten ${input.year}`);
    await audit("IndicatorWaarde", null, { fileName: input.fileName, year: input.year, regions: plan.regions, values: plan.rows.length, added, changed });
    return { ...outcome, committed: true, added, changed };
  },
});

export async function importCbsKerncijfers(_prev: unknown, form: FormData): Promise<ActionResult<CbsImportOutcome>> {
  "use server";
  return importCbsKerncijfersAction.invoke(form);
}
