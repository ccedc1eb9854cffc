"use client";
// Loads the public inbreng map only in the browser — fetched as soon as this
// module runs, so Leaflet arrives while the page hydrates rather than after.
import dynamic from "next/dynamic";
import type { PublicInbrengMapProps } from "./public-inbreng-map";
import { SkipMap } from "./skip-map";

if (typeof window !== "undefined") void import("./public-inbreng-map");

const Map = dynamic(() => import("./public-inbreng-map"), {
  ssr: false,
  loading: () => <p className="flex h-[460px] items-center justify-center rounded border border-gray-300 bg-gray-50">Kaart laden…</p>,
});

export function PublicInbrengMapLoader(props: PublicInbrengMapProps) {
  return (
    <SkipMap>
      <Map {...props} />
    </SkipMap>
  );
}
