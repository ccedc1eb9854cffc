// Dashboard blocks on meldingen, inbreng and the stadsdeelagenda, folded
// below the first screen: a chart (with its numbers as a table) per block.
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { amsterdamMonthKey as monthKey } from "@/lib/datetime";
import { agendaKindLabels, agendaStatusLabels, formatMonth, inbrengKindLabels, meldingStatusLabels } from "@/lib/format";
import { totalFigures as tf } from "@/lib/dashboard/figures";
import { DetailBlock, type Fold } from "./detail-block";
import { ExportLinks } from "./export-links";
import { MeldingenPerBuurt } from "./meldingen-per-buurt";
import type { DashboardLinks } from "./links";

const th = "py-1 pr-3";
const one = (v: number | null) => (v === null ? "—" : v.toFixed(1).replace(".", ","));

type Props = { d: Dashboard; links: DashboardLinks; exportQuery: URLSearchParams; fold: Fold };

export function MeldingenBlock({ d, links, exportQuery, fold }: Props) {
  const meldingen = links.meldingen;
  const total = Object.values(d.meldingen.byStatus).reduce((s, n) => s + n, 0);
  return (
    <DetailBlock
      fold={fold}
      id="meldingen"
      title="Meldingen"
      lead={
        <p>
          {total} meldingen binnengekomen in de periode; mediane doorlooptijd {one(d.meldingen.medianDaysToClose)} dagen.
        </p>
      }
    >
      <div className="grid gap-6 md:grid-cols-2">
        <BarChart
          title="Meldingen per status"
          series={[{ key: "n", name: "Meldingen", colour: "#00507a" }]}
          data={Object.entries(meldingStatusLabels).map(([k, label]) => ({ label, n: d.meldingen.byStatus[k] ?? 0 }))}
        />
        <BarChart
          title="Meldingen per maand: nieuw en inmiddels afgesloten"
          series={[
            { key: "created", name: "Nieuw", colour: "#00507a" },
            { key: "closed", name: "Afgesloten", colour: "#1b6e2a" },
          ]}
          data={d.meldingen.trend.map((r) => ({ label: formatMonth(r.month), created: r.created, closed: r.closed }))}
        />
      </div>
      <p>
        <Link href={meldingen({ status: "afgesloten" })}>Afgesloten meldingen</Link>: mediane doorlooptijd {one(d.meldingen.medianDaysToClose)} dagen; 90%
        binnen {one(d.meldingen.p90DaysToClose)} dagen (dagen tot afhandeling, een begonnen dag telt als dag).
      </p>
      <ScrollTable label="Meldingen per status">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Per status</caption>
          <TableHead columns={["Status", { label: "Aantal", right: true }]} />
          <tbody>
            {Object.entries(meldingStatusLabels).map(([k, l]) => (
              <tr key={k} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>
                  {l}
                </th>
                <td className="py-1 text-right">
                  <Link href={meldingen({ status: k })}>{d.meldingen.byStatus[k] ?? 0}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks blok="meldingen-status" query={exportQuery} />
      <ScrollTable label="Meldingen per afdeling">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Per afdeling</caption>
          <TableHead columns={["Afdeling", { label: "Open", right: true }, { label: "Te laat", right: true }, { label: "Afgesloten", right: true }]} />
          <tbody>
            {d.meldingen.byDepartment.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>
                  <Link href={meldingen({ afdeling: r.id })}>{r.department}</Link>
                </th>
                <td className={`${th} text-right`}>
                  <Link href={meldingen({ afdeling: r.id, status: "open" })}>{r.open}</Link>
                </td>
                <td className={`${th} text-right`}>
                  <Link href={meldingen({ afdeling: r.id, telaat: "1" })}>{r.overdue}</Link>
                </td>
                <td className="py-1 text-right">
                  <Link href={meldingen({ afdeling: r.id, status: "afgesloten" })}>{r.closed}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks blok="meldingen-afdeling" query={exportQuery} />
      <ScrollTable label="Per maand">
        <table className="w-full border-collapse text-left">
          <caption className="text-left font-semibold">Per maand</caption>
          <TableHead columns={["Maand", { label: "Nieuw", right: true }, { label: "Inmiddels afgesloten", right: true }]} />
          <tbody>
            {d.meldingen.trend.map((r) => (
              <tr key={r.month.toISOString()} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>
                  {formatMonth(r.month)}
                </th>
                <td className={`${th} text-right`}>
                  <Link href={meldingen({ van: monthKey(r.month), tot: monthKey(r.month) })}>{r.created}</Link>
                </td>
                <td className="py-1 text-right">
                  <Link href={meldingen({ van: monthKey(r.month), tot: monthKey(r.month), status: "afgesloten" })}>{r.closed}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks blok="meldingen-maand" query={exportQuery} />
      <MeldingenPerBuurt d={d} links={links} exportQuery={exportQuery} />
    </DetailBlock>
  );
}

export function InbrengBlock({ d, links, exportQuery, fold }: Props) {
  const perTheme = [
    ...d.inbreng.reduce(
      (m, r) => m.set(r.theme, { n: (m.get(r.theme)?.n ?? 0) + r.n, answered: (m.get(r.theme)?.answered ?? 0) + r.answered }),
      new Map<string, { n: number; answered: number }>(),
    ),
  ];
  const top = [...perTheme].sort((a, b) => b[1].n - a[1].n)[0];
  return (
    <DetailBlock
      fold={fold}
      id="inbreng"
      title="Inbreng per thema"
      lead={<p>{top ? `Meeste inbreng over ${top[0]} (${top[1].n}).` : "Geen inbreng in deze periode."}</p>}
    >
      <BarChart
        title="Inbreng per thema: aantal en met antwoord"
        series={[
          { key: "n", name: "Inbreng", colour: "#00507a" },
          { key: "answered", name: "Met antwoord", colour: "#1b6e2a" },
        ]}
        data={perTheme.map(([label, v]) => ({ label, ...v }))}
      />
      <ScrollTable label="Inbreng per thema">
        <table className="w-full border-collapse text-left">
          <TableHead columns={["Thema", "Soort", { label: "Aantal", right: true }, { label: "Met antwoord", right: true }]} />
          <tbody>
            {d.inbreng.map((r) => (
              <tr key={`${r.theme}-${r.kind}`} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>
                  {r.theme}
                </th>
                <td className={th}>{inbrengKindLabels[r.kind]}</td>
                <td className={`${th} text-right`}>
                  <Link href={links.inbreng({ thema: r.themeId, soort: r.kind })}>{r.n}</Link>
                </td>
                <td className="py-1 text-right">
                  <Link href={links.inbreng({ thema: r.themeId, soort: r.kind, beantwoord: "1" })}>{r.answered}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks blok="inbreng" query={exportQuery} />
    </DetailBlock>
  );
}

export function AgendaBlock({ d, links, exportQuery, fold }: Props) {
  const stale = d.agenda.reduce((s, r) => s + r.stale, 0);
  return (
    <DetailBlock
      fold={fold}
      id="agenda"
      title="Stadsdeelagenda"
      lead={
        <p>
          {d.agenda.reduce((s, r) => s + r.n, 0)} agendapunten in de periode; <Link href={links.agenda({ verouderd: "1" })}>{stale} zonder update</Link>.
        </p>
      }
    >
      <ScrollTable label="Stadsdeelagenda">
        <table className="w-full border-collapse text-left">
          <TableHead
            columns={[
              "Soort",
              "Status",
              { label: "Aantal", right: true },
              { label: "Gem. voortgang", right: true },
              { label: "Zonder update (90 d)", right: true },
            ]}
          />
          <tbody>
            {d.agenda.map((r) => (
              <tr key={`${r.kind}-${r.status}`} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>
                  {agendaKindLabels[r.kind]}
                </th>
                <td className={th}>{agendaStatusLabels[r.status]}</td>
                <td className={`${th} text-right`}>
                  <Link href={links.agenda({ soort: r.kind, status: r.status })}>{r.n}</Link>
                </td>
                <td className={`${th} text-right`}>{r.progress === null ? "—" : `${Math.round(r.progress)}%`}</td>
                <td className="py-1 text-right">
                  <Link href={links.agenda({ soort: r.kind, status: r.status, verouderd: "1" })}>{r.stale}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <ExportLinks blok="agenda" query={exportQuery} />
      <p className="text-sm">
        {tf.agendaStale.label}: {tf.agendaStale.definition}
      </p>
    </DetailBlock>
  );
}
