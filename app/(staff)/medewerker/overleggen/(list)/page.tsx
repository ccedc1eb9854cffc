// The overleggen the user may see — stadsdeeltafels, procesteams, kerngroepen
// — per stadsdeel: how often they meet, the next sessie, and the open and
// overdue acties agreed there. Regisseurs and the beheerder make new ones.
import type { Metadata } from "next";
import Link from "next/link";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { requireUser } from "@/lib/auth/current-user";
import { listOverleggen } from "@/lib/data/overleggen/list-overleggen";
import { formatDate, formatTime, overlegKindLabels } from "@/lib/format";
import { describeCadence } from "@/lib/overleg/cadence";

export const metadata: Metadata = { title: "Overleggen" };

export default async function OverleggenPage({ searchParams }: { searchParams: Promise<{ stadsdeel?: string }> }) {
  const user = await requireUser();
  const sp = await searchParams;
  const all = await listOverleggen(user);
  const stadsdelen = [...new Map(all.flatMap((o) => (o.stadsdeel ? [[o.stadsdeel.slug, o.stadsdeel.name] as const] : []))).entries()];
  const rows = sp.stadsdeel ? all.filter((o) => (sp.stadsdeel === "stad" ? !o.stadsdeel : o.stadsdeel?.slug === sp.stadsdeel)) : all;
  const mayCreate = user.role === "BEHEERDER" || (user.role === "STADSDEELREGISSEUR" && user.stadsdeelIds.length > 0);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h1 className="text-3xl font-bold">{user.role === "PARTNER" ? "Overleggen waar u aan deelneemt" : "Overleggen"}</h1>
        {mayCreate && (
          <Link href="/medewerker/overleggen/nieuw" className="rounded bg-brand px-4 py-2 font-semibold text-white no-underline">
            Nieuw overleg
          </Link>
        )}
      </div>
      <p className="max-w-3xl">Vaste overleggen van de stadsdeelregisseur met afdelingen en partners: wat er speelt, wie wat doet en wanneer het klaar is.</p>
      {stadsdelen.length > 1 && (
        <form className="flex flex-wrap items-end gap-3" method="get">
          <div>
            <label htmlFor="stadsdeel" className="block font-semibold">
              Stadsdeel
            </label>
            <select id="stadsdeel" name="stadsdeel" defaultValue={sp.stadsdeel ?? ""} className="rounded border border-gray-500 bg-white px-3 py-2">
              <option value="">Alle</option>
              {stadsdelen.map(([slug, name]) => (
                <option key={slug} value={slug}>
                  {name}
                </option>
              ))}
              {all.some((o) => !o.stadsdeel) && <option value="stad">Hele stad</option>}
            </select>
          </div>
          <button type="submit" className="rounded border border-brand px-4 py-2 font-semibold text-brand">
            Filteren
          </button>
        </form>
      )}
      {rows.length === 0 ? (
        <p>Er zijn (nog) geen overleggen{sp.stadsdeel ? " in dit stadsdeel" : ""} die u kunt zien.</p>
      ) : (
        <ScrollTable label="Overleggen">
          <table className="w-full border-collapse text-left">
            <TableHead columns={["Overleg", "Stadsdeel", "Hoe vaak", "Volgende sessie", { label: "Open acties", right: true }]} />
            <tbody>
              {rows.map((o) => (
                <tr key={o.id} className="border-b border-gray-200">
                  <td className="py-2 pr-3">
                    <Link href={`/medewerker/overleggen/${o.id}`}>{o.name}</Link>
                    <span className="block text-sm text-muted">
                      {overlegKindLabels[o.kind]}, voorzitter {o.chair.name}
                    </span>
                  </td>
                  <td className="py-2 pr-3">{o.stadsdeel?.name ?? "Hele stad"}</td>
                  <td className="py-2 pr-3">{o.active ? describeCadence(o.rrule) : "gestopt"}</td>
                  <td className="py-2 pr-3">
                    {o.next ? (
                      <Link href={`/medewerker/overleggen/${o.id}/sessies/${o.next.id}`}>
                        {formatDate(o.next.startsAt)}, {formatTime(o.next.startsAt)}
                      </Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="py-2 text-right">
                    {o.openActies}
                    {o.overdueActies > 0 && <strong className="block text-accent">{o.overdueActies} te laat</strong>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
    </div>
  );
}
