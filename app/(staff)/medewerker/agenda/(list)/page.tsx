// The stadsdeelagenda for staff: the items the user may see, stale items
// flagged (no progress update for 90 days), an overview per department, and
// the way to add, import and export items.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { STALE_DAYS, type StaffAgendaFilters, agendaDepartmentOverview, listStaffAgenda, staleBefore } from "@/lib/data/agenda/list-staff-agenda";
import { ActiveFilters } from "@/components/active-filters";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { HiddenFields } from "@/components/hidden-fields";
import { listReadableStadsdelen } from "@/lib/data/areas/list-readable-stadsdelen";
import { monthRange } from "@/lib/data/dashboard/dashboard-filters";
import { agendaKindLabels, agendaStatusLabels, formatPeriod } from "@/lib/format";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Stadsdeelagenda" };

type Props = { searchParams: Promise<StaffAgendaFilters> };

export default async function StaffAgendaPage({ searchParams }: Props) {
  const user = await requireUser();
  const f = await searchParams;
  const [themes, items, overview, stadsdelen] = await Promise.all([
    listThemes(),
    listStaffAgenda(user, f),
    agendaDepartmentOverview(user),
    listReadableStadsdelen(user),
  ]);
  const stale = staleBefore();
  const period = monthRange(f);
  const canAdd = user.role === "STADSDEELREGISSEUR" || user.role === "AFDELINGSMEDEWERKER" || user.role === "BEHEERDER";
  const exportQuery = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">Stadsdeelagenda</h1>
      <ul className="flex flex-wrap gap-4">
        {canAdd && (
          <li>
            <Link href="/medewerker/agenda/nieuw">Agendapunt toevoegen</Link>
          </li>
        )}
        {canAdd && (
          <li>
            <Link href="/medewerker/agenda/import">Importeren uit CSV of Excel</Link>
          </li>
        )}
        <li>
          <a href={`/medewerker/agenda/export?${new URLSearchParams([...exportQuery, ["formaat", "csv"]])}`}>Exporteren (CSV)</a>
        </li>
        <li>
          <a href={`/medewerker/agenda/export?${new URLSearchParams([...exportQuery, ["formaat", "xlsx"]])}`}>Exporteren (Excel)</a>
        </li>
      </ul>
      <ActiveFilters
        clearHref="/medewerker/agenda"
        filters={[
          f.soort && `soort ${agendaKindLabels[f.soort] ?? f.soort}`,
          f.thema && `thema ${themes.find((t) => t.id === f.thema)?.name ?? "onbekend"}`,
          period && `lopend in ${period.label}`,
        ]}
      />
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Agenda filteren">
        <HiddenFields values={f} names={["soort", "thema", "van", "tot"] as const} />
        {stadsdelen.length > 1 && (
          <div>
            <label htmlFor="stadsdeel" className="block font-semibold">
              Stadsdeel
            </label>
            <select id="stadsdeel" name="stadsdeel" defaultValue={f.stadsdeel ?? ""} className={select}>
              <option value="">Alle</option>
              {stadsdelen.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </div>
        )}
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
        <label className="flex items-center gap-2 pb-2">
          <input type="checkbox" name="verouderd" value="1" defaultChecked={!!f.verouderd} /> Alleen zonder update in {STALE_DAYS} dagen
        </label>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Filteren
        </button>
      </form>
      <ScrollTable label="Agendapunten">
        <table className="w-full border-collapse text-left" data-testid="staff-agenda">
          <caption className="sr-only">Agendapunten</caption>
          <TableHead columns={["Agendapunt", "Stadsdeel", "Periode", "Status", "Laatste update"]} />
          <tbody>
            {items.map((i) => {
              const isStale = i.progressUpdatedAt < stale && ["GEPLAND", "LOOPT", "UITGESTELD"].includes(i.status);
              return (
                <tr key={i.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <span className="block text-sm text-muted">
                      {agendaKindLabels[i.kind]}
                      {i.department ? ` · ${i.department.name}` : ""}
                      {i.isPublic ? "" : " · intern"}
                    </span>
                    <Link href={`/medewerker/agenda/${i.id}`}>{i.title}</Link>
                  </td>
                  <td className="py-2 pr-3">{i.stadsdeel.name}</td>
                  <td className="py-2 pr-3">{formatPeriod(i.periodStart, i.periodEnd)}</td>
                  <td className="py-2 pr-3">
                    {agendaStatusLabels[i.status]} ({i.progress}%)
                  </td>
                  <td className="py-2">
                    {i.progressUpdatedAt.toLocaleDateString("nl-NL", { timeZone: "Europe/Amsterdam" })}
                    {isStale && <strong className="block text-accent">geen update in {STALE_DAYS} dagen</strong>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
      <section aria-labelledby="afdelingen-kop">
        <h2 id="afdelingen-kop" className="text-xl font-semibold">
          Per afdeling
        </h2>
        <ScrollTable label="Agendapunten per afdeling">
          <table className="mt-2 w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-gray-400">
                <th scope="col" className="py-2 pr-3">
                  Afdeling
                </th>
                {Object.values(agendaStatusLabels).map((l) => (
                  <th key={l} scope="col" className="py-2 pr-3 text-right">
                    {l}
                  </th>
                ))}
                <th scope="col" className="py-2 pr-3 text-right">
                  Totaal
                </th>
                <th scope="col" className="py-2 text-right">
                  Zonder update ({STALE_DAYS} d)
                </th>
              </tr>
            </thead>
            <tbody>
              {overview.map((o) => (
                <tr key={o.department} className="border-b border-gray-200">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {o.department}
                  </th>
                  {Object.keys(agendaStatusLabels).map((s) => (
                    <td key={s} className="py-2 pr-3 text-right">
                      {o.byStatus[s] ?? 0}
                    </td>
                  ))}
                  <td className="py-2 pr-3 text-right">{o.total}</td>
                  <td className="py-2 text-right">{o.stale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      </section>
    </div>
  );
}
