// Public action: an attendee reacts on a version of the verslag, through
// the link in the verslag mail.
import { AppError } from "../../errors.ts";
import { hashToken, redeemToken } from "../../tokens.ts";
import { reactieSchema } from "../../validation/verslag.ts";
import type { ActionResult } from "../define-action.ts";
import { definePublicAction } from "../define-public-action.ts";

const REACTIES_PER_HOUR = 5;

export const submitReactieAction = definePublicAction({
  name: "verslag.reactie",
  schema: reactieSchema,
  async handler({ tx }, { token, versionId, text }) {
    const t = await redeemToken(tx, token, "verslag");
    if (!t?.bijeenkomstId) throw new AppError("FORBIDDEN", "Deze link is verlopen of ongeldig.");
    const version = await tx.verslagVersion.findUnique({ where: { id: versionId }, include: { verslag: true } });
    if (!version || version.verslag.bijeenkomstId !== t.bijeenkomstId) throw new AppError("NOT_FOUND", "Deze versie van het verslag hoort niet bij uw link.");
    // at most REACTIES_PER_HOUR reactions per link: a forwarded link cannot flood the verslag
    const [{ hits }] = await tx.$queryRaw<
      { hits: number }[]
    >`SELECT "rate_limit_hit"(${`reactie:${hashToken(token)}`}, ${3_600_000}::bigint, ${Date.now()}::bigint) AS hits`;
    if (hits > REACTIES_PER_HOUR) throw new AppError("CONFLICT", "U heeft het afgelopen uur al vaak gereageerd. Probeer het later opnieuw.");
    const reactie = await tx.reactie.create({ data: { versionId, participantId: t.participantId, text } });
    await tx.auditEvent.create({ data: { actorKind: "resident", action: "verslag.reactie", entityType: "Reactie", entityId: reactie.id } });
    return { id: reactie.id, version: version.number };
  },
});

export async function submitReactie(_prev: unknown, form: FormData): Promise<ActionResult<{ id: string; version: number }>> {
  "use server";
  return submitReactieAction.invoke(form);
}
