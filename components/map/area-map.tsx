"use client";
// Leaflet map of areas (stadsdelen or buurten): outlines with names, a click
// opens the area's page. Tiles are the configured basemap; when they cannot
// load (offline) the outlines still render. The same links are always
// offered as a list next to the map, so the map is never the only way.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { Geometry } from "geojson";
import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { CircleMarker, GeoJSON, MapContainer, Tooltip } from "react-leaflet";
import { escapeHtml } from "@/lib/html";
import { MapBasics, noDefaultControls, outOfTabOrder } from "./map-basics";

export type MapArea = { id: string; slug: string; name: string; href?: string; geometry: Geometry };

export type AreaMapProps = {
  areas: MapArea[];
  tileUrl: string;
  tileAttribution: string;
  areaAttribution: string;
  height?: number;
  /** Names always visible on the map (default: on a phone there is no hover). */
  permanentLabels?: boolean;
  /** One place to mark (a melding's or inbreng's point), centred. */
  point?: { lat: number; lng: number; label: string };
};

export default function AreaMap({ areas, tileUrl, tileAttribution, areaAttribution, height = 420, permanentLabels = true, point }: AreaMapProps) {
  const router = useRouter();
  const collection = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: areas.map((a) => ({ type: "Feature" as const, properties: { slug: a.slug, name: a.name, href: a.href }, geometry: a.geometry })),
    }),
    [areas],
  );
  const bounds = useMemo(() => L.geoJSON(collection).getBounds(), [collection]);

  return (
    <MapContainer
      {...noDefaultControls}
      bounds={bounds}
      boundsOptions={{ padding: [8, 8] }}
      zoomSnap={0.25}
      style={{ height }}
      scrollWheelZoom={false}
      className="area-map z-0 rounded border border-gray-300"
    >
      <MapBasics tileUrl={tileUrl} attribution={`${tileAttribution} · ${areaAttribution}`} />
      <GeoJSON
        data={collection}
        style={(feature) => ({
          color: "#00507a",
          weight: 2,
          fillColor: "#00507a",
          fillOpacity: 0.15,
          className: `map-area map-area-${feature?.properties?.slug ?? ""}`,
        })}
        onEachFeature={(feature, layer) => {
          const { name, href } = feature.properties as { name: string; href?: string };
          outOfTabOrder(
            layer.bindTooltip(escapeHtml(name), permanentLabels ? { permanent: true, direction: "center", className: "area-label" } : { sticky: true }),
          );
          layer.on({
            mouseover: (e) => (e.target as L.Path).setStyle({ fillOpacity: 0.35 }),
            mouseout: (e) => (e.target as L.Path).setStyle({ fillOpacity: 0.15 }),
            click: () => href && router.push(href),
          });
        }}
      />
      {point && (
        <CircleMarker
          center={[point.lat, point.lng]}
          radius={9}
          className="map-point"
          pathOptions={{ color: "#fff", weight: 3, fillColor: "#c8102e", fillOpacity: 1 }}
        >
          <Tooltip permanent direction="top" offset={[0, -10]}>
            {point.label}
          </Tooltip>
        </CircleMarker>
      )}
    </MapContainer>
  );
}
