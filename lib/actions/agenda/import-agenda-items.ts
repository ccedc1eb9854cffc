// Server action: import a spreadsheet of agenda items. Without `commit` it
// only returns the plan (the preview: per row create / update / unchanged /
// refused and why); with `commit` it applies the good rows in one
// transaction and audits the counts.
import type { AgendaImportPlan, PlannedRow } from "../../import/import-agenda.ts";
import { applyAgendaImport, planAgendaImport } from "../../import/import-agenda.ts";
import { readSpreadsheet } from "../../import/read-spreadsheet.ts";
import { fieldError } from "../../errors.ts";
import { importAgendaSchema } from "../../validation/agenda.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type ImportOutcome = {
  committed: boolean;
  fileName: string;
  payload: string;
  counts: AgendaImportPlan["counts"];
  rows: Pick<PlannedRow, "line" | "key" | "title" | "action" | "reasons">[];
};

export const importAgendaItemsAction = defineAction({
  name: "agenda.import",
  roles: ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"],
  schema: importAgendaSchema,
  authorize: () => true, // checked per row: each row's stadsdeel or department must be the user's
  async handler({ tx, user, audit }, { fileName, payload, commit }): Promise<ImportOutcome> {
    const sheet = await readSpreadsheet(fileName, Buffer.from(payload, "base64")).catch(() => {
      throw fieldError("payload", "Het bestand kon niet worden gelezen. Gebruik CSV of XLSX.");
    });
    const plan = await planAgendaImport(tx, user, sheet);
    if (plan.missingColumns.length) throw fieldError("payload", `Kolom ontbreekt: ${plan.missingColumns.join(", ")}.`);
    if (sheet.rows.length === 0) throw fieldError("payload", "Het bestand bevat geen rijen.");
    if (commit) {
      await applyAgendaImport(tx, plan);
      await audit("AgendaItem", null, { fileName, ...plan.counts });
    }
    return {
      committed: commit,
      fileName,
      payload: commit ? "" : payload,
      counts: plan.counts,
      rows: plan.rows.map(({ line, key, title, action, reasons }) => ({ line, key, title, action, reasons })),
    };
  },
});

export async function importAgendaItems(_prev: unknown, form: FormData): Promise<ActionResult<ImportOutcome>> {
  "use server";
  return importAgendaItemsAction.invoke(form);
}
