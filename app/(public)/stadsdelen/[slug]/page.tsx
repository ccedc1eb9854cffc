// Stadsdeel page: its buurten on the map and as a list (grouped by CBS wijk),
// wethouder and regisseur, upcoming bijeenkomsten, the public agenda, what
// became of the inbreng, and how many meldingen came in (counts only).
import type { Geometry } from "geojson";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BijeenkomstList } from "@/components/bijeenkomst-list";
import { AreaMapLoader } from "@/components/map/area-map-loader";
import { config } from "@/lib/config";
import { listPublicAgendaItems } from "@/lib/data/agenda/list-public-agenda-items";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { listUpcomingBijeenkomsten } from "@/lib/data/bijeenkomsten/list-upcoming-bijeenkomsten";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { PublicInbrengSection } from "@/components/public-inbreng-section";
import { PublicMeldingenSection } from "@/components/public-meldingen-section";
import { getPublicMeldingen } from "@/lib/data/public/get-public-meldingen";
import Link from "next/link";
import { AgendaList } from "@/components/agenda-list";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const stadsdeel = await getStadsdeel((await params).slug);
  return { title: stadsdeel ? `Stadsdeel ${stadsdeel.name}` : "Stadsdeel niet gevonden" };
}

export default async function StadsdeelPage({ params, searchParams }: Props) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) notFound();
  const sp = await searchParams;
  const [upcoming, agenda, themes, meldingen] = await Promise.all([
    listUpcomingBijeenkomsten({ stadsdeelId: stadsdeel.id }),
    listPublicAgendaItems(stadsdeel.id),
    listThemes(),
    getPublicMeldingen(stadsdeel.id),
  ]);
  const byWijk = new Map<string, { name: string; buurten: typeof stadsdeel.buurten }>();
  for (const b of stadsdeel.buurten) {
    const entry = byWijk.get(b.wijk.code) ?? { name: b.wijk.name, buurten: [] };
    entry.buurten.push(b);
    byWijk.set(b.wijk.code, entry);
  }
  const regisseurs = stadsdeel.regisseurs.map((r) => r.user.name);

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">Stadsdeel {stadsdeel.name}</h1>
        <dl className="mt-3 grid max-w-xl grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-semibold">Stadsdeelwethouder</dt>
          <dd>{stadsdeel.wethouderName ?? "Nog niet bekend"}</dd>
          <dt className="font-semibold">Stadsdeelregisseur</dt>
          <dd>{regisseurs.length ? regisseurs.join(", ") : "Nog niet bekend"}</dd>
        </dl>
      </section>
      <div className="grid gap-6 md:grid-cols-[2fr_1fr]">
        <AreaMapLoader
          label={`Kaart van de ${stadsdeel.buurten.length} buurten in ${stadsdeel.name}`}
          areas={stadsdeel.buurten.map((b) => ({ id: b.id, slug: b.code.toLowerCase(), name: b.name, geometry: b.geometry as unknown as Geometry }))}
          tileUrl={config.tileUrl}
          tileAttribution={config.tileAttribution}
          areaAttribution={config.areaAttribution}
        />
        <section aria-labelledby="buurten-kop">
          <h2 id="buurten-kop" className="text-xl font-semibold">
            Buurten
          </h2>
          <ul className="space-y-2 text-sm">
            <li>
              <Link prefetch={false} href={`/stadsdelen/${stadsdeel.slug}/kaart`}>
                Kaart met buurtnamen om te printen (A3)
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={`/stadsdelen/${stadsdeel.slug}/cijfers`}>
                Cijfers per buurt, vergeleken met de stad
              </Link>
            </li>
            <li>
              <Link prefetch={false} href={`/stadsdelen/${stadsdeel.slug}/programma`}>
                Stadsdeelprogramma: opgaven, plan en monitor
              </Link>
            </li>
          </ul>
          {[...byWijk.entries()].map(([code, wijk]) => (
            <div key={code} className="mt-2">
              <h3 className="text-sm font-semibold text-muted">{wijk.name} (CBS-wijk)</h3>
              <ul className="list-disc pl-5" data-testid="buurten-lijst">
                {wijk.buurten.map((b) => (
                  <li key={b.id}>
                    <Link prefetch={false} href={`/stadsdelen/${stadsdeel.slug}/agenda?buurt=${b.code}`}>
                      {b.name}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      </div>
      <section aria-labelledby="bijeenkomsten-kop">
        <h2 id="bijeenkomsten-kop" className="text-xl font-semibold">
          Bijeenkomsten
        </h2>
        <BijeenkomstList items={upcoming} emptyText={`Er zijn nu geen bijeenkomsten gepland in ${stadsdeel.name}.`} />
      </section>
      <section aria-labelledby="agenda-kop">
        <h2 id="agenda-kop" className="text-xl font-semibold">
          Stadsdeelagenda
        </h2>
        {agenda.length === 0 ? (
          <p className="mt-2">Er staan voor het komende jaar nog geen openbare punten op de stadsdeelagenda.</p>
        ) : (
          <AgendaList items={agenda.slice(0, 8)} stadsdeelName={stadsdeel.name} />
        )}
        <p className="mt-2">
          <Link prefetch={false} href={`/stadsdelen/${stadsdeel.slug}/agenda`}>
            De hele stadsdeelagenda{agenda.length > 8 ? ` (${agenda.length} punten)` : ""}: tijdlijn, filters en iCal-feed
          </Link>
        </p>
      </section>
      <PublicInbrengSection
        stadsdeel={stadsdeel}
        themes={themes}
        filters={{ kind: sp.soort, themeId: sp.thema, status: sp.status, buurtId: sp.buurt, page: Math.max(1, Number(sp.pagina ?? 1) || 1) }}
      />
      <PublicMeldingenSection stadsdeelName={stadsdeel.name} figures={meldingen} />
    </div>
  );
}
