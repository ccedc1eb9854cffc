// Server action (beheerder only: it records the college's decision): a
// concept programma becomes vastgesteld — by whom, on which date, with the
// decision's kenmerk. The version it replaces, if vastgesteld, becomes
// vervallen in the same transaction. From then on the database refuses any
// change to it. A programma without opgaven is refused. Audited.
import { AppError } from "../../errors.ts";
import { vaststellenSchema } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { requireConcept } from "./programma-access.ts";

export const vaststellenProgrammaAction = defineAction({
  name: "programma.vaststellen",
  roles: ["BEHEERDER"],
  schema: vaststellenSchema,
  authorize: () => true,
  async handler({ tx, audit }, input) {
    const p = await requireConcept(tx, input.programmaId);
    const full = await tx.programma.findUniqueOrThrow({ where: { id: p.id }, select: { previousId: true, _count: { select: { opgaven: true } } } });
    if (full._count.opgaven === 0) throw new AppError("CONFLICT", "Een programma zonder opgaven kan niet worden vastgesteld.");
    if (full.previousId) await tx.programma.updateMany({ where: { id: full.previousId, status: "VASTGESTELD" }, data: { status: "VERVALLEN" } });
    await tx.programma.update({
      where: { id: p.id },
      data: { status: "VASTGESTELD", vastgesteldDoor: input.vastgesteldDoor, vastgesteldOp: input.vastgesteldOp, besluitKenmerk: input.besluitKenmerk },
    });
    await audit("Programma", p.id, { status: "VASTGESTELD", besluitKenmerk: input.besluitKenmerk, replaced: full.previousId });
    return { id: p.id };
  },
});

export async function vaststellenProgramma(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string }>> {
  "use server";
  return vaststellenProgrammaAction.invoke(form);
}
