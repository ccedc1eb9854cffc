"use client";
// What every Leaflet map in the portal shares, inside its MapContainer:
// - controls in Dutch (DutchControls);
// - the basemap tiles, with a visible note when they fail to load (offline,
//   blocked) instead of a silent grey square — outlines and points still draw;
// - on a touch screen, one finger scrolls the page and two fingers move and
//   zoom the map (a short hint says so when one finger lands on it), so a
//   map never traps a phone user halfway down a page;
// - outOfTabOrder for outlines, so Tab does not stop on nameless shapes.
import { useEffect, useState } from "react";
import { TileLayer, useMap } from "react-leaflet";
import type L from "leaflet";
import { DutchControls } from "./dutch-controls";

export { noDefaultControls } from "./dutch-controls";

/**
 * An area outline with a tooltip: Chrome makes it a nameless tab stop (it has
 * focus listeners) where Enter does nothing. Keep it out of the tab order and
 * the accessibility tree; the list next to every map offers the same areas.
 */
export function outOfTabOrder<T extends L.Layer>(layer: T): T {
  layer.on("add", () => {
    const el = (layer as unknown as L.Path).getElement?.();
    el?.setAttribute("tabindex", "-1");
    el?.setAttribute("aria-hidden", "true");
  });
  return layer;
}

function TwoFingerPan() {
  const map = useMap();
  const [hint, setHint] = useState(false);
  useEffect(() => {
    if (!window.matchMedia("(pointer: coarse)").matches) return;
    map.dragging.disable(); // Leaflet then lets the browser scroll (touch-action: pan-x pan-y); pinch still pans and zooms
    const el = map.getContainer();
    el.dataset.touch = "two-finger";
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onTouch = (e: TouchEvent) => {
      clearTimeout(timer);
      setHint(e.touches.length === 1);
      if (e.touches.length === 1) timer = setTimeout(() => setHint(false), 1500);
    };
    el.addEventListener("touchstart", onTouch, { passive: true });
    return () => {
      clearTimeout(timer);
      el.removeEventListener("touchstart", onTouch);
    };
  }, [map]);
  return hint ? (
    <div className="map-hint" aria-hidden="true">
      Gebruik twee vingers om de kaart te verplaatsen
    </div>
  ) : null;
}

export function MapBasics({ tileUrl, attribution }: { tileUrl: string; attribution: string }) {
  const [tiles, setTiles] = useState({ loaded: 0, failed: 0 });
  return (
    <>
      <DutchControls />
      <TileLayer
        url={tileUrl}
        attribution={attribution}
        eventHandlers={{
          tileload: () => setTiles((t) => (t.loaded ? t : { ...t, loaded: 1 })),
          tileerror: () => setTiles((t) => (t.failed ? t : { ...t, failed: 1 })),
        }}
      />
      <TwoFingerPan />
      {tiles.failed > 0 && tiles.loaded === 0 && (
        <p className="map-notice" role="status">
          De achtergrondkaart kan nu niet laden. De grenzen en punten staan er wel; de lijst bij de kaart werkt altijd.
        </p>
      )}
    </>
  );
}
