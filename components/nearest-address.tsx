// The nearest address of a point (PDOK Locatieserver's reverse lookup),
// streamed in after the page: the page never waits for PDOK, and offline
// or switched off it says the coordinates are the place.
import { Suspense } from "react";
import { lookupNearestAddress } from "@/lib/geo/nearest-address";

async function Address({ lat, lng }: { lat: number; lng: number }) {
  const r = await lookupNearestAddress(lat, lng);
  if (!r.ok) return <>adres niet beschikbaar (adreszoeker {r.reason === "off" ? "uitgeschakeld" : "niet bereikbaar"}); de coördinaten geven de plek</>;
  return r.value ? (
    <>
      bij <span data-testid="adres">{r.value}</span>
    </>
  ) : (
    <>geen adres binnen 100 meter</>
  );
}

export function NearestAddress({ lat, lng }: { lat: number; lng: number }) {
  return (
    <Suspense fallback={<>adres opzoeken…</>}>
      <Address lat={lat} lng={lng} />
    </Suspense>
  );
}
