// The nearest address of a point, remembered for a day per point (rounded to
// about a metre) in this server process, so opening the same melding again
// does not ask PDOK again. Failures are not remembered.
import "server-only";
import { reverseAddress, type Lookup } from "./locatieserver";

const DAY = 86_400_000;
const remembered = new Map<string, { at: number; value: string | null }>();

export async function lookupNearestAddress(lat: number, lng: number): Promise<Lookup<string | null>> {
  const key = `${lat.toFixed(5)},${lng.toFixed(5)}`;
  const hit = remembered.get(key);
  if (hit && Date.now() - hit.at < DAY) return { ok: true, value: hit.value };
  const r = await reverseAddress(lat, lng);
  if (r.ok) {
    if (remembered.size > 5000) remembered.clear();
    remembered.set(key, { at: Date.now(), value: r.value });
  }
  return r;
}
