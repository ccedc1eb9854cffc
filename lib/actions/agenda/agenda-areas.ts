// Shared by the agenda item actions: the chosen buurten and wijken must lie
// in the item's stadsdeel; returns the area rows to store.
import { fieldError } from "../../errors.ts";
import type { Tx } from "../define-action.ts";

export async function checkedAreas(tx: Tx, stadsdeelId: string, buurtIds: string[], wijkIds: string[]) {
  const buurten = await tx.buurt.findMany({ where: { id: { in: buurtIds } }, select: { id: true, stadsdeelId: true } });
  if (buurten.length !== new Set(buurtIds).size || buurten.some((b) => b.stadsdeelId !== stadsdeelId))
    throw fieldError("buurtIds", "Kies alleen buurten in dit stadsdeel.");
  const wijken = await tx.buurt.findMany({ where: { wijkId: { in: wijkIds }, stadsdeelId }, select: { wijkId: true }, distinct: ["wijkId"] });
  if (wijken.length !== new Set(wijkIds).size) throw fieldError("wijkIds", "Kies alleen wijken met buurten in dit stadsdeel.");
  return [...new Set(buurtIds)].map((buurtId) => ({ buurtId })).concat([...new Set(wijkIds)].map((wijkId) => ({ wijkId }) as never));
}
