// Bijeenkomsten for staff (wethouder, beheerder, regisseur for their
// stadsdelen): newest first with registrations, attendance, evaluations and
// the verslag's state — the list behind the dashboard's figures, opened with
// the same filters.
import { Pagination } from "@/components/pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { ActiveFilters } from "@/components/active-filters";
import { TableHead } from "@/components/table-head";
import { requireUser } from "@/lib/auth/current-user";
import {
  BIJEENKOMST_PAGE_SIZE,
  type StaffBijeenkomstFilters,
  type StaffBijeenkomstRow,
  listStaffBijeenkomsten,
  meetingStates,
  verslagStates,
} from "@/lib/data/bijeenkomsten/list-staff-bijeenkomsten";
import { HiddenFields } from "@/components/hidden-fields";
import { listReadableStadsdelen } from "@/lib/data/areas/list-readable-stadsdelen";
import { monthRange } from "@/lib/data/dashboard/dashboard-filters";
import { formatDate } from "@/lib/format";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Bijeenkomsten" };

function verslagState(r: StaffBijeenkomstRow, now: Date): string {
  if (!r.deadline_at) return "—";
  if (r.sent_at) return r.sent_at <= r.deadline_at ? `verstuurd ${formatDate(r.sent_at)}, op tijd` : `verstuurd ${formatDate(r.sent_at)}, te laat`;
  return r.deadline_at < now ? "nog niet verstuurd, over de termijn" : `uiterlijk ${formatDate(r.deadline_at)}`;
}

export default async function StaffBijeenkomstenPage({ searchParams }: { searchParams: Promise<StaffBijeenkomstFilters> }) {
  const user = await requireUser(["WETHOUDER", "BEHEERDER", "STADSDEELREGISSEUR"]);
  const f = await searchParams;
  const [{ rows, total, page }, stadsdelen] = await Promise.all([listStaffBijeenkomsten(user, f), listReadableStadsdelen(user)]);
  const now = new Date();
  const period = monthRange(f);
  const base = new URLSearchParams(Object.entries(f).filter(([k, v]) => v && k !== "pagina") as [string, string][]);
  const pageLink = (p: number) => `?${new URLSearchParams([...base, ["pagina", String(p)]])}`;
  const select = "mt-1 rounded border border-gray-500 bg-white px-3 py-2";
  const td = "py-2 pr-3 text-right";
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">Bijeenkomsten</h1>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Bijeenkomsten filteren">
        <HiddenFields values={f} names={["van", "tot"] as const} />
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
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={f.status ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(meetingStates).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="verslag" className="block font-semibold">
            Verslag
          </label>
          <select id="verslag" name="verslag" defaultValue={f.verslag ?? ""} className={select}>
            <option value="">Alle</option>
            {Object.entries(verslagStates).map(([v, l]) => (
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
      <ActiveFilters clearHref="/medewerker/bijeenkomsten" filters={[period && `datum in ${period.label}`]} />
      <p role="status">
        {total} bijeenkomsten{total > BIJEENKOMST_PAGE_SIZE ? `, pagina ${page} van ${Math.ceil(total / BIJEENKOMST_PAGE_SIZE)}` : ""}.
      </p>
      <ScrollTable label="Bijeenkomsten">
        <table className="w-full border-collapse text-left" data-testid="bijeenkomsten">
          <TableHead
            columns={[
              "Bijeenkomst",
              "Stadsdeel",
              { label: "Aanmeldingen", right: true },
              { label: "Aanwezig", right: true },
              { label: "Niet gekomen", right: true },
              { label: "Evaluaties", right: true },
              "Verslag",
            ]}
          />
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} className="border-b border-gray-200">
                <td className="py-2 pr-3">
                  <Link href={`/medewerker/bijeenkomsten/${r.id}`}>{r.title}</Link>
                  <span className="block text-sm text-muted">
                    {formatDate(r.startsAt)}
                    {r.status === "CANCELLED" ? " · geannuleerd" : r.status === "CONCEPT" ? " · concept (nog niet zichtbaar voor bewoners)" : ""}
                  </span>
                </td>
                <td className="py-2 pr-3">{r.stadsdeel}</td>
                <td className={td}>{r.registrations}</td>
                <td className={td}>{r.attended}</td>
                <td className={td}>{r.no_show}</td>
                <td className={td}>{r.evaluations}</td>
                <td className="py-2">{verslagState(r, now)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination page={page} pageSize={BIJEENKOMST_PAGE_SIZE} total={total} href={pageLink} />
    </div>
  );
}
