"use client";
// The Leaflet part of the inbreng editor: buurt outlines, a click picks a
// place, markers per inbreng (draggable when editing is allowed). All state
// lives in the editor; this component only draws and reports events.
import "leaflet/dist/leaflet.css";
import L from "leaflet";
import type { Geometry } from "geojson";
import { useEffect, useMemo } from "react";
import { GeoJSON, MapContainer, Marker, useMap, useMapEvents } from "react-leaflet";
import { pendingIcon, pinIcon, kindStyle } from "./inbreng-pins";
import { escapeHtml } from "@/lib/html";
import { MapBasics, noDefaultControls, outOfTabOrder } from "./map-basics";

export type MapPoint = { id: string; kind: string; text: string; lat: number; lng: number };

export type InbrengMapProps = {
  buurten: { id: string; name: string; geometry: Geometry }[];
  points: MapPoint[];
  pending: { lat: number; lng: number } | null;
  selectedId: string | null;
  /** Changing it re-creates the markers (e.g. after a refused drag). */
  redraw?: number;
  editable: boolean;
  tileUrl: string;
  tileAttribution: string;
  onPick: (lat: number, lng: number) => void;
  onSelect: (id: string) => void;
  onMove: (id: string, lat: number, lng: number) => void;
};

/** Marks the map container data-ready once Leaflet is ready (tests and scripts wait for it). */
function ReadyFlag() {
  const map = useMap();
  useEffect(() => {
    map.whenReady(() => {
      map.getContainer().dataset.ready = "true";
    });
  }, [map]);
  return null;
}

function ClickToPick({ onPick, editable }: { onPick: (lat: number, lng: number) => void; editable: boolean }) {
  useMapEvents({ click: (e) => editable && onPick(e.latlng.lat, e.latlng.lng) });
  return null;
}

export default function InbrengMap(props: InbrengMapProps) {
  const collection = useMemo(
    () => ({
      type: "FeatureCollection" as const,
      features: props.buurten.map((b) => ({ type: "Feature" as const, properties: { name: b.name }, geometry: b.geometry })),
    }),
    [props.buurten],
  );
  const bounds = useMemo(() => L.geoJSON(collection).getBounds(), [collection]);
  return (
    <MapContainer
      {...noDefaultControls}
      bounds={bounds}
      boundsOptions={{ padding: [8, 8] }}
      zoomSnap={0.25}
      style={{ height: 520 }}
      className="inbreng-map z-0 rounded border border-gray-300"
    >
      <MapBasics tileUrl={props.tileUrl} attribution={props.tileAttribution} />
      <GeoJSON
        data={collection}
        style={{ color: "#00507a", weight: 2, fillOpacity: 0.05, className: "map-buurt" }}
        onEachFeature={(f, layer) => outOfTabOrder(layer.bindTooltip(escapeHtml((f.properties as { name: string }).name), { sticky: true }))}
      />
      <ClickToPick onPick={props.onPick} editable={props.editable} />
      <ReadyFlag />
      {props.points.map((p) => (
        <Marker
          key={`${p.id}-${props.redraw ?? 0}`}
          position={[p.lat, p.lng]}
          icon={pinIcon(p.kind, p.id === props.selectedId)}
          title={`${kindStyle[p.kind]?.label ?? p.kind}: ${p.text}`}
          alt={`${kindStyle[p.kind]?.label ?? p.kind}: ${p.text}`}
          draggable={props.editable}
          eventHandlers={{
            click: () => props.onSelect(p.id),
            dragend: (e) => {
              const ll = (e.target as L.Marker).getLatLng();
              props.onMove(p.id, ll.lat, ll.lng);
            },
          }}
        />
      ))}
      {props.pending && (
        <Marker
          position={[props.pending.lat, props.pending.lng]}
          icon={pendingIcon()}
          title="Gekozen plek (nog niet opgeslagen)"
          alt="Gekozen plek"
          keyboard={false}
        />
      )}
    </MapContainer>
  );
}
