// Server action: log one point raised at a stadsdeelavond, on the map (a
// point) or without it (a buurt from the list). The buurt is computed here.
import { createInbrengSchema } from "../../validation/inbreng.ts";
import { locateInStadsdeel } from "../../geo/locate-in-stadsdeel.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { checkThemeAndTafel, manageableBijeenkomst } from "./inbreng-access.ts";

export type LoggedInbreng = {
  id: string;
  kind: string;
  themeId: string;
  text: string;
  tafelId: string | null;
  lat: number | null;
  lng: number | null;
  buurtId: string;
  buurtName: string;
};

export const createInbrengAction = defineAction({
  name: "inbreng.create",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: createInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableBijeenkomst(tx, user, input.bijeenkomstId)) !== null,
  async handler({ tx, user, audit }, input): Promise<LoggedInbreng> {
    const b = (await manageableBijeenkomst(tx, user, input.bijeenkomstId))!;
    await checkThemeAndTafel(tx, b.id, input.themeId, input.tafelId);
    const place = await locateInStadsdeel(tx, b.stadsdeel, input);
    const row = await tx.inbreng.create({
      data: {
        bijeenkomstId: b.id,
        kind: input.kind,
        themeId: input.themeId,
        text: input.text,
        tafelId: input.tafelId ?? null,
        lat: place.lat,
        lng: place.lng,
        buurtId: place.buurtId,
        loggedById: user.id,
      },
    });
    await audit("Inbreng", row.id, { bijeenkomstId: b.id, onMap: place.lat !== null });
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

export async function createInbreng(input: unknown): Promise<ActionResult<LoggedInbreng>> {
  "use server";
  return createInbrengAction.invoke(input);
}
