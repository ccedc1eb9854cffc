// Server action (beheerder): the gebiedsindeling from an uploaded GeoJSON.
// Without `commit` it returns the plan — new, changed and removed buurten
// and stadsdelen and what blocks a removal — and writes nothing. With
// `commit` and the digest of the plan the user saw, it applies that plan in
// the action's transaction and audits the counts; when the data changed in
// between it returns the new plan instead of applying a different one.
import type { AreaPlan } from "../../import/area-plan.ts";
import { applyAreaPlan, planAreaImport, planIsEmpty } from "../../import/area-plan.ts";
import { parseAreasFile, summaryOf } from "../../import/import-areas.ts";
import type { ImportIssue } from "../../import/issues.ts";
import { fieldError } from "../../errors.ts";
import { areaImportSchema } from "../../validation/areas.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type AreaImportOutcome = {
  fileName: string;
  /** Problems in the file itself; when present there is no plan. */
  issues: ImportIssue[];
  plan: AreaPlan | null;
  committed: boolean;
  /** The plan changed between preview and apply: this is the new one, nothing was written. */
  stale: boolean;
};

export const importAreaFileAction = defineAction({
  name: "areas.import",
  roles: ["BEHEERDER"],
  schema: areaImportSchema,
  authorize: () => true,
  async handler({ tx, audit }, { fileName, payload, digest, commit }): Promise<AreaImportOutcome> {
    const parsed = parseAreasFile(payload);
    if (!parsed.ok) return { fileName, issues: parsed.issues.slice(0, 200), plan: null, committed: false, stale: false };
    const plan = await planAreaImport(tx, parsed.features);
    if (!commit) return { fileName, issues: [], plan, committed: false, stale: false };
    if (plan.digest !== digest) return { fileName, issues: [], plan, committed: false, stale: true };
    if (plan.blocked.length)
      throw fieldError("payload", "Deze indeling kan niet worden toegepast: er verwijzen nog gegevens naar buurten of stadsdelen die zouden verdwijnen.");
    if (planIsEmpty(plan)) throw fieldError("payload", "Dit bestand verandert niets aan de huidige gebiedsindeling.");
    await applyAreaPlan(tx, plan, parsed.features);
    await audit("Buurt", null, { fileName, ...summaryOf(plan) });
    return { fileName, issues: [], plan, committed: true, stale: false };
  },
});

export async function importAreaFile(_prev: unknown, form: FormData): Promise<ActionResult<AreaImportOutcome>> {
  "use server";
  return importAreaFileAction.invoke(form);
}
