// The buurten of a stadsdeel coloured by one indicator, drawn as SVG on the
// server (no tiles, no script; it prints). Each buurt carries its name and
// value in text, the legend says the classes in words and what is better,
// and the table beside it holds the same figures — colour never carries a
// figure alone.
import { decimalClassesFor, projectAreas } from "@/lib/geo/svg-map";
import type { AnalyseRow } from "@/lib/data/indicators/get-analyse";
import { formatValue } from "@/lib/indicators/format";

const palette = ["#eef4f9", "#c6dbec", "#8fb8d9", "#4f8dbf", "#1f6696"];
const empty = "#ffffff";
const polarityWords: Record<string, string> = {
  HOGER_BETER: "Hoger is beter.",
  LAGER_BETER: "Lager is beter.",
  NEUTRAAL: "Hoger of lager is niet beter of slechter.",
};

export function BuurtValueMap({ rows, name, unit, polarity }: { rows: AnalyseRow[]; name: string; unit: string; polarity: string }) {
  const map = projectAreas(
    rows.map((r) => ({ id: r.code, geometry: r.geometry })),
    560,
  );
  if (!map) return null;
  const values = rows.flatMap((r) => (r.value === null ? [] : [r.value]));
  const { classOf, ranges } = decimalClassesFor(values);
  const colour = (c: number) => palette[ranges.length === 1 ? 2 : Math.round((c * (palette.length - 1)) / (ranges.length - 1))];
  return (
    <figure className="max-w-xl">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="h-auto w-full"
        role="img"
        aria-label={`Kaart: ${name} per buurt. Dezelfde cijfers staan in de tabel.`}
        data-testid="analysekaart"
      >
        {map.shapes.map((s) => {
          const r = rows.find((x) => x.code === s.id)!;
          return (
            <g key={s.id}>
              <path
                d={s.d}
                fill={r.value === null ? empty : colour(classOf(r.value))}
                stroke="#1a1f24"
                strokeWidth={1}
                strokeDasharray={r.value === null ? "4 3" : undefined}
                fillRule="evenodd"
              />
              <text x={s.label.x} y={s.label.y} textAnchor="middle" className="map-text">
                <tspan x={s.label.x} dy="-0.2em">
                  {r.name}
                </tspan>
                <tspan x={s.label.x} dy="1.2em" fontWeight={700}>
                  {r.value === null ? (r.suppressed ? "verborgen" : "geen cijfer") : formatValue(r.value, unit)}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="font-semibold">{name}</span> per buurt. Hoe donkerder, hoe hoger. {polarityWords[polarity] ?? ""}
        <ul className="mt-1 flex flex-wrap gap-3" aria-label="Legenda">
          {values.length > 0 &&
            ranges.map((g, i) => (
              <li key={i} className="flex items-center gap-1">
                <span aria-hidden="true" className="inline-block h-4 w-6 border border-gray-700" style={{ background: colour(i) }} />
                {g.from === g.to ? formatValue(g.from, unit) : `${formatValue(g.from, unit)} tot ${formatValue(g.to, unit)}`}
              </li>
            ))}
          <li className="flex items-center gap-1">
            <span aria-hidden="true" className="inline-block h-4 w-6 border border-dashed border-gray-700 bg-white" />
            geen cijfer of verborgen
          </li>
        </ul>
      </figcaption>
    </figure>
  );
}
