// Server action (beheerder): meldingen from another meldingen system as CSV.
// "controleren" reads and checks every row and writes nothing; "inlezen"
// writes them in this transaction — only when no row is bad (each bad row
// is named by its line). Idempotent by id; audited with the counts.
import type { ImportIssue } from "../../import/issues.ts";
import { applyMeldingenCsv, planMeldingenCsv } from "../../import/import-meldingen-csv.ts";
import { meldingenCsvSchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type MeldingenCsvOutcome = { fileName: string; mode: "controleren" | "inlezen"; issues: ImportIssue[]; rows: number; existing: number; written: number };

export const importMeldingenCsvAction = defineAction({
  name: "meldingen.csv",
  roles: ["BEHEERDER"],
  schema: meldingenCsvSchema,
  authorize: () => true,
  async handler({ tx, audit }, { fileName, payload, mode }): Promise<MeldingenCsvOutcome> {
    const plan = await planMeldingenCsv(tx, payload);
    const base = { fileName, mode, issues: plan.issues.slice(0, 200), rows: plan.rows.length, existing: plan.existing, written: 0 };
    if (mode === "controleren" || plan.issues.length) return base;
    const written = await applyMeldingenCsv(tx, plan);
    await audit("Melding", null, { fileName, origin: "CSV", written, updated: plan.existing });
    return { ...base, written };
  },
});

export async function importMeldingenCsv(_prev: unknown, form: FormData): Promise<ActionResult<MeldingenCsvOutcome>> {
  "use server";
  return importMeldingenCsvAction.invoke(form);
}
