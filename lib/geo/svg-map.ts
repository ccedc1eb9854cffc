// GeoJSON outlines as SVG paths for small static maps (the dashboard's
// stadsdelen coloured by a figure): an equirectangular projection scaled by
// the cosine of the middle latitude (true enough at a municipality's size),
// fitted into a width, with points rounded to a tenth of a pixel and repeats
// dropped so a detailed CBS outline becomes a small path. Also the point
// where a label goes (the centre of the largest ring's bounding box,
// nudged to the ring's centroid when that lies inside it).
import type { Geometry, Position } from "geojson";

export type SvgArea = { id: string; geometry: Geometry };
export type SvgShape = { id: string; d: string; label: { x: number; y: number } };

type Ring = Position[];

function polygonsOf(g: Geometry): Ring[][] {
  if (g.type === "Polygon") return [g.coordinates];
  if (g.type === "MultiPolygon") return g.coordinates;
  if (g.type === "GeometryCollection") return g.geometries.flatMap(polygonsOf);
  return [];
}

const area = (r: [number, number][]) =>
  Math.abs(
    r.reduce((s, [x, y], i) => {
      const [x2, y2] = r[(i + 1) % r.length];
      return s + x * y2 - x2 * y;
    }, 0),
  ) / 2;

function inside([px, py]: [number, number], r: [number, number][]) {
  let c = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const [xi, yi] = r[i];
    const [xj, yj] = r[j];
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) c = !c;
  }
  return c;
}

/** Projects the areas into a box `width` wide (height follows); null when no area has an outline. */
export function projectAreas(areas: SvgArea[], width: number, pad = 4): { width: number; height: number; shapes: SvgShape[] } | null {
  const all = areas.flatMap((a) => polygonsOf(a.geometry).flat(2));
  if (all.length === 0) return null;
  const lats = all.map((p) => p[1]);
  const lngs = all.map((p) => p[0]);
  const [minLat, maxLat, minLng, maxLng] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const spanX = Math.max((maxLng - minLng) * k, 1e-9);
  const spanY = Math.max(maxLat - minLat, 1e-9);
  const scale = (width - 2 * pad) / spanX;
  const height = Math.ceil(spanY * scale + 2 * pad);
  const project = (p: Position): [number, number] => [
    Math.round(((p[0] - minLng) * k * scale + pad) * 10) / 10,
    Math.round(((maxLat - p[1]) * scale + pad) * 10) / 10,
  ];
  const shapes = areas.flatMap((a) => {
    const rings = polygonsOf(a.geometry).flatMap((poly) =>
      poly.map((ring) => ring.map(project).filter((p, i, r) => i === 0 || p[0] !== r[i - 1][0] || p[1] !== r[i - 1][1])),
    );
    if (rings.length === 0) return [];
    const d = rings.map((r) => `M${r.map((p) => p.join(" ")).join("L")}Z`).join("");
    const outer = rings.reduce((best, r) => (area(r) > area(best) ? r : best));
    const xs = outer.map((p) => p[0]);
    const ys = outer.map((p) => p[1]);
    const box: [number, number] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
    const mean: [number, number] = [xs.reduce((s, x) => s + x, 0) / xs.length, ys.reduce((s, y) => s + y, 0) / ys.length];
    const at = inside(box, outer) ? box : inside(mean, outer) ? mean : outer[0];
    return [{ id: a.id, d, label: { x: Math.round(at[0]), y: Math.round(at[1]) } }];
  });
  return { width, height, shapes };
}

/**
 * Equal-width classes between the lowest and the highest value (whole
 * numbers, so a legend reads "61–67"): the class (0…n-1) of a value and each
 * class's range. All values equal gives one class.
 */
export function classesFor(values: number[], n = 5) {
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 0;
  const step = Math.max(1, Math.ceil((hi - lo + 1) / n));
  const count = Math.min(n, Math.ceil((hi - lo + 1) / step));
  return {
    classOf: (v: number) => Math.max(0, Math.min(count - 1, Math.floor((v - lo) / step))),
    ranges: Array.from({ length: count }, (_, i) => ({ from: lo + i * step, to: Math.min(hi, lo + (i + 1) * step - 1) })),
  };
}

/**
 * Equal-width classes for decimal values (percentages, rates, rapportcijfers):
 * bounds rounded to one decimal, so the legend reads "6,8 tot 7,0".
 */
export function decimalClassesFor(values: number[], n = 5) {
  const lo = values.length ? Math.min(...values) : 0;
  const hi = values.length ? Math.max(...values) : 0;
  if (hi - lo < 0.05) return { classOf: () => 0, ranges: [{ from: lo, to: hi }] };
  const step = (hi - lo) / n;
  const r1 = (v: number) => Math.round(v * 10) / 10;
  return {
    classOf: (v: number) => Math.max(0, Math.min(n - 1, Math.floor((v - lo) / step))),
    ranges: Array.from({ length: n }, (_, i) => ({ from: r1(lo + i * step), to: r1(i === n - 1 ? hi : lo + (i + 1) * step) })),
  };
}
