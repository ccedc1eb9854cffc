// Server-side clustering of the public inbreng map: one supercluster index
// per stadsdeel and filter set, kept in this process and rebuilt when the
// points behind it change (their count or newest update differ — read with
// one aggregate query per request, so a new inbreng, a moved point, a
// published or cancelled bijeenkomst shows on the next request, whichever
// process wrote it). A request asks for one zoom level and viewport and
// gets only the clusters and points in it: a few hundred bytes instead of
// every point, and no clustering work in the browser.
import Supercluster from "supercluster";

/** [lat, lng, 1, kind index] for a point; [lat, lng, count, cluster id, zoom that opens it] for a cluster. */
export type ClusterTuple = [number, number, number, number] | [number, number, number, number, number];
export type Bbox = [west: number, south: number, east: number, north: number];

type Entry = { version: string; index: Supercluster<{ kind: number }>; total: number };
const MAX_ENTRIES = 64;
const entries = new Map<string, Entry>();

// radius 96 of 512 = 48 px: clusters (at most 42 px) never overlap, so each stays a full 24 px target (WCAG 2.5.8)
const options = { radius: 96, maxZoom: 17 };

/** A supercluster index of compact points [lat, lng, kind, …] (also used in the browser for a verslag's frozen map). */
export function buildClusterIndex(points: [number, number, number, number][]): Supercluster<{ kind: number }> {
  const index = new Supercluster<{ kind: number }>(options);
  index.load(points.map((p) => ({ type: "Feature", properties: { kind: p[2] }, geometry: { type: "Point", coordinates: [p[1], p[0]] } })));
  return index;
}

/** The index for this key at this version, built from `load` only when the version moved on. */
export async function clusterIndex(key: string, version: string, load: () => Promise<[number, number, number, number][]>): Promise<Entry> {
  const hit = entries.get(key);
  if (hit && hit.version === version) {
    entries.delete(key); // most recently used last
    entries.set(key, hit);
    return hit;
  }
  const points = await load();
  const entry = { version, index: buildClusterIndex(points), total: points.length };
  entries.set(key, entry);
  if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return entry;
}

/** The clusters and single points of one zoom level inside a viewport, as compact tuples. */
export function clustersIn(index: Supercluster<{ kind: number }>, bbox: Bbox, zoom: number): ClusterTuple[] {
  const z = Math.max(0, Math.min(options.maxZoom + 1, Math.round(zoom)));
  return index.getClusters(bbox, z).map((c) => {
    const [lng, lat] = c.geometry.coordinates;
    const p = c.properties as { cluster?: boolean; point_count?: number; cluster_id?: number; kind?: number };
    if (!p.cluster) return [lat, lng, 1, p.kind ?? 0];
    return [lat, lng, p.point_count ?? 0, p.cluster_id!, Math.min(index.getClusterExpansionZoom(p.cluster_id!), 18)];
  });
}

/** A viewport from "west,south,east,north" (WGS84), or null when it is not one. */
export function parseBbox(value: string | null): Bbox | null {
  const parts = (value ?? "").split(",").map(Number);
  if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) return null;
  const [w, s, e, n] = parts;
  if (s < -90 || n > 90 || s > n || w < -180 || e > 180 || w > e) return null;
  return [w, s, e, n];
}
