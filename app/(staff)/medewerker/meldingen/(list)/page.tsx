// Meldingen for staff: an afdelingsmedewerker's department queue (overdue
// first), a regisseur's stadsdelen, or everything for wethouder and beheerder.
import { Pagination } from "@/components/pagination";
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { ActiveFilters } from "@/components/active-filters";
import { countLabel } from "@/lib/data/count-cap";
import { listDepartments } from "@/lib/data/catalog/list-departments";
import { listThemes } from "@/lib/data/catalog/list-themes";
import { HiddenFields } from "@/components/hidden-fields";
import { monthRange } from "@/lib/data/dashboard/dashboard-filters";
import { type MeldingListFilters, PAGE_SIZE, listMeldingen } from "@/lib/data/meldingen/list-meldingen";
import { getSignalenLinkTemplate } from "@/lib/data/meldingen/get-signalen-link-template";
import { formatDate, meldingStatusLabels } from "@/lib/format";
import { signalenLink } from "@/lib/signalen/signalen-link";
import { ExternalReference } from "@/components/external-reference";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Meldingen" };

type Props = { searchParams: Promise<MeldingListFilters & { alle?: string; pagina?: string }> };

export default async function MeldingenPage({ searchParams }: Props) {
  const user = await requireUser();
  const sp = await searchParams;
  const page = Math.max(1, Number(sp.pagina ?? 1) || 1);
  const open = !sp.alle && !sp.status;
  const [{ items, total, stadsdeel }, departments, themes, linkTemplate] = await Promise.all([
    listMeldingen(user, { ...sp, open, page }),
    listDepartments(),
    listThemes(),
    getSignalenLinkTemplate(user),
  ]);
  const period = monthRange(sp);
  const now = new Date();
  const query = (over: Record<string, string | undefined>) => {
    const q = new URLSearchParams(Object.entries({ ...sp, ...over }).filter(([, v]) => v) as [string, string][]);
    return `?${q.toString()}`;
  };
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{user.role === "AFDELINGSMEDEWERKER" ? "Meldingen van mijn afdeling" : "Meldingen"}</h1>
      <form className="flex flex-wrap items-end gap-3" method="get">
        <HiddenFields values={sp} names={["stadsdeel", "afdeling", "thema", "van", "tot", "telaat", "buurt"] as const} />
        <div>
          <label htmlFor="status" className="block font-semibold">
            Status
          </label>
          <select id="status" name="status" defaultValue={sp.status ?? ""} className="rounded border border-gray-500 bg-white px-3 py-2">
            <option value="">Alle open meldingen</option>
            <option value="afgesloten">Alle afgesloten meldingen</option>
            {Object.entries(meldingStatusLabels).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="herkomst" className="block font-semibold">
            Herkomst
          </label>
          <select id="herkomst" name="herkomst" defaultValue={sp.herkomst ?? ""} className="rounded border border-gray-500 bg-white px-3 py-2">
            <option value="">Alle</option>
            <option value="portaal">Uit het portaal (inbreng)</option>
            <option value="signalen">Uit Signalen</option>
            <option value="csv">Uit een ander systeem (CSV)</option>
          </select>
        </div>
        <button type="submit" className="rounded border border-brand px-3 py-2 text-brand">
          Filteren
        </button>
        <Link href={query({ alle: "1", status: undefined, pagina: undefined })}>Ook afgesloten meldingen tonen</Link>
      </form>
      <ActiveFilters
        clearHref="/medewerker/meldingen"
        filters={[
          sp.stadsdeel && `stadsdeel ${stadsdeel?.name ?? sp.stadsdeel}`,
          sp.afdeling && `afdeling ${departments.find((d) => d.id === sp.afdeling)?.name ?? "onbekend"}`,
          sp.thema && `thema ${themes.find((t) => t.id === sp.thema)?.name ?? "onbekend"}`,
          period && `gemeld in ${period.label}`,
          sp.telaat && "over de termijn",
          sp.herkomst === "signalen" && "uit Signalen",
          sp.herkomst === "portaal" && "uit het portaal",
          sp.herkomst === "csv" && "uit een ander systeem (CSV)",
          sp.buurt && `buurt ${items[0]?.buurt?.name ?? sp.buurt}`,
        ]}
      />
      <p>
        {countLabel(total)} meldingen{open ? " open" : ""}.
      </p>
      <ScrollTable label="Meldingen">
        <table className="w-full border-collapse text-left">
          <TableHead columns={["Melding", "Categorie", "Afdeling", "Buurt", "Status", "Termijn"]} />
          <tbody>
            {items.map((m) => (
              <tr key={m.id} className="border-b border-gray-200">
                <td className="py-2 pr-3">
                  <Link href={`/medewerker/meldingen/${m.id}`}>{m.description}</Link>
                  {m.externalReference && (
                    <ExternalReference
                      reference={m.externalReference}
                      href={signalenLink(linkTemplate, m.origin === "CSV" ? null : m.externalId)}
                      fromSignalen={m.origin === "SIGNALEN"}
                    />
                  )}
                </td>
                <td className="py-2 pr-3">{m.category.name}</td>
                <td className="py-2 pr-3">{m.department.name}</td>
                <td className="py-2 pr-3">{m.buurt?.name ?? "—"}</td>
                <td className="py-2 pr-3">{meldingStatusLabels[m.status]}</td>
                <td className="py-2">
                  {formatDate(m.dueAt)}
                  {!m.closedAt && m.dueAt < now && <strong className="block text-accent">te laat</strong>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} href={(p) => query({ pagina: String(p) })} />
    </div>
  );
}
