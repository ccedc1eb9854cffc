// The public stadsdeelagenda for the coming year, for the whole stadsdeel or
// one wijk or buurt: a timeline by month and a list, filters, and an iCal
// feed calendar apps can subscribe to.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AgendaList } from "@/components/agenda-list";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { type PublicAgendaFilters, listPublicAgendaItems } from "@/lib/data/agenda/list-public-agenda-items";
import { listDepartments } from "@/lib/data/catalog/list-departments";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { agendaKindLabels, agendaStatusLabels, formatMonth } from "@/lib/format";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<PublicAgendaFilters & { weergave?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const s = await getStadsdeel((await params).slug);
  return { title: s ? `Stadsdeelagenda ${s.name}` : "Stadsdeelagenda" };
}

export default async function PublicAgendaPage({ params, searchParams }: Props) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) notFound();
  const f = await searchParams;
  const [items, themes, departments] = await Promise.all([listPublicAgendaItems(stadsdeel.id, f), listThemes(), listDepartments()]);
  const buurt = stadsdeel.buurten.find((b) => b.code === f.buurt);
  const wijk = stadsdeel.buurten.find((b) => b.wijk.code === f.wijk)?.wijk;
  const where = buurt ? `buurt ${buurt.name}` : wijk ? `wijk ${wijk.name}` : `stadsdeel ${stadsdeel.name}`;
  const wijken = [...new Map(stadsdeel.buurten.map((b) => [b.wijk.code, b.wijk])).values()];
  const view = f.weergave === "lijst" ? "lijst" : "tijdlijn";
  const query = (over: Record<string, string | undefined>) =>
    `?${new URLSearchParams(Object.entries({ ...f, ...over }).filter(([, v]) => v) as [string, string][]).toString()}`;
  const now = new Date();
  const months = Array.from({ length: 12 }, (_, i) => {
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 1));
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i + 1, 0, 23, 59));
    return { start, items: items.filter((it) => it.periodStart <= end && it.periodEnd >= start) };
  });
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <p>
        <Link href={`/stadsdelen/${stadsdeel.slug}`}>← Stadsdeel {stadsdeel.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">Stadsdeelagenda {where}</h1>
      <p className="max-w-3xl">
        Wat de gemeente het komende jaar van plan is: beleid, uitvoering en momenten om mee te praten. Abonneer u in uw agenda-app op{" "}
        <a href={`/stadsdelen/${stadsdeel.slug}/agenda.ics`}>de iCal-feed van {stadsdeel.name}</a>.
      </p>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Agenda filteren">
        <input type="hidden" name="weergave" value={view} />
        <div>
          <label htmlFor="buurt" className="block font-semibold">
            Buurt
          </label>
          <select id="buurt" name="buurt" defaultValue={f.buurt ?? ""} className={select}>
            <option value="">Alle buurten</option>
            {stadsdeel.buurten.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="wijk" className="block font-semibold">
            Wijk
          </label>
          <select id="wijk" name="wijk" defaultValue={f.wijk ?? ""} className={select}>
            <option value="">Alle wijken</option>
            {wijken.map((w) => (
              <option key={w.code} value={w.code}>
                {w.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="soort" className="block font-semibold">
            Soort
          </label>
          <select id="soort" name="soort" defaultValue={f.soort ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(agendaKindLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="thema" className="block font-semibold">
            Thema
          </label>
          <select id="thema" name="thema" defaultValue={f.thema ?? ""} className={select}>
            <option value="">Alle</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="afdeling" className="block font-semibold">
            Afdeling
          </label>
          <select id="afdeling" name="afdeling" defaultValue={f.afdeling ?? ""} className={select}>
            <option value="">Alle</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(agendaStatusLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Filteren
        </button>
      </form>
      <nav aria-label="Weergave" className="flex gap-4">
        {view === "tijdlijn" ? (
          <span aria-current="page" className="font-semibold">
            Tijdlijn per maand
          </span>
        ) : (
          <Link href={query({ weergave: "tijdlijn" })}>Tijdlijn per maand</Link>
        )}
        {view === "lijst" ? (
          <span aria-current="page" className="font-semibold">
            Lijst
          </span>
        ) : (
          <Link href={query({ weergave: "lijst" })}>Lijst</Link>
        )}
      </nav>
      <p role="status">{items.length} agendapunten.</p>
      {view === "lijst" ? (
        <AgendaList items={items} stadsdeelName={stadsdeel.name} headingLevel={3} />
      ) : (
        <ol className="space-y-4" data-testid="agenda-tijdlijn">
          {months.map((m) => (
            <li key={m.start.toISOString()} className="border-l-4 border-brand pl-4">
              <h2 className="text-lg font-semibold capitalize">{formatMonth(m.start)}</h2>
              {m.items.length === 0 ? (
                <p className="text-sm text-muted">Geen agendapunten.</p>
              ) : (
                <AgendaList items={m.items} stadsdeelName={stadsdeel.name} headingLevel={3} />
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
