// Server action (beheerder): an afwijkende gebiedsindeling — its name, owner
// (a department or a partner organisation), validity and a CSV of buurtcode
// → eenheid. First a preview (nothing written), then the apply: the
// indeling made or, by the same name, updated with its units replaced. A
// refused file names every bad row and writes nothing. Audited.
import { fieldError } from "../../errors.ts";
import type { ImportIssue } from "../../import/issues.ts";
import { planIndeling, writeIndeling } from "../../import/import-gebiedsindeling.ts";
import { gebiedsindelingImportSchema } from "../../validation/areas.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export type IndelingImportOutcome = {
  fileName: string;
  committed: boolean;
  issues: ImportIssue[];
  units: { name: string; buurten: number; stadsdelen: string[] }[];
  buurten: number;
  /** What was filled in, to show again in the form after the preview. */
  input: { name: string; owner: string; validFrom: string; validTo: string };
};

export const importGebiedsindelingAction = defineAction({
  name: "gebiedsindeling.import",
  roles: ["BEHEERDER"],
  schema: gebiedsindelingImportSchema,
  authorize: () => true,
  async handler({ tx, audit }, input): Promise<IndelingImportOutcome> {
    const [kind, ownerId] = input.owner.split(":");
    const owner =
      kind === "department"
        ? await tx.department.findFirst({ where: { id: ownerId, active: true }, select: { id: true } })
        : await tx.organisation.findFirst({ where: { id: ownerId, active: true }, select: { id: true } });
    if (!owner) throw fieldError("owner", "Kies een actieve afdeling of partnerorganisatie.");
    const typed = { name: input.name, owner: input.owner, validFrom: input.validFrom, validTo: input.validTo ?? "" };
    const plan = await planIndeling(tx, input.payload);
    if (!plan.ok) return { fileName: input.fileName, committed: false, issues: plan.issues.slice(0, 200), units: [], buurten: 0, input: typed };
    const outcome = {
      fileName: input.fileName,
      input: typed,
      issues: [],
      units: plan.units.map((u) => ({ name: u.name, buurten: u.buurtIds.length, stadsdelen: u.stadsdelen })),
      buurten: plan.buurten,
    };
    if (!input.apply) return { ...outcome, committed: false };
    const data = {
      ownerDepartmentId: kind === "department" ? owner.id : null,
      ownerOrganisationId: kind === "organisation" ? owner.id : null,
      validFrom: new Date(`${input.validFrom}T00:00:00Z`),
      validTo: input.validTo ? new Date(`${input.validTo}T00:00:00Z`) : null,
    };
    const indeling = await tx.gebiedsindeling.upsert({
      where: { name: input.name },
      create: { name: input.name, ...data },
      update: data,
      select: { id: true },
    });
    await writeIndeling(tx, indeling.id, plan);
    await audit("Gebiedsindeling", indeling.id, { fileName: input.fileName, units: plan.units.length, buurten: plan.buurten });
    return { ...outcome, committed: true };
  },
});

export async function importGebiedsindeling(_prev: unknown, form: FormData): Promise<ActionResult<IndelingImportOutcome>> {
  "use server";
  return importGebiedsindelingAction.invoke(form);
}
