// The dashboard's filters folded into one line that says what is shown
// ("2026 · alle stadsdelen · alle thema's"); opened, a plain GET form with
// period (year, quarter or months), stadsdeel, theme and where meldingen
// come from (the portal, Signalen, a CSV).
import { formatMonth } from "@/lib/format";
import { HiddenFields } from "@/components/hidden-fields";
import type { DashboardQuery } from "./links";

const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
const origins = [
  { value: "portaal", label: "Het portaal", shown: "meldingen uit het portaal" },
  { value: "signalen", label: "Signalen", shown: "meldingen uit Signalen" },
  { value: "csv", label: "Ander systeem (CSV)", shown: "meldingen uit een ander systeem" },
];

type Props = {
  sp: DashboardQuery;
  year: number;
  periodLabel: string;
  stadsdelen: { slug: string; name: string }[];
  themes: { id: string; name: string }[];
};

export function FilterForm({ sp, year, periodLabel, stadsdelen, themes }: Props) {
  const periods = [String(year), `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, String(year - 1), String(year - 2)];
  const months = Array.from({ length: 48 }, (_, i) => new Date(Date.UTC(year - 2, i, 1))).map((m) => ({
    value: m.toISOString().slice(0, 7),
    label: formatMonth(m),
  }));
  const stadsdeel = stadsdelen.find((s) => s.slug === sp.stadsdeel)?.name ?? "alle stadsdelen";
  const thema = themes.find((t) => t.id === sp.thema)?.name ?? "alle thema's";
  const herkomst = origins.find((o) => o.value === sp.herkomst)?.shown;
  return (
    <details className="no-print rounded border border-gray-300 p-3" data-testid="filters">
      <summary className="cursor-pointer">
        <span className="font-semibold">
          Getoond: {periodLabel} · {stadsdeel} · {thema}
          {herkomst ? ` · ${herkomst}` : ""}
        </span>{" "}
        <span className="text-brand underline">Filters wijzigen</span>
      </summary>
      <form method="get" className="mt-3 flex flex-wrap items-end gap-3" aria-label="Dashboard filteren">
        <HiddenFields values={sp} names={["kaart"] as const} />
        <div>
          <label htmlFor="periode" className="block font-semibold">
            Periode
          </label>
          <select id="periode" name="periode" defaultValue={sp.periode ?? (sp.van || sp.tot ? "eigen" : String(year))} className={select}>
            {periods.map((p) => (
              <option key={p} value={p}>
                {p.replace("-Q", " kwartaal ")}
              </option>
            ))}
            <option value="eigen">Eigen periode (maanden hiernaast)</option>
          </select>
        </div>
        <div>
          <label htmlFor="van" className="block font-semibold">
            Van maand
          </label>
          <select id="van" name="van" defaultValue={sp.van ?? ""} className={select}>
            <option value="">—</option>
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tot" className="block font-semibold">
            Tot en met maand
          </label>
          <select id="tot" name="tot" defaultValue={sp.tot ?? ""} className={select}>
            <option value="">—</option>
            {months.map((m) => (
              <option key={m.value} value={m.value}>
                {m.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="stadsdeel" className="block font-semibold">
            Stadsdeel
          </label>
          <select id="stadsdeel" name="stadsdeel" defaultValue={sp.stadsdeel ?? ""} className={select}>
            <option value="">Alle (waar u bij mag)</option>
            {stadsdelen.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="thema" className="block font-semibold">
            Thema
          </label>
          <select id="thema" name="thema" defaultValue={sp.thema ?? ""} className={select}>
            <option value="">Alle</option>
            {themes.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="herkomst" className="block font-semibold">
            Meldingen uit
          </label>
          <select id="herkomst" name="herkomst" defaultValue={sp.herkomst ?? ""} className={select}>
            <option value="">Alle systemen</option>
            {origins.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Tonen
        </button>
      </form>
    </details>
  );
}
