"use client";
// Leaflet's controls in Dutch: zoom buttons named "Inzoomen"/"Uitzoomen"
// and the attribution without Leaflet's English link title. Put inside a
// MapContainer created with zoomControl={false} attributionControl={false}.
import { AttributionControl, ZoomControl } from "react-leaflet";

export const noDefaultControls = { zoomControl: false, attributionControl: false } as const;

export function DutchControls() {
  return (
    <>
      <ZoomControl position="topleft" zoomInTitle="Inzoomen" zoomOutTitle="Uitzoomen" />
      <AttributionControl
        position="bottomright"
        prefix='<a href="https://leafletjs.com" title="Leaflet, een bibliotheek voor kaarten op het web">Leaflet</a>'
      />
    </>
  );
}
