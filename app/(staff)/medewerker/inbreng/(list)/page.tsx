// All inbreng a staff member may read, with filters, sorting, paging and
// export to CSV and GeoJSON (the filters carry over to the export).
import { Pagination } from "@/components/pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { STAFF_PAGE_SIZE, type StaffInbrengFilters, listStaffInbreng, sortOptions, staffInbrengFilterOptions } from "@/lib/data/inbreng/list-staff-inbreng";
import { followUpLabels, formatDate, inbrengKindLabels, meldingStatusLabels } from "@/lib/format";
import { TableHead } from "@/components/table-head";
import { ActiveFilters } from "@/components/active-filters";
import { COUNT_CAP, countLabel } from "@/lib/data/count-cap";
import { HiddenFields } from "@/components/hidden-fields";
import { listReadableStadsdelen } from "@/lib/data/areas/list-readable-stadsdelen";
import { monthRange } from "@/lib/data/dashboard/dashboard-filters";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Inbreng" };

export default async function StaffInbrengPage({ searchParams }: { searchParams: Promise<StaffInbrengFilters> }) {
  const user = await requireUser();
  const f = await searchParams;
  const [{ items, total, page }, themes, stadsdelen, { buurten, bijeenkomsten }] = await Promise.all([
    listStaffInbreng(user, f),
    listThemes(),
    listReadableStadsdelen(user),
    staffInbrengFilterOptions(user, f),
  ]);
  const base = new URLSearchParams(Object.entries(f).filter(([k, v]) => v && k !== "pagina") as [string, string][]);
  const link = (extra: Record<string, string>) => `?${new URLSearchParams([...base, ...Object.entries(extra)]).toString()}`;
  const period = monthRange(f);
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Inbreng</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Inbreng filteren">
        <HiddenFields values={f} names={["van", "tot", "beantwoord"] as const} />
        <div>
          <label htmlFor="bijeenkomst" className="block font-semibold">
            Bijeenkomst
          </label>
          <select id="bijeenkomst" name="bijeenkomst" defaultValue={f.bijeenkomst ?? ""} className={select}>
            <option value="">Alle</option>
            {bijeenkomsten.map((b) => (
              <option key={b.id} value={b.id}>
                {b.title} ({formatDate(b.startsAt)})
              </option>
            ))}
          </select>
        </div>
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
        <div>
          <label htmlFor="buurt" className="block font-semibold">
            Buurt
          </label>
          <select id="buurt" name="buurt" defaultValue={f.buurt ?? ""} className={select}>
            <option value="">Alle</option>
            {buurten.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
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
          <label htmlFor="soort" className="block font-semibold">
            Soort
          </label>
          <select id="soort" name="soort" defaultValue={f.soort ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(inbrengKindLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="status" className="block font-semibold">
            Opvolging
          </label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(followUpLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="zoek" className="block font-semibold">
            Zoeken in tekst
          </label>
          <input id="zoek" name="zoek" type="search" defaultValue={f.zoek ?? ""} className="mt-1 rounded border border-gray-500 px-3 py-2" />
        </div>
        <div>
          <label htmlFor="sortering" className="block font-semibold">
            Sortering
          </label>
          <select id="sortering" name="sortering" defaultValue={f.sortering ?? "nieuw"} className={select}>
            {Object.entries(sortOptions).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
          Toepassen
        </button>
      </form>
      <ActiveFilters clearHref="/medewerker/inbreng" filters={[period && `bijeenkomsten in ${period.label}`, f.beantwoord && "met een antwoord"]} />
      <p role="status">
        {countLabel(total)} punten
        {total > COUNT_CAP ? `, pagina ${page}` : total > STAFF_PAGE_SIZE ? `, pagina ${page} van ${Math.ceil(total / STAFF_PAGE_SIZE)}` : ""}. Exporteren:{" "}
        <a href={`/medewerker/inbreng/export${link({ formaat: "csv" })}`}>CSV</a> ·{" "}
        <a href={`/medewerker/inbreng/export${link({ formaat: "geojson" })}`}>GeoJSON</a>
      </p>
      <ScrollTable label="Inbreng">
        <table className="w-full border-collapse text-left" data-testid="staff-inbreng">
          <TableHead columns={["Inbreng", "Thema", "Buurt", "Bijeenkomst", "Opvolging"]} />
          <tbody>
            {items.map((i) => (
              <tr key={i.id} className="border-b border-gray-200">
                <td className="py-2 pr-3">
                  <span className="block text-sm text-muted">{inbrengKindLabels[i.kind]}</span>
                  <Link href={`/medewerker/inbreng/${i.id}`}>{i.text}</Link>
                </td>
                <td className="py-2 pr-3">{i.theme.name}</td>
                <td className="py-2 pr-3">{i.buurt?.name ?? "—"}</td>
                <td className="py-2 pr-3">
                  {i.bijeenkomst.title}
                  <span className="block text-sm text-muted">{formatDate(i.bijeenkomst.startsAt)}</span>
                </td>
                <td className="py-2 pr-3">
                  {followUpLabels[i.followUpStatus]}
                  {i.melding ? <span className="block text-sm">Melding: {meldingStatusLabels[i.melding.status].toLowerCase()}</span> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination page={page} pageSize={STAFF_PAGE_SIZE} total={total} href={(p) => link({ pagina: String(p) })} />
    </div>
  );
}
