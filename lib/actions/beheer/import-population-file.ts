// Server action (beheerder): CBS reference figures (Kerncijfers wijken en
// buurten, CBS's own CSV export or the simple layout) for one year. Every
// row is checked first; a bad row is named by its line and nothing is
// written. Figures of the same year and buurt are replaced. Audited.
import type { ImportIssue } from "../../import/issues.ts";
import { planPopulationImport, writePopulation } from "../../import/import-population.ts";
import { populationImportSchema } from "../../validation/areas.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type PopulationImportOutcome = { fileName: string; year: number; issues: ImportIssue[]; buurten: number; figures: number; missing: number };

export const importPopulationFileAction = defineAction({
  name: "population.import",
  roles: ["BEHEERDER"],
  schema: populationImportSchema,
  authorize: () => true,
  async handler({ tx, audit }, { fileName, payload, year }): Promise<PopulationImportOutcome> {
    const plan = await planPopulationImport(tx, payload, year);
    if (!plan.ok) return { fileName, year, issues: plan.issues.slice(0, 200), buurten: 0, figures: 0, missing: 0 };
    await writePopulation(tx, plan, year, `CBS Kerncijfers wijken en buurten (${fileName || "upload"})`);
    const missing = await tx.buurt.count({ where: { code: { notIn: plan.codes } } });
    await audit("PopulationFigure", null, { fileName, year, buurten: plan.codes.length, figures: plan.figures.length });
    return { fileName, year, issues: [], buurten: plan.codes.length, figures: plan.figures.length, missing };
  },
});

export async function importPopulationFile(_prev: unknown, form: FormData): Promise<ActionResult<PopulationImportOutcome>> {
  "use server";
  return importPopulationFileAction.invoke(form);
}
