// Server action: edit a logged inbreng (kind, theme, text, table, place).
import { updateInbrengSchema } from "../../validation/inbreng.ts";
import { locateInStadsdeel } from "../../geo/locate-in-stadsdeel.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import type { LoggedInbreng } from "./create-inbreng.ts";
import { checkThemeAndTafel, manageableInbreng } from "./inbreng-access.ts";

export const updateInbrengAction = defineAction({
  name: "inbreng.update",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: updateInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableInbreng(tx, user, input.inbrengId)) !== null,
  async handler({ tx, user, audit }, input): Promise<LoggedInbreng> {
    const current = (await manageableInbreng(tx, user, input.inbrengId))!;
    await checkThemeAndTafel(tx, current.bijeenkomstId, input.themeId, input.tafelId, current.themeId);
    const place = await locateInStadsdeel(tx, current.bijeenkomst.stadsdeel, input);
    const row = await tx.inbreng.update({
      where: { id: input.inbrengId },
      data: {
        kind: input.kind,
        themeId: input.themeId,
        text: input.text,
        tafelId: input.tafelId ?? null,
        lat: place.lat,
        lng: place.lng,
        buurtId: place.buurtId,
      },
    });
    await audit("Inbreng", row.id, { fields: ["kind", "themeId", "text", "tafelId", "place"] });
    return {
      id: row.id,
      kind: row.kind,
      themeId: row.themeId,
      text: row.text,
      tafelId: row.tafelId,
      lat: row.lat,
      lng: row.lng,
      buurtId: place.buurtId,
      buurtName: place.buurtName,
    };
  },
});

export async function updateInbreng(input: unknown): Promise<ActionResult<LoggedInbreng>> {
  "use server";
  return updateInbrengAction.invoke(input);
}
