// Dossiers of the stadsdeeltafels the user may see, open ones first by
// default, filtered by stadsdeel and status; each with its owner, open
// acties and how many are past their date.
import { Pagination } from "@/components/pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { requireUser } from "@/lib/auth/current-user";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import {
  DOSSIER_PAGE_SIZE,
  type DossierListFilters,
  clarityPeriod,
  describeLateFilter,
  listDossierStadsdelen,
  listDossiers,
} from "@/lib/data/dossiers/list-dossiers";
import { dossierStatusLabels, formatDate } from "@/lib/format";
import { isPastDue, todayKey } from "@/lib/datetime";

export const metadata: Metadata = { title: "Dossiers" };

export default async function DossiersPage({ searchParams }: { searchParams: Promise<DossierListFilters> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const clarity = clarityPeriod(sp.duidelijkheid);
  const [{ items, total }, all, lateAt] = await Promise.all([listDossiers(user, sp), listDossierStadsdelen(user), describeLateFilter(sp.telaat)]);
  const today = todayKey();
  const page = Math.max(1, Number(sp.pagina ?? 1) || 1);
  const query = (over: Record<string, string | undefined>) =>
    `?${new URLSearchParams(Object.entries({ ...sp, ...over }).filter(([, v]) => v) as [string, string][])}`;
  const mayOpen = user.role === "BEHEERDER" || user.stadsdeelIds.some((id) => canManageStadsdeel(user, id));

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">Dossiers</h1>
        {mayOpen && (
          <Link href="/medewerker/dossiers/nieuw" className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline">
            Nieuw dossier
          </Link>
        )}
      </div>
      <p className="max-w-3xl">Zaken die meerdere afdelingen en partners raken, besproken aan de stadsdeeltafel tot er duidelijkheid is voor de betrokkenen.</p>
      <form className="flex flex-wrap items-end gap-3" method="get">
        {all.length > 1 && (
          <div>
            <label htmlFor="stadsdeel" className="block font-semibold">
              Stadsdeel
            </label>
            <select id="stadsdeel" name="stadsdeel" defaultValue={sp.stadsdeel ?? ""} className="rounded border border-gray-500 bg-white px-3 py-2">
              <option value="">Alle</option>
              {all.map((s) => (
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
          <select id="status" name="status" defaultValue={sp.status ?? ""} className="rounded border border-gray-500 bg-white px-3 py-2">
            <option value="">Alle lopende</option>
            {Object.entries(dossierStatusLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
            <option value="alle">Alle, ook afgesloten</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand">
          Filteren
        </button>
      </form>
      {clarity && (
        <p>
          Dossiers die duidelijkheid kregen van {formatDate(clarity.from)} tot {formatDate(clarity.to)}.{" "}
          <Link href="/medewerker/dossiers">Alle dossiers tonen</Link>
        </p>
      )}
      {lateAt && (
        <p>
          Alleen dossiers met open acties over hun datum bij <strong>{lateAt}</strong>. <Link href="/medewerker/dossiers">Alle dossiers tonen</Link>
        </p>
      )}
      <p>
        {total} {total === 1 ? "dossier" : "dossiers"}.
      </p>
      {items.length > 0 && (
        <ScrollTable label="Dossiers">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Dossier", "Stadsdeel", "Status", "Eigenaar", { label: "Open acties", right: true }, "Aangemeld"]} />
            <tbody>
              {items.map((d) => {
                const late = d.acties.filter((a) => isPastDue(a.dueOn, today)).length;
                return (
                  <tr key={d.id} className="border-b border-gray-200">
                    <td className="py-2 pr-3">
                      <Link href={`/medewerker/dossiers/${d.id}`}>{d.title}</Link>
                    </td>
                    <td className="py-2 pr-3">{d.stadsdeel.name}</td>
                    <td className="py-2 pr-3">{dossierStatusLabels[d.status]}</td>
                    <td className="py-2 pr-3">{d.owner.name}</td>
                    <td className="py-2 pr-3 text-right">
                      {d.acties.length}
                      {late > 0 && <strong className="block text-accent">{late} te laat</strong>}
                    </td>
                    <td className="py-2">{formatDate(d.aangemeldAt)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <Pagination page={page} pageSize={DOSSIER_PAGE_SIZE} total={total} href={(p) => query({ pagina: String(p) })} />
    </div>
  );
}
