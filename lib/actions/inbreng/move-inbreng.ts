// Server action: move a logged inbreng to another place (drag on the map).
import { moveInbrengSchema } from "../../validation/inbreng.ts";
import { locateInStadsdeel } from "../../geo/locate-in-stadsdeel.ts";
import { type ActionResult, defineAction } from "../define-action.ts";
import { manageableInbreng } from "./inbreng-access.ts";

export const moveInbrengAction = defineAction({
  name: "inbreng.move",
  roles: ["STADSDEELREGISSEUR", "BEHEERDER"],
  schema: moveInbrengSchema,
  authorize: async ({ user, tx }, input) => (await manageableInbreng(tx, user, input.inbrengId)) !== null,
  async handler({ tx, user, audit }, input) {
    const current = (await manageableInbreng(tx, user, input.inbrengId))!;
    const place = await locateInStadsdeel(tx, current.bijeenkomst.stadsdeel, input);
    await tx.inbreng.update({ where: { id: input.inbrengId }, data: { lat: place.lat, lng: place.lng, buurtId: place.buurtId } });
    await audit("Inbreng", input.inbrengId, { moved: true });
    return place;
  },
});

export async function moveInbreng(input: unknown): Promise<ActionResult<{ lat: number | null; lng: number | null; buurtId: string; buurtName: string }>> {
  "use server";
  return moveInbrengAction.invoke(input);
}
