// Stadsdelen side by side: the map coloured by the chosen figure (a plain
// GET form picks it, so it works without script) and the table with every
// figure per stadsdeel, each cell a link to the list behind it.
import Link from "next/link";
import type { Geometry } from "geojson";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { stadsdeelFigureKeys, stadsdeelFigures, type StadsdeelFigure } from "@/lib/dashboard/figures";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { HiddenFields } from "@/components/hidden-fields";
import { StadsdeelMap } from "./stadsdeel-map";
import type { DashboardLinks, DashboardQuery } from "./links";

const td = "py-1 pr-3 text-right";

type Props = {
  d: Dashboard;
  links: DashboardLinks;
  sp: DashboardQuery;
  figure: StadsdeelFigure;
  outlines: Map<string, Geometry | null>;
  own: string | undefined;
  isWethouder: boolean;
};

export function StadsdelenCompared({ d, links, sp, figure, outlines, own, isWethouder }: Props) {
  const rows = [...d.perStadsdeel].sort((a, b) => Number(b.id === own) - Number(a.id === own) || a.name.localeCompare(b.name, "nl"));
  const cell = (s: (typeof rows)[number], key: StadsdeelFigure) => {
    const slug = s.slug;
    const href = {
      held: links.meetings({ stadsdeel: slug, status: "gehouden" }),
      attended: links.meetings({ stadsdeel: slug, status: "gehouden" }),
      inbreng: links.inbreng({ stadsdeel: slug }),
      meldingenOpen: links.meldingenNow({ stadsdeel: slug }),
      meldingenOverdue: links.meldingenNow({ stadsdeel: slug, telaat: "1" }),
      pool: `/medewerker/stadsdelen/${slug}/bereik`,
    }[key];
    return <Link href={href}>{s[key]}</Link>;
  };
  return (
    <section aria-labelledby="vergelijk-kop" className="space-y-3">
      <h2 id="vergelijk-kop" className="text-xl font-semibold">
        Stadsdelen naast elkaar
      </h2>
      <form method="get" className="no-print flex flex-wrap items-end gap-2" aria-label="Kaart kleuren">
        <HiddenFields values={sp} names={["periode", "van", "tot", "stadsdeel", "thema"] as const} />
        <div>
          <label htmlFor="kaart" className="block font-semibold">
            Kaart kleuren naar
          </label>
          <select id="kaart" name="kaart" defaultValue={figure} className="mt-1 rounded border border-gray-500 bg-white px-3 py-2">
            {stadsdeelFigureKeys.map((k) => (
              <option key={k} value={k}>
                {stadsdeelFigures[k].label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          Kleuren
        </button>
      </form>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_1fr]">
        <StadsdeelMap
          figure={figure}
          rows={rows.map((s) => ({ id: s.id, slug: s.slug, name: s.name, outline: outlines.get(s.id) ?? null, value: s[figure] }))}
        />
        <ScrollTable label="Stadsdelen naast elkaar">
          <table className="w-full border-collapse text-left text-sm" data-testid="vergelijking">
            <TableHead columns={["Stadsdeel", ...stadsdeelFigureKeys.map((k) => ({ label: stadsdeelFigures[k].label, right: true }))]} />
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-b border-gray-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    <Link href={`/medewerker/stadsdelen/${s.slug}`}>{s.name}</Link>
                    {s.id === own && isWethouder ? " (uw stadsdeel)" : ""}
                  </th>
                  {stadsdeelFigureKeys.map((k) => (
                    <td key={k} className={`${td}${k === figure ? " font-bold" : ""}`}>
                      {cell(s, k)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </section>
  );
}
