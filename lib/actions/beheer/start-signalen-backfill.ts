// Server action (beheerder): "Geschiedenis ophalen" — meldingen from Signalen
// created since a date, fetched by the worker in windows of 30 days
// (lib/signalen/pull-signals.ts) next to the five-minute pull. Without an
// incremental cursor yet, the pull starts from now, so history is read once.
import { AppError } from "../../errors.ts";
import { startBackfillSchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const startSignalenBackfillAction = defineAction({
  name: "meldingsource.backfill",
  roles: ["BEHEERDER"],
  schema: startBackfillSchema,
  authorize: () => true,
  async handler({ tx, audit }, { from }) {
    const source = await tx.meldingSource.findUnique({ where: { id: "signalen" } });
    if (!source) throw new AppError("CONFLICT", "Stel eerst de verbinding met Signalen in.");
    const now = new Date();
    await tx.meldingSource.update({
      where: { id: "signalen" },
      data: { backfillCursor: from, backfillUntil: now, cursor: source.cursor ?? now.toISOString() },
    });
    await audit("MeldingSource", "signalen", { backfillFrom: from.toISOString() });
    return { from };
  },
});

export async function startSignalenBackfill(_prev: unknown, form: FormData): Promise<ActionResult<{ from: Date }>> {
  "use server";
  return startSignalenBackfillAction.invoke(form);
}
