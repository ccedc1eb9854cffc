"use client";
// The public map of inbreng with "wat is ermee gedaan": buurt outlines and
// the points, clustered (supercluster) so thousands stay fast and readable —
// on the server for a stadsdeel's points (only the viewport's clusters come
// over the wire, asked again after each move), here for a verslag's frozen
// set.
// Single points carry their kind's letter and colour. The list below the map holds the same
// inbreng with text and answer, so the map is never the only way.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { Geometry } from "geojson";
import { useCallback, useEffect, useMemo, useState } from "react";
import { GeoJSON, MapContainer, useMap } from "react-leaflet";
import { kindStyle, pinIcon } from "./inbreng-pins";
import { type Bbox, buildClusterIndex, type ClusterTuple, clustersIn } from "@/lib/geo/cluster-index";
import { escapeHtml } from "@/lib/html";
import { MapBasics, noDefaultControls, outOfTabOrder } from "./map-basics";

export type Point = [number, number, number, number];
const kinds = ["GAAT_GOED", "KAN_BETER", "IDEE", "VRAAG"];

export type PublicInbrengMapProps = {
  buurten: { id: string; name: string; geometry: Geometry }[];
  /** Where to fetch the points, or the points themselves (a verslag's frozen map). */
  dataUrl?: string;
  points?: Point[];
  tileUrl: string;
  tileAttribution: string;
};

/** Draws clusters and points (tuples from lib/geo/cluster-index.ts) into a layer; a cluster opens at the zoom that splits it. */
function drawTuples(map: L.Map, layer: L.LayerGroup, tuples: ClusterTuple[]) {
  layer.clearLayers();
  for (const t of tuples) {
    const [lat, lng, n] = t;
    if (t.length === 5) {
      const size = n < 10 ? 28 : n < 100 ? 34 : 42;
      const marker = L.marker([lat, lng], {
        icon: L.divIcon({
          className: "inbreng-cluster",
          html: `<span style="display:flex;align-items:center;justify-content:center;width:${size}px;height:${size}px;border-radius:50%;background:#00507a;color:#fff;font:bold 12px system-ui;border:2px solid #fff;box-shadow:0 0 0 1px #333">${n}</span>`,
          iconSize: [size, size],
        }),
        title: `${n} punten; klik om in te zoomen`,
        alt: `${n} punten`,
      });
      marker.on("click", () => map.setView([lat, lng], t[4]));
      layer.addLayer(marker);
    } else {
      // a letter and a colour per kind (never colour alone); not a tab stop — the list below holds each inbreng
      const kind = kinds[t[3]] ?? kinds[0];
      layer.addLayer(L.marker([lat, lng], { icon: pinIcon(kind), keyboard: false, title: kindStyle[kind].label, alt: kindStyle[kind].label }));
    }
  }
}

const viewport = (map: L.Map): Bbox => {
  const b = map.getBounds();
  return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
};

/** Points given with the page (a verslag's frozen map): clustered here. */
function LocalClusters({ points }: { points: Point[] }) {
  const map = useMap();
  const index = useMemo(() => buildClusterIndex(points), [points]);
  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    const draw = () => {
      drawTuples(map, layer, clustersIn(index, viewport(map), map.getZoom()));
      map.getContainer().dataset.drawn = String(points.length);
    };
    draw();
    map.on("moveend", draw);
    return () => {
      map.off("moveend", draw);
      layer.remove();
    };
  }, [map, index, points.length]);
  return null;
}

/** Points of a stadsdeel: the server sends only this zoom level's clusters in the viewport, asked again after every move. */
function ServerClusters({ dataUrl, onTotal, onFail }: { dataUrl: string; onTotal: (n: number) => void; onFail: () => void }) {
  const map = useMap();
  useEffect(() => {
    const layer = L.layerGroup().addTo(map);
    let request: AbortController | null = null;
    const draw = () => {
      request?.abort();
      const current = (request = new AbortController());
      const url = `${dataUrl}${dataUrl.includes("?") ? "&" : "?"}z=${Math.round(map.getZoom())}&bbox=${viewport(map)
        .map((n) => n.toFixed(5))
        .join(",")}`;
      fetch(url, { signal: current.signal })
        .then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))))
        .then((d: { total: number; clusters: ClusterTuple[] }) => {
          if (current.signal.aborted) return;
          drawTuples(map, layer, d.clusters);
          onTotal(d.total);
          map.getContainer().dataset.drawn = String(d.total);
        })
        .catch((e: Error) => e.name !== "AbortError" && onFail());
    };
    draw();
    map.on("moveend", draw);
    return () => {
      request?.abort();
      map.off("moveend", draw);
      layer.remove();
    };
  }, [map, dataUrl, onTotal, onFail]);
  return null;
}

export default function PublicInbrengMap({ buurten, dataUrl, points: given, tileUrl, tileAttribution }: PublicInbrengMapProps) {
  const [fetchedTotal, setTotal] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const total = given ? given.length : fetchedTotal;
  const onTotal = useCallback((n: number) => setTotal(n), []);
  const onFail = useCallback(() => setFailed(true), []);
  const collection = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: buurten.map((b) => ({ type: "Feature" as const, properties: { name: b.name }, geometry: b.geometry })),
    }),
    [buurten],
  );
  const bounds = useMemo(() => L.geoJSON(collection).getBounds(), [collection]);
  return (
    <div>
      <MapContainer
        {...noDefaultControls}
        bounds={bounds}
        boundsOptions={{ padding: [8, 8] }}
        zoomSnap={0.25}
        style={{ height: 460 }}
        scrollWheelZoom={false}
        className="public-inbreng-map z-0 rounded border border-gray-300"
      >
        <MapBasics tileUrl={tileUrl} attribution={tileAttribution} />
        <GeoJSON
          data={collection}
          style={{ color: "#00507a", weight: 1.5, fillOpacity: 0.04 }}
          onEachFeature={(f, l) => outOfTabOrder(l.bindTooltip(escapeHtml((f.properties as { name: string }).name), { sticky: true }))}
        />
        {given ? <LocalClusters points={given} /> : dataUrl ? <ServerClusters dataUrl={dataUrl} onTotal={onTotal} onFail={onFail} /> : null}
      </MapContainer>
      <p className="mt-1 text-sm text-muted" aria-live="polite">
        {failed
          ? "De punten konden niet worden geladen; de lijst hieronder toont alle inbreng."
          : total !== null
            ? `${total} punten op de kaart, met een letter en kleur per soort (zie de legenda). Dezelfde inbreng staat met tekst en antwoord in de lijst.`
            : "Punten laden…"}
      </p>
      <ul className="mt-1 flex flex-wrap gap-3 text-sm" aria-label="Legenda">
        {kinds.map((k) => (
          <li key={k} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className="inline-flex h-5 w-5 items-center justify-center rounded-full text-xs font-bold text-white"
              style={{ background: kindStyle[k].colour }}
            >
              {kindStyle[k].letter}
            </span>{" "}
            {kindStyle[k].label}
          </li>
        ))}
      </ul>
    </div>
  );
}
