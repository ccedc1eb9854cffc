// The stadsdeelanalyse as staff and residents see it: pick an indicator (a
// plain GET form, no script), then what it is and where it comes from, the
// map with the table as its alternative, the trend, and the CSV export.
import type { Analyse } from "@/lib/data/indicators/get-analyse";
import { formatFigure } from "@/lib/indicators/format";
import { kindLabels, polarityLabels } from "@/lib/validation/indicator";
import { AnalyseTable } from "./analyse-table";
import { BuurtValueMap } from "./buurt-value-map";
import { DistributionTable } from "./distribution-table";
import { Trend } from "./trend";

export function AnalyseView({ analyse, action, exportHref }: { analyse: Analyse; action: string; exportHref: string }) {
  const { indicator } = analyse;
  if (!indicator) return <p>Er zijn nog geen cijfers voor de buurten van {analyse.stadsdeel.name}.</p>;
  const chosen = { ...analyse, indicator };
  return (
    <div className="space-y-8">
      <form method="get" action={action} className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="indicator-keuze" className="block font-semibold">
            Indicator
          </label>
          <select
            id="indicator-keuze"
            name="indicator"
            defaultValue={indicator.code}
            className="mt-1 max-w-full rounded border border-gray-500 bg-white px-3 py-2"
          >
            {analyse.indicators.map((i) => (
              <option key={i.code} value={i.code}>
                {i.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Tonen
        </button>
      </form>
      <section aria-labelledby="indicator-kop" className="space-y-2">
        <h2 id="indicator-kop" className="text-2xl font-semibold">
          {indicator.name}
        </h2>
        {indicator.question && <p>Vraag: “{indicator.question}”</p>}
        <p>
          {kindLabels[indicator.kind as keyof typeof kindLabels]}; {polarityLabels[indicator.polarity as keyof typeof polarityLabels]}. {analyse.stadsdeel.name}
          : <strong>{formatFigure(analyse.own, indicator.unit, analyse.minN)}</strong>, de stad:{" "}
          <strong>{formatFigure(analyse.city, indicator.unit, analyse.minN)}</strong>.
        </p>
        <p className="text-sm">
          Bron:{" "}
          {indicator.sourceUrl ? (
            <a href={indicator.sourceUrl} className="underline">
              {analyse.source ?? indicator.source}
            </a>
          ) : (
            (analyse.source ?? indicator.source)
          )}
          {indicator.licence ? ` (${indicator.licence})` : ""}. Cijfers die op minder dan {analyse.minN} waarnemingen rusten, tonen we niet.
        </p>
      </section>
      <section aria-labelledby="kaart-kop" className="space-y-3">
        <h2 id="kaart-kop" className="text-xl font-semibold">
          Per buurt
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <BuurtValueMap rows={analyse.rows} name={indicator.name} unit={indicator.unit} polarity={indicator.polarity} />
          <AnalyseTable analyse={chosen} />
        </div>
        <DistributionTable analyse={analyse} />
        <p>
          <a href={exportHref} className="underline">
            Deze cijfers als CSV
          </a>
        </p>
      </section>
      <section aria-labelledby="verloop-kop" className="space-y-3">
        <h2 id="verloop-kop" className="text-xl font-semibold">
          Verloop
        </h2>
        <Trend analyse={chosen} />
      </section>
    </div>
  );
}
