// Where a melding or an inbreng is: the buurt, the coordinates (with a link
// to open them in a map application), the nearest address (streamed in, see
// NearestAddress) and a small map of the buurt with the point — the
// coordinates and address in text are the non-map way to the same place.
import { AreaMapLoader } from "@/components/map/area-map-loader";
import { config } from "@/lib/config";
import { NearestAddress } from "@/components/nearest-address";
import type { MapArea } from "@/components/map/area-map";

const fixed = (n: number) => n.toFixed(5);

export function PlaceDetails({
  lat,
  lng,
  buurt,
  label,
}: {
  lat: number | null;
  lng: number | null;
  buurt: { name: string; slug?: string; geometry: unknown } | null;
  label: string;
}) {
  if (lat === null || lng === null) return <p>Er is geen punt op de kaart vastgelegd{buurt ? `; buurt ${buurt.name}` : ""}.</p>;
  const areas: MapArea[] = buurt ? [{ id: buurt.name, slug: buurt.slug ?? "buurt", name: buurt.name, geometry: buurt.geometry as MapArea["geometry"] }] : [];
  return (
    <div className="space-y-2">
      <p>
        Punt:{" "}
        <span data-testid="coordinaten">
          {fixed(lat)}, {fixed(lng)}
        </span>{" "}
        (breedte-, lengtegraad){buurt ? ` in ${buurt.name}` : ""}, <NearestAddress lat={lat} lng={lng} /> ·{" "}
        <a href={`https://www.openstreetmap.org/?mlat=${fixed(lat)}&mlon=${fixed(lng)}#map=18/${fixed(lat)}/${fixed(lng)}`}>open in een kaart</a>
      </p>
      {areas.length > 0 && (
        <AreaMapLoader
          label={`Kaart: ${label} in ${buurt!.name}`}
          caption="Het punt staat hierboven ook als coördinaten."
          areas={areas}
          point={{ lat, lng, label }}
          height={260}
          tileUrl={config.tileUrl}
          tileAttribution={config.tileAttribution}
          areaAttribution={config.areaAttribution}
        />
      )}
    </div>
  );
}
