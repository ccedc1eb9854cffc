// Server action (regisseur, beheerder): figures per area from a peiling CSV.
// First a preview (what would be written, or every bad row), then the
// apply, which writes exactly that file: new values added, changed ones
// replaced, identical ones untouched. A regisseur's file may hold only the
// gemeente and areas in their own stadsdelen. Audited with the counts.
import type { ImportIssue } from "../../import/issues.ts";
import { type PeilingSummary, planPeiling } from "../../import/import-peiling.ts";
import { writeWaarden } from "../../indicators/write-waarden.ts";
import { peilingImportSchema } from "../../validation/indicator.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type PeilingImportOutcome = {
  fileName: string;
  source: string;
  committed: boolean;
  issues: ImportIssue[];
  summary: PeilingSummary[];
  rows: number;
  added: number;
  changed: number;
};

export const importPeilingAction = defineAction({
  name: "indicator.import-peiling",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: peilingImportSchema,
  authorize: () => true,
  async handler({ tx, user, audit }, input): Promise<PeilingImportOutcome> {
    const allowed = user.role === "BEHEERDER" ? undefined : user.stadsdeelIds;
    const plan = await planPeiling(tx, input.payload, allowed);
    const base = { fileName: input.fileName, source: input.source, added: 0, changed: 0 };
    if (!plan.ok) return { ...base, committed: false, issues: plan.issues.slice(0, 200), summary: [], rows: 0 };
    if (!input.apply) return { ...base, committed: false, issues: [], summary: plan.summary, rows: plan.rows.length };
    const { added, changed } = await writeWaarden(tx, plan.rows, input.source);
    await audit("IndicatorWaarde", null, { fileName: input.fileName, source: input.source, rows: plan.rows.length, added, changed });
    return { ...base, added, changed, committed: true, issues: [], summary: plan.summary, rows: plan.rows.length };
  },
});

export async function importPeiling(_prev: unknown, form: FormData): Promise<ActionResult<PeilingImportOutcome>> {
  "use server";
  return importPeilingAction.invoke(form);
}
