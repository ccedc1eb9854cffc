// Home: the city map with the stadsdelen (click → stadsdeel) and the same
// stadsdelen as a list, a search by postcode or address (with the buurt
// list as the way that always works), plus the upcoming bijeenkomsten.
import type { Geometry } from "geojson";
import Link from "next/link";
import { connection } from "next/server";
import { BijeenkomstList } from "@/components/bijeenkomst-list";
import { AreaMapLoader } from "@/components/map/area-map-loader";
import { AddressSearchForm } from "@/components/address-search-form";
import { config } from "@/lib/config";
import { listBuurten } from "@/lib/data/areas/list-buurten";
import { getGemeente } from "@/lib/data/gemeente/get-gemeente";
import { listStadsdelen } from "@/lib/data/areas/list-stadsdelen";
import { listUpcomingBijeenkomsten } from "@/lib/data/bijeenkomsten/list-upcoming-bijeenkomsten";

export default async function HomePage() {
  await connection(); // rendered per request (upcoming bijeenkomsten), never at build time
  const [stadsdelen, upcoming, gemeente, buurten] = await Promise.all([
    listStadsdelen(),
    listUpcomingBijeenkomsten({ limit: 6 }),
    getGemeente(),
    listBuurten(),
  ]);
  const areas = stadsdelen
    .filter((s) => s.outline)
    .map((s) => ({ id: s.id, slug: s.slug, name: s.name, href: `/stadsdelen/${s.slug}`, geometry: s.outline as unknown as Geometry }));

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">Praat mee over uw stadsdeel</h1>
        <p className="mt-2 max-w-3xl">
          {gemeente.name} werkt per stadsdeel samen met bewoners. Kies uw stadsdeel om te zien welke bijeenkomsten eraan komen, wat er met de inbreng van
          bewoners is gedaan en wat er op de stadsdeelagenda staat.
        </p>
      </section>
      {stadsdelen.length > 0 && (
        <section aria-labelledby="zoek-kop" className="rounded border border-gray-300 p-4">
          <h2 id="zoek-kop" className="text-xl font-semibold">
            In welk stadsdeel woont u?
          </h2>
          <div className="mt-2">
            <AddressSearchForm buurten={buurten} />
          </div>
        </section>
      )}
      {stadsdelen.length === 0 ? (
        <p>Er is nog geen gebiedsindeling geïmporteerd.</p>
      ) : (
        <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
          <AreaMapLoader
            label={`Kaart van de ${stadsdelen.length} stadsdelen`}
            areas={areas}
            tileUrl={config.tileUrl}
            tileAttribution={config.tileAttribution}
            areaAttribution={config.areaAttribution}
          />
          <section aria-labelledby="stadsdelen-kop">
            <h2 id="stadsdelen-kop" className="text-xl font-semibold">
              De {stadsdelen.length} stadsdelen
            </h2>
            <ul className="mt-2 divide-y divide-gray-200" data-testid="stadsdelen-lijst">
              {stadsdelen.map((s) => (
                <li key={s.id} className="py-2">
                  <Link href={`/stadsdelen/${s.slug}`} className="font-medium">
                    {s.name}
                  </Link>
                  <span className="block text-sm text-muted">
                    {s._count.buurten} buurten{s.wethouderName ? ` · wethouder ${s.wethouderName}` : ""}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        </div>
      )}
      <section aria-labelledby="bijeenkomsten-kop">
        <h2 id="bijeenkomsten-kop" className="text-xl font-semibold">
          Binnenkort
        </h2>
        <BijeenkomstList items={upcoming} showStadsdeel emptyText="Er zijn op dit moment geen bijeenkomsten gepland." />
      </section>
    </div>
  );
}
