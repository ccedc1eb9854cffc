// Geometry helpers on GeoJSON in WGS84: bounding boxes, point-in-buurt and
// the union of buurten into a stadsdeel outline (computed once at import).
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import { featureCollection, point } from "@turf/helpers";
import union from "@turf/union";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";

export type AreaGeometry = Polygon | MultiPolygon;
export type BBox = { minLng: number; minLat: number; maxLng: number; maxLat: number };

function positions(geometry: AreaGeometry): Position[] {
  return geometry.type === "Polygon" ? geometry.coordinates.flat() : geometry.coordinates.flat(2);
}

export function bbox(geometry: AreaGeometry): BBox {
  let minLng = Infinity,
    minLat = Infinity,
    maxLng = -Infinity,
    maxLat = -Infinity;
  for (const [lng, lat] of positions(geometry)) {
    if (lng < minLng) minLng = lng;
    if (lng > maxLng) maxLng = lng;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  return { minLng, minLat, maxLng, maxLat };
}

export function containsPoint(geometry: AreaGeometry, lng: number, lat: number): boolean {
  return booleanPointInPolygon(point([lng, lat]), geometry);
}

/** The first area (with bbox) that contains the point, or null. */
export function findContainingArea<T extends BBox & { geometry: unknown }>(areas: T[], lng: number, lat: number): T | null {
  for (const area of areas) {
    if (lng < area.minLng || lng > area.maxLng || lat < area.minLat || lat > area.maxLat) continue;
    if (containsPoint(area.geometry as AreaGeometry, lng, lat)) return area;
  }
  return null;
}

/** Union of polygons (e.g. a stadsdeel from its buurten). */
export function unionOf(geometries: AreaGeometry[]): AreaGeometry | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return geometries[0];
  const features = geometries.map((g) => ({ type: "Feature", properties: {}, geometry: g }) as Feature<AreaGeometry>);
  const merged = union(featureCollection(features));
  return merged?.geometry ?? null;
}

/** Label point: the centre of the bounding box, or a vertex-average fallback when that lies outside. */
export function labelPoint(geometry: AreaGeometry): [number, number] {
  const b = bbox(geometry);
  const centre: [number, number] = [(b.minLng + b.maxLng) / 2, (b.minLat + b.maxLat) / 2];
  if (containsPoint(geometry, centre[0], centre[1])) return centre;
  const pts = positions(geometry);
  const avg: [number, number] = [pts.reduce((s, p) => s + p[0], 0) / pts.length, pts.reduce((s, p) => s + p[1], 0) / pts.length];
  return avg;
}

/** A deterministic random point inside the geometry (rejection sampling in the bbox). */
export function randomPointIn(geometry: AreaGeometry, random: () => number): [number, number] {
  const b = bbox(geometry);
  for (let i = 0; i < 200; i++) {
    const lng = b.minLng + random() * (b.maxLng - b.minLng);
    const lat = b.minLat + random() * (b.maxLat - b.minLat);
    if (containsPoint(geometry, lng, lat)) return [round6(lng), round6(lat)];
  }
  return labelPoint(geometry);
}

export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
