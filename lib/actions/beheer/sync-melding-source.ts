// Server action (beheerder): "Nu ophalen" — a pull from Signalen now instead
// of waiting for the next five-minute run. The click is audited; the pull
// itself commits page by page (lib/signalen/pull-signals.ts), so it runs
// after the action's own transaction, and its report is the answer.
import { prisma } from "../../db.ts";
import { pullSignals, type PullReport } from "../../signalen/pull-signals.ts";
import { syncMeldingSourceSchema } from "../../validation/melding-source.ts";
import { type ActionResult, defineAction } from "../define-action.ts";

export const syncMeldingSourceAction = defineAction({
  name: "meldingsource.sync",
  roles: ["BEHEERDER"],
  schema: syncMeldingSourceSchema,
  authorize: () => true,
  async handler({ tx, audit }) {
    const source = await tx.meldingSource.findUnique({ where: { id: "signalen" }, select: { id: true } });
    await audit("MeldingSource", "signalen", { sync: true, configured: Boolean(source) });
    return { configured: Boolean(source) };
  },
});

export async function syncMeldingSource(_prev: unknown, form: FormData): Promise<ActionResult<{ report: PullReport | null }>> {
  "use server";
  const result = await syncMeldingSourceAction.invoke(form);
  if (!result.ok) return result;
  // the beheerder asked: a refused token is tried again (saving the source clears it too)
  await prisma.meldingSource.updateMany({ where: { id: "signalen", status: "niet verbonden" }, data: { status: "nieuw" } });
  return { ok: true, data: { report: result.data.configured ? await pullSignals(prisma, { maxPages: 200 }) : null } };
}
