// The progress dashboard (voortgangsbewaking) for wethouders, beheerders and
// regisseurs (their own stadsdelen): a period and filters, and per block
// the figures as tables, each linking to the list behind it. A wethouder's
// own stadsdeel comes first in the comparison.
import { amsterdamMonthKey, amsterdamYearMonth } from "@/lib/datetime";
import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/charts/bar-chart";
import { PrintButton } from "@/components/print-button";
import { requireUser } from "@/lib/auth/current-user";
import { listDashboardStadsdelen } from "@/lib/data/dashboard/list-dashboard-stadsdelen";
import { periodFrom, scopedStadsdelen } from "@/lib/data/dashboard/dashboard-filters";
import { getDashboard } from "@/lib/data/dashboard/get-dashboard";
import { ReachTables } from "@/components/reach-tables";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { agendaKindLabels, agendaStatusLabels, formatDate, formatMonth, formatTime, inbrengKindLabels, meldingStatusLabels } from "@/lib/format";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Dashboard" };

type Props = { searchParams: Promise<{ periode?: string; van?: string; tot?: string; stadsdeel?: string; thema?: string }> };

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const one = (v: number | null) => (v === null ? "—" : v.toFixed(1).replace(".", ","));
const th = "py-1 pr-3";

function ExportLinks({ blok, query, label = "Exporteren" }: { blok: string; query: URLSearchParams; label?: string }) {
  const href = (formaat: string) => `/medewerker/dashboard/export?${new URLSearchParams([...query, ["blok", blok], ["formaat", formaat]])}`;
  return (
    <p className="no-print text-sm">
      {label}: <a href={href("csv")}>CSV</a> · <a href={href("xlsx")}>Excel</a>
    </p>
  );
}

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser(["WETHOUDER", "BEHEERDER", "STADSDEELREGISSEUR"]);
  const sp = await searchParams;
  const period = periodFrom(sp);
  const { all, stadsdeelIds } = await listDashboardStadsdelen(user, sp.stadsdeel);
  const [d, themes] = await Promise.all([
    getDashboard({ from: period.from, to: period.to, stadsdeelIds, themeId: sp.thema || null }),
    listThemes(),
  ]);
  const own = user.wethouderStadsdeelId ?? user.stadsdeelIds[0];
  const comparison = [...d.perStadsdeel].sort((a, b) => Number(b.id === own) - Number(a.id === own) || a.name.localeCompare(b.name, "nl"));
  const year = amsterdamYearMonth(new Date()).y;
  const periods = [String(year), `${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`, String(year - 1), String(year - 2)];
  const months = Array.from({ length: 48 }, (_, i) => new Date(Date.UTC(year - 2, i, 1))).map((m) => ({ value: m.toISOString().slice(0, 7), label: formatMonth(m) }));
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  const exportQuery = new URLSearchParams(Object.entries(sp).filter(([, v]) => v) as [string, string][]);
  // Every figure links to the list behind it, opened with the same period, stadsdeel and theme.
  const monthKey = amsterdamMonthKey;
  const scope = { stadsdeel: sp.stadsdeel, van: monthKey(period.from), tot: monthKey(new Date(period.to.getTime() - 1)) };
  const href = (path: string, extra: Record<string, string | undefined> = {}) =>
    `${path}?${new URLSearchParams(Object.entries({ ...scope, ...extra }).filter(([, v]) => v) as [string, string][])}`;
  const thema = sp.thema || undefined;
  const meetings = (extra: Record<string, string> = {}) => href("/medewerker/bijeenkomsten", extra);
  const meldingen = (extra: Record<string, string | undefined> = {}) => href("/medewerker/meldingen", { alle: "1", thema, ...extra });

  const visible = all.filter((s) => stadsdeelIds === null || stadsdeelIds.includes(s.id) || scopedStadsdelen(user, []) === null);
  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Dashboard stadsdelen</h1>
      <form method="get" className="no-print flex flex-wrap items-end gap-3" aria-label="Dashboard filteren">
        <div><label htmlFor="periode" className="block font-semibold">Periode</label>
          <select id="periode" name="periode" defaultValue={sp.periode ?? (sp.van || sp.tot ? "eigen" : String(year))} className={select}>
            {periods.map((p) => <option key={p} value={p}>{p.replace("-Q", " kwartaal ")}</option>)}
            <option value="eigen">Eigen periode (maanden hiernaast)</option>
          </select></div>
        <div><label htmlFor="van" className="block font-semibold">Van maand</label>
          <select id="van" name="van" defaultValue={sp.van ?? ""} className={select}><option value="">—</option>{months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}</select></div>
        <div><label htmlFor="tot" className="block font-semibold">Tot en met maand</label>
          <select id="tot" name="tot" defaultValue={sp.tot ?? ""} className={select}><option value="">—</option>{months.map((m) => <option key={m.value} value={m.value}>{m.label}</option>)}</select></div>
        <div><label htmlFor="stadsdeel" className="block font-semibold">Stadsdeel</label>
          <select id="stadsdeel" name="stadsdeel" defaultValue={sp.stadsdeel ?? ""} className={select}><option value="">Alle (waar u bij mag)</option>{visible.map((s) => <option key={s.slug} value={s.slug}>{s.name}</option>)}</select></div>
        <div><label htmlFor="thema" className="block font-semibold">Thema</label>
          <select id="thema" name="thema" defaultValue={sp.thema ?? ""} className={select}><option value="">Alle</option>{themes.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}</select></div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">Tonen</button>
      </form>
      <style>{`@media print { @page { size: A4 landscape; margin: 10mm; } .dashboard-chart { break-inside: avoid; } }`}</style>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          Periode: {period.label}. Bijeenkomsten, verslagen en agenda zijn actueel; meldingen, aanmeldingen, inbreng en mee-praters zijn
          geteld op {d.refreshedAt ? `${formatDate(d.refreshedAt)} om ${formatTime(d.refreshedAt)}` : "—"} (elke 10 minuten bijgewerkt).
        </p>
        <PrintButton label="Afdrukken voor het college (A4 liggend)" />
      </div>

      <section aria-labelledby="vergelijk-kop">
        <h2 id="vergelijk-kop" className="text-xl font-semibold">Stadsdelen naast elkaar</h2>
        <ScrollTable label="Stadsdelen naast elkaar">
        <table className="mt-2 w-full border-collapse text-left" data-testid="vergelijking">
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Stadsdeel</th><th scope="col" className={`${th} text-right`}>Bijeenkomsten gehouden</th><th scope="col" className={`${th} text-right`}>Aanwezigen</th><th scope="col" className={`${th} text-right`}>Inbreng</th><th scope="col" className={`${th} text-right`}>Open meldingen</th><th scope="col" className={`${th} text-right`}>Te laat</th><th scope="col" className="py-1 text-right">Mee-praters</th></tr></thead>
            <tbody>
              {comparison.map((s) => {
                const slug = s.slug;
                return (
                  <tr key={s.id} className="border-b border-gray-200">
                    <th scope="row" className={`${th} font-normal`}><Link href={`/medewerker/stadsdelen/${slug}`}>{s.name}</Link>{s.id === own && user.role === "WETHOUDER" ? " (uw stadsdeel)" : ""}</th>
                    <td className={`${th} text-right`}><Link href={href("/medewerker/bijeenkomsten", { stadsdeel: slug, status: "gehouden" })}>{s.held}</Link></td>
                    <td className={`${th} text-right`}><Link href={href("/medewerker/bijeenkomsten", { stadsdeel: slug, status: "gehouden" })}>{s.attended}</Link></td>
                    <td className={`${th} text-right`}><Link href={href("/medewerker/inbreng", { stadsdeel: slug })}>{s.inbreng}</Link></td>
                    <td className={`${th} text-right`}><Link href={`/medewerker/meldingen?stadsdeel=${slug}`}>{s.meldingenOpen}</Link></td>
                    <td className={`${th} text-right`}><Link href={`/medewerker/meldingen?stadsdeel=${slug}&telaat=1`}>{s.meldingenOverdue}</Link></td><td className="py-1 text-right"><Link href={`/medewerker/stadsdelen/${slug}/bereik`}>{s.pool}</Link></td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="vergelijking" query={exportQuery} />
      </section>

      <section aria-labelledby="deelname-kop" className="grid gap-6 md:grid-cols-2">
        <div>
          <h2 id="deelname-kop" className="text-xl font-semibold">Bijeenkomsten en deelname</h2>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="deelname">
            <dt>Gehouden</dt><dd className="text-right"><Link href={meetings({ status: "gehouden" })}>{d.meetings.held}</Link></dd>
            <dt>Gepland</dt><dd className="text-right"><Link href={meetings({ status: "gepland" })}>{d.meetings.planned}</Link></dd>
            <dt>Geannuleerd</dt><dd className="text-right"><Link href={meetings({ status: "geannuleerd" })}>{d.meetings.cancelled}</Link></dd>
            <dt>Aanmeldingen</dt><dd className="text-right"><Link href={meetings()}>{d.participation.registrations}</Link></dd>
            <dt>Aanwezig / niet gekomen</dt><dd className="text-right"><Link href={meetings({ status: "gehouden" })}>{d.participation.attended} / {d.participation.noShow}</Link> ({pct(d.participation.attendanceRate)} opkomst)</dd>
            <dt>Unieke deelnemers, van wie vaker</dt><dd className="text-right"><Link href={meetings({ status: "gehouden" })}>{d.participation.uniquePeople}, {d.participation.repeatPeople}</Link></dd>
          </dl>
          <ExportLinks blok="deelname" query={exportQuery} />
        </div>
        <div>
          <h2 className="text-xl font-semibold">Verslagen en evaluatie</h2>
          <dl className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="verslagen">
            <dt>Verslagen binnen 14 dagen</dt><dd className="text-right"><Link href={meetings({ verslag: "op-tijd" })}>{d.verslagen.onTime}</Link> van {d.verslagen.due} ({pct(d.verslagen.due ? d.verslagen.onTime / d.verslagen.due : null)})</dd>
            <dt>Te laat verstuurd</dt><dd className="text-right"><Link href={meetings({ verslag: "te-laat" })}>{d.verslagen.late}</Link></dd>
            <dt>Nu over de termijn</dt><dd className="text-right"><Link href={meetings({ verslag: "over-termijn" })}>{d.verslagen.overdueNow}</Link></dd>
            <dt>Evaluaties (respons)</dt><dd className="text-right"><Link href={meetings({ status: "gehouden" })}>{d.evaluations.responses}</Link> ({pct(d.evaluations.invited ? d.evaluations.responses / d.evaluations.invited : null)})</dd>
            <dt>Tevreden / gehoord / organisatie (1–5)</dt><dd className="text-right"><Link href={meetings({ status: "gehouden" })}>{one(d.evaluations.overall)} / {one(d.evaluations.heard)} / {one(d.evaluations.organisation)}</Link></dd>
          </dl>
          <ExportLinks blok="verslagen" query={exportQuery} />
        </div>
      </section>

      <section aria-labelledby="bereik-kop" className="space-y-2">
        <h2 id="bereik-kop" className="text-xl font-semibold">Bereik</h2>
        <p data-testid="pool">Mee-praters: <a href="#vergelijk-kop">{d.pool.size}</a> (per stadsdeel in de vergelijking), van wie {d.pool.joined} nieuw in deze periode.</p>
        <ReachTables reach={d.reach} />
        <ExportLinks blok="bereik-buurt" query={exportQuery} label="Exporteren per buurt" />
        <ExportLinks blok="bereik-leeftijd" query={exportQuery} label="Exporteren per leeftijdsgroep" />
        <p>
          Deelnemers en mee-praters per stadsdeel:{" "}
          {comparison.map((s, i) => <span key={s.id}>{i > 0 && " · "}<Link href={`/medewerker/stadsdelen/${s.slug}/bereik`}>bereik {s.name}</Link></span>)}
        </p>
      </section>

      <section aria-labelledby="meldingen-kop" className="space-y-3">
        <h2 id="meldingen-kop" className="text-xl font-semibold">Meldingen</h2>
        <div className="grid gap-6 md:grid-cols-2">
          <BarChart title="Meldingen per status" series={[{ key: "n", name: "Meldingen", colour: "#00507a" }]}
            data={Object.entries(meldingStatusLabels).map(([k, label]) => ({ label, n: d.meldingen.byStatus[k] ?? 0 }))} />
          <BarChart title="Meldingen per maand: nieuw en inmiddels afgesloten" series={[{ key: "created", name: "Nieuw", colour: "#00507a" }, { key: "closed", name: "Afgesloten", colour: "#1b6e2a" }]}
            data={d.meldingen.trend.map((r) => ({ label: formatMonth(r.month), created: r.created, closed: r.closed }))} />
        </div>
        <p>
          <Link href={meldingen({ status: "afgesloten" })}>Afgesloten meldingen</Link>: mediane doorlooptijd {one(d.meldingen.medianDaysToClose)} dagen;
          90% binnen {one(d.meldingen.p90DaysToClose)} dagen (dagen tot afhandeling, een begonnen dag telt als dag).
        </p>
        <ScrollTable label="Meldingen per status">
        <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">Per status</caption>
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Status</th><th scope="col" className="py-1 text-right">Aantal</th></tr></thead>
            <tbody>{Object.entries(meldingStatusLabels).map(([k, l]) => <tr key={k} className="border-b border-gray-200"><th scope="row" className={`${th} font-normal`}>{l}</th><td className="py-1 text-right"><Link href={meldingen({ status: k })}>{d.meldingen.byStatus[k] ?? 0}</Link></td></tr>)}</tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="meldingen-status" query={exportQuery} />
        <ScrollTable label="Meldingen per afdeling">
        <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">Per afdeling</caption>
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Afdeling</th><th scope="col" className={`${th} text-right`}>Open</th><th scope="col" className={`${th} text-right`}>Te laat</th><th scope="col" className="py-1 text-right">Afgesloten</th></tr></thead>
            <tbody>{d.meldingen.byDepartment.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}><Link href={meldingen({ afdeling: r.id })}>{r.department}</Link></th>
                <td className={`${th} text-right`}><Link href={meldingen({ afdeling: r.id, status: "open" })}>{r.open}</Link></td>
                <td className={`${th} text-right`}><Link href={meldingen({ afdeling: r.id, telaat: "1" })}>{r.overdue}</Link></td>
                <td className="py-1 text-right"><Link href={meldingen({ afdeling: r.id, status: "afgesloten" })}>{r.closed}</Link></td>
              </tr>
            ))}</tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="meldingen-afdeling" query={exportQuery} />
        <ScrollTable label="Per maand">
        <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">Per maand</caption>
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Maand</th><th scope="col" className={`${th} text-right`}>Nieuw</th><th scope="col" className="py-1 text-right">Inmiddels afgesloten</th></tr></thead>
            <tbody>{d.meldingen.trend.map((r) => (
              <tr key={r.month.toISOString()} className="border-b border-gray-200">
                <th scope="row" className={`${th} font-normal`}>{formatMonth(r.month)}</th>
                <td className={`${th} text-right`}><Link href={meldingen({ van: monthKey(r.month), tot: monthKey(r.month) })}>{r.created}</Link></td>
                <td className="py-1 text-right"><Link href={meldingen({ van: monthKey(r.month), tot: monthKey(r.month), status: "afgesloten" })}>{r.closed}</Link></td>
              </tr>
            ))}</tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="meldingen-maand" query={exportQuery} />
      </section>

      <section aria-labelledby="inbreng-kop">
        <h2 id="inbreng-kop" className="text-xl font-semibold">Inbreng per thema</h2>
        <BarChart title="Inbreng per thema: aantal en met antwoord" series={[{ key: "n", name: "Inbreng", colour: "#00507a" }, { key: "answered", name: "Met antwoord", colour: "#1b6e2a" }]}
          data={[...d.inbreng.reduce((m, r) => m.set(r.theme, { n: (m.get(r.theme)?.n ?? 0) + r.n, answered: (m.get(r.theme)?.answered ?? 0) + r.answered }), new Map<string, { n: number; answered: number }>())].map(([label, v]) => ({ label, ...v }))} />
        <ScrollTable label="Inbreng per thema">
        <table className="mt-2 w-full border-collapse text-left">
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Thema</th><th scope="col" className={th}>Soort</th><th scope="col" className={`${th} text-right`}>Aantal</th><th scope="col" className="py-1 text-right">Met antwoord</th></tr></thead>
            <tbody>{d.inbreng.map((r) => <tr key={`${r.theme}-${r.kind}`} className="border-b border-gray-200"><th scope="row" className={`${th} font-normal`}>{r.theme}</th><td className={th}>{inbrengKindLabels[r.kind]}</td><td className={`${th} text-right`}><Link href={href("/medewerker/inbreng", { thema: r.themeId, soort: r.kind })}>{r.n}</Link></td><td className="py-1 text-right"><Link href={href("/medewerker/inbreng", { thema: r.themeId, soort: r.kind, beantwoord: "1" })}>{r.answered}</Link></td></tr>)}</tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="inbreng" query={exportQuery} />
      </section>

      <section aria-labelledby="agenda-kop">
        <h2 id="agenda-kop" className="text-xl font-semibold">Stadsdeelagenda</h2>
        <ScrollTable label="Stadsdeelagenda">
        <table className="mt-2 w-full border-collapse text-left">
            <thead><tr className="border-b border-gray-400"><th scope="col" className={th}>Soort</th><th scope="col" className={th}>Status</th><th scope="col" className={`${th} text-right`}>Aantal</th><th scope="col" className={`${th} text-right`}>Gem. voortgang</th><th scope="col" className="py-1 text-right">Zonder update (90 d)</th></tr></thead>
            <tbody>{d.agenda.map((r) => <tr key={`${r.kind}-${r.status}`} className="border-b border-gray-200"><th scope="row" className={`${th} font-normal`}>{agendaKindLabels[r.kind]}</th><td className={th}>{agendaStatusLabels[r.status]}</td><td className={`${th} text-right`}><Link href={href("/medewerker/agenda", { soort: r.kind, status: r.status, thema })}>{r.n}</Link></td><td className={`${th} text-right`}>{r.progress === null ? "—" : `${Math.round(r.progress)}%`}</td><td className="py-1 text-right"><Link href={href("/medewerker/agenda", { soort: r.kind, status: r.status, thema, verouderd: "1" })}>{r.stale}</Link></td></tr>)}</tbody>
          </table>
        </ScrollTable>
        <ExportLinks blok="agenda" query={exportQuery} />
        <p className="mt-1"><Link href={href("/medewerker/agenda", { thema, verouderd: "1" })}>Agendapunten zonder update</Link></p>
      </section>
    </div>
  );
}
