// Server-side placing of a point or buurt choice within a stadsdeel: the
// buurt of a point is computed here (point in polygon), never trusted from
// the browser, and a point outside the stadsdeel is refused.
import type { Tx } from "../actions/define-action.ts";
import { fieldError } from "../errors.ts";
import { findContainingArea, round6 } from "./geometry.ts";

export type Placed = { lat: number | null; lng: number | null; buurtId: string; buurtName: string };

export async function locateInStadsdeel(
  tx: Tx,
  stadsdeel: { id: string; name: string },
  where: { lat?: number; lng?: number; buurtId?: string },
): Promise<Placed> {
  if (where.lat !== undefined && where.lng !== undefined) {
    const buurten = await tx.buurt.findMany({
      where: { stadsdeelId: stadsdeel.id },
      select: { id: true, name: true, geometry: true, minLng: true, minLat: true, maxLng: true, maxLat: true },
    });
    const hit = findContainingArea(buurten, where.lng, where.lat);
    if (!hit) throw fieldError("location", `Deze plek ligt buiten stadsdeel ${stadsdeel.name}. Kies een plek binnen het stadsdeel.`);
    return { lat: round6(where.lat), lng: round6(where.lng), buurtId: hit.id, buurtName: hit.name };
  }
  const buurt = await tx.buurt.findUnique({ where: { id: where.buurtId! }, select: { id: true, name: true, stadsdeelId: true } });
  if (!buurt || buurt.stadsdeelId !== stadsdeel.id) throw fieldError("buurtId", `Kies een buurt in stadsdeel ${stadsdeel.name}.`);
  return { lat: null, lng: null, buurtId: buurt.id, buurtName: buurt.name };
}
