// A client for PDOK's Locatieserver (the national address and postcode
// search, BAG-based): `free` finds postcodes and addresses with their point
// and CBS buurtcode; `reverse` names the nearest address of a point. The
// base URL is configurable (LOCATIESERVER_URL; empty switches it off) and
// every call gives up after a few seconds, so an offline portal answers
// with its fallback (the buurt list, the coordinates) instead of hanging.
export type AddressHit = { name: string; type: string; lat: number; lng: number; buurtcode: string | null };
export type Lookup<T> = { ok: true; value: T } | { ok: false; reason: "off" | "unreachable" };

const TIMEOUT_MS = 3000;

export const locatieserverUrl = () => (process.env.LOCATIESERVER_URL ?? "https://api.pdok.nl/bzk/locatieserver/search/v3_1").replace(/\/$/, "");

/** "POINT(5.69 50.85)" → { lng, lat }. */
export function parsePoint(wkt: unknown): { lng: number; lat: number } | null {
  const m = typeof wkt === "string" ? /^POINT\((-?[\d.]+) (-?[\d.]+)\)$/.exec(wkt.trim()) : null;
  return m ? { lng: Number(m[1]), lat: Number(m[2]) } : null;
}

async function get(path: string, params: Record<string, string>): Promise<Lookup<{ docs: Record<string, unknown>[] }>> {
  const base = locatieserverUrl();
  if (!base) return { ok: false, reason: "off" };
  try {
    const res = await fetch(`${base}/${path}?${new URLSearchParams(params)}`, {
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: { accept: "application/json" },
    });
    if (!res.ok) return { ok: false, reason: "unreachable" };
    const body = (await res.json()) as { response?: { docs?: Record<string, unknown>[] } };
    return { ok: true, value: { docs: Array.isArray(body.response?.docs) ? body.response.docs : [] } };
  } catch {
    return { ok: false, reason: "unreachable" };
  }
}

const toHit = (d: Record<string, unknown>): AddressHit[] => {
  const p = parsePoint(d.centroide_ll);
  return p && typeof d.weergavenaam === "string"
    ? [{ name: d.weergavenaam, type: String(d.type ?? ""), ...p, buurtcode: typeof d.buurtcode === "string" ? d.buurtcode : null }]
    : [];
};

/** Postcodes and addresses matching what a resident typed (at most five). */
export async function searchAddress(q: string): Promise<Lookup<AddressHit[]>> {
  const r = await get("free", { q, fq: "type:(postcode OR adres)", fl: "weergavenaam,type,centroide_ll,buurtcode", rows: "5" });
  return r.ok ? { ok: true, value: r.value.docs.flatMap(toHit) } : r;
}

/** The nearest address of a point (for a melding's place), or null when none is near. */
export async function reverseAddress(lat: number, lng: number): Promise<Lookup<string | null>> {
  const r = await get("reverse", { lat: String(lat), lon: String(lng), type: "adres", rows: "1", fl: "weergavenaam,afstand" });
  if (!r.ok) return r;
  const d = r.value.docs[0];
  return { ok: true, value: d && typeof d.weergavenaam === "string" && Number(d.afstand ?? 0) <= 100 ? d.weergavenaam : null };
}
