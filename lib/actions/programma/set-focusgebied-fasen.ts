// Server action: the dates of a focusgebied's phases (procesplan,
// luisteren, beeld en analyse, perspectief, gebiedsagenda, actie) in one
// form: the phases filled in are replaced, the empty ones removed, in one
// transaction. Audited.
import { setFasenSchema, focusgebiedFasen } from "../../validation/programma.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { managesFocusgebied } from "./focusgebied-access.ts";
import { programmaWriters } from "./programma-access.ts";

export const setFocusgebiedFasenAction = defineAction({
  name: "focusgebied.set-fasen",
  roles: [...programmaWriters],
  schema: setFasenSchema,
  authorize: ({ tx, user }, input) => managesFocusgebied(tx, user, input.focusgebiedId),
  async handler({ tx, audit }, input) {
    const v = input as Record<string, string | undefined>;
    const day = (s: string | undefined) => (s ? new Date(`${s}T00:00:00Z`) : null);
    const rows = focusgebiedFasen.flatMap((fase) =>
      v[`${fase}_start`] ? [{ focusgebiedId: input.focusgebiedId, fase, startsOn: day(v[`${fase}_start`])!, endsOn: day(v[`${fase}_end`]) }] : [],
    );
    await tx.focusgebiedFaseDatum.deleteMany({ where: { focusgebiedId: input.focusgebiedId } });
    await tx.focusgebiedFaseDatum.createMany({ data: rows });
    await audit("Focusgebied", input.focusgebiedId, { fasen: rows.map((r) => r.fase) });
    return { fasen: rows.length };
  },
});

export async function setFocusgebiedFasen(_prev: unknown, form: FormData): Promise<ActionResult<{ fasen: number }>> {
  "use server";
  return setFocusgebiedFasenAction.invoke(form);
}
