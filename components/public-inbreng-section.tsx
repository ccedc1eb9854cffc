// "Wat is er met uw inbreng gedaan?" on the public stadsdeel page: the map
// (clustered) and the same inbreng as a filtered, paged list with status
// and public answer. Filters are a plain GET form, so they work without
// JavaScript and by keyboard.
import { Pagination } from "@/components/pagination";
import type { Geometry } from "geojson";
import { PublicInbrengMapLoader } from "@/components/map/public-inbreng-map-loader";
import { config } from "@/lib/config";
import { PUBLIC_PAGE_SIZE, type PublicInbrengFilters, listPublicInbreng } from "@/lib/data/public/list-public-inbreng";
import { followUpLabels, formatDate, inbrengKindLabels } from "@/lib/format";

type Props = {
  stadsdeel: { id: string; slug: string; name: string; buurten: { id: string; name: string; geometry: unknown }[] };
  themes: { id: string; name: string }[];
  filters: PublicInbrengFilters;
};

export async function PublicInbrengSection({ stadsdeel, themes, filters }: Props) {
  const { items, total } = await listPublicInbreng(stadsdeel.id, filters);
  const page = filters.page ?? 1;
  const params = new URLSearchParams(
    Object.entries({ soort: filters.kind, thema: filters.themeId, status: filters.status, buurt: filters.buurtId }).filter(([, v]) => v) as [string, string][],
  );
  const pageLink = (p: number) => `/stadsdelen/${stadsdeel.slug}?${new URLSearchParams([...params, ["pagina", String(p)]]).toString()}#inbreng-kop`;
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  return (
    <section aria-labelledby="inbreng-kop" className="space-y-4">
      <h2 id="inbreng-kop" className="text-xl font-semibold">
        Wat is er met de inbreng gedaan?
      </h2>
      <p className="max-w-3xl">
        Alles wat bewoners op de stadsdeelavonden inbrachten, met wat de gemeente ermee doet — ook als er niets mee gebeurt, en waarom.
      </p>
      <PublicInbrengMapLoader
        buurten={stadsdeel.buurten.map((b) => ({ id: b.id, name: b.name, geometry: b.geometry as Geometry }))}
        dataUrl={`/stadsdelen/${stadsdeel.slug}/inbreng-kaart?${params.toString()}`}
        tileUrl={config.tileUrl}
        tileAttribution={`${config.tileAttribution} · ${config.areaAttribution}`}
      />
      <form method="get" action={`/stadsdelen/${stadsdeel.slug}#inbreng-kop`} className="flex flex-wrap items-end gap-3" aria-label="Inbreng filteren">
        <div>
          <label htmlFor="f-soort" className="block font-semibold">
            Soort
          </label>
          <select id="f-soort" name="soort" defaultValue={filters.kind ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(inbrengKindLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-thema" className="block font-semibold">
            Thema
          </label>
          <select id="f-thema" name="thema" defaultValue={filters.themeId ?? ""} className={select}>
            <option value="">Alle</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status" className="block font-semibold">
            Wat is ermee gedaan
          </label>
          <select id="f-status" name="status" defaultValue={filters.status ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(followUpLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-buurt" className="block font-semibold">
            Buurt
          </label>
          <select id="f-buurt" name="buurt" defaultValue={filters.buurtId ?? ""} className={select}>
            <option value="">Alle</option>
            {stadsdeel.buurten.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Filteren
        </button>
      </form>
      <p role="status">
        {total} punten{total > PUBLIC_PAGE_SIZE ? `, pagina ${page} van ${Math.ceil(total / PUBLIC_PAGE_SIZE)}` : ""}.
      </p>
      <ul className="divide-y divide-gray-200" data-testid="publieke-inbreng">
        {items.map((i) => {
          const agenda = i.agendaLinks.filter((l) => l.agendaItem.isPublic).map((l) => l.agendaItem.title);
          return (
            <li key={i.id} className="py-3">
              <p className="text-sm text-muted">
                {inbrengKindLabels[i.kind]} · {i.theme.name} · {i.buurt?.name ?? stadsdeel.name} · {i.bijeenkomst.title}, {formatDate(i.bijeenkomst.startsAt)}
              </p>
              <p className="font-medium">{i.text}</p>
              <p className="mt-1">
                <strong>{followUpLabels[i.followUpStatus]}</strong>
                {i.publicAnswer ? `: ${i.publicAnswer}` : i.followUpStatus === "OPEN" ? " — de gemeente laat nog weten wat ermee gebeurt." : ""}
              </p>
              {agenda.length > 0 && <p className="text-sm">Op de stadsdeelagenda: {agenda.join(", ")}</p>}
            </li>
          );
        })}
      </ul>
      <Pagination page={page} pageSize={PUBLIC_PAGE_SIZE} total={total} href={pageLink} label="Paginering inbreng" />
    </section>
  );
}
