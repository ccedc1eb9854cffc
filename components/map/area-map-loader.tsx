"use client";
// Loads the Leaflet map only in the browser and only on pages that show one.
import dynamic from "next/dynamic";
import type { AreaMapProps } from "./area-map";
import { SkipMap } from "./skip-map";

const AreaMap = dynamic(() => import("./area-map"), {
  ssr: false,
  loading: () => <p className="flex h-[420px] items-center justify-center rounded border border-gray-300 bg-gray-50">Kaart laden…</p>,
});

export function AreaMapLoader(props: AreaMapProps & { label: string; caption?: string }) {
  const { label, caption = "Dezelfde gebieden staan ook in de lijst op deze pagina.", ...mapProps } = props;
  return (
    <figure aria-label={label}>
      <SkipMap>
        <AreaMap {...mapProps} />
      </SkipMap>
      <figcaption className="mt-1 text-sm text-muted">
        {label}. {caption}
      </figcaption>
    </figure>
  );
}
