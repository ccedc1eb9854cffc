// The stadsdelen coloured by one chosen figure, drawn as plain SVG on the
// server (no tiles, no script: it prints, and works on a phone and by
// keyboard). Every area is a link whose visible text — its name and value —
// is also its accessible name, so colour is never the only carrier; the table
// of all figures per stadsdeel sits next to it.
import type { Geometry } from "geojson";
import { classesFor, projectAreas } from "@/lib/geo/svg-map";
import { stadsdeelFigures, type StadsdeelFigure } from "@/lib/dashboard/figures";

/** Light to dark blue; dark text with a white halo stays readable on each. */
const palette = ["#eef4f9", "#c6dbec", "#8fb8d9", "#4f8dbf", "#1f6696"];

export type MapRow = { id: string; slug: string; name: string; outline: Geometry | null; value: number };

export function StadsdeelMap({ rows, figure }: { rows: MapRow[]; figure: StadsdeelFigure }) {
  const map = projectAreas(
    rows.flatMap((r) => (r.outline ? [{ id: r.id, geometry: r.outline }] : [])),
    560,
  );
  const f = stadsdeelFigures[figure];
  if (!map) return <p>Er zijn nog geen stadsdeelgrenzen ingelezen; de cijfers staan in de tabel.</p>;
  const { classOf, ranges } = classesFor(rows.map((r) => r.value));
  // With fewer classes than colours, spread them over the palette (light to dark stays readable).
  const colour = (c: number) => palette[ranges.length === 1 ? 2 : Math.round((c * (palette.length - 1)) / (ranges.length - 1))];
  return (
    <figure className="max-w-md">
      <svg
        viewBox={`0 0 ${map.width} ${map.height}`}
        className="h-auto w-full"
        role="group"
        aria-label={`Kaart: ${f.label} per stadsdeel`}
        data-testid="stadsdeelkaart"
      >
        {map.shapes.map((s) => {
          const r = rows.find((x) => x.id === s.id)!;
          return (
            <a key={s.id} href={`/medewerker/stadsdelen/${r.slug}`} className="map-link">
              <path d={s.d} fill={colour(classOf(r.value))} stroke="#1a1f24" strokeWidth={1.2} fillRule="evenodd" />
              <text x={s.label.x} y={s.label.y} textAnchor="middle" className="map-text">
                <tspan x={s.label.x} dy="-0.2em">{`${r.name} `}</tspan>
                <tspan x={s.label.x} dy="1.2em" fontWeight={700}>{`${r.value} ${f.short}`}</tspan>
              </text>
            </a>
          );
        })}
      </svg>
      <figcaption className="mt-2 text-sm">
        <span className="font-semibold">{f.label}</span>: {f.definition}
        <ul className="mt-1 flex flex-wrap gap-3" aria-label="Legenda">
          {ranges.map((g, i) => (
            <li key={i} className="flex items-center gap-1">
              <span aria-hidden="true" className="inline-block h-4 w-6 border border-gray-700" style={{ background: colour(i) }} />
              {g.from === g.to ? g.from : `${g.from}–${g.to}`}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
