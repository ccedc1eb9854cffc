// Dashboard block "Stadsdeeltafels": open dossiers per stadsdeel (each a
// link to its list), how long it takes from aangemeld to duidelijkheid, and
// open acties past their date per department and partner organisation.
import Link from "next/link";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import type { getDossierFigures } from "@/lib/data/dossiers/get-dossier-figures";
import { DetailBlock, type Fold } from "./detail-block";

type Figures = Awaited<ReturnType<typeof getDossierFigures>>;

export function DossierBlock({ f, fold, clarityHref }: { f: Figures; fold: Fold; clarityHref: string }) {
  const open = f.open.reduce((s, r) => s + r.n, 0);
  const late = f.late.reduce((s, r) => s + r.n, 0);
  const days = f.clarity.n ? (
    <>
      mediaan {f.clarity.median} dagen van aanmelden tot duidelijkheid (90% binnen {f.clarity.p90} dagen,{" "}
      <Link href={clarityHref}>{f.clarity.n} dossiers in de periode</Link>)
    </>
  ) : (
    "in de periode kreeg geen dossier duidelijkheid"
  );
  return (
    <DetailBlock
      fold={fold}
      id="tafels"
      title="Stadsdeeltafels"
      lead={
        <p data-testid="tafels-lead">
          <Link href="/medewerker/dossiers">{open} lopende dossiers</Link>; {days}; {late} open acties over hun datum.
        </p>
      }
    >
      <div className="grid gap-6 md:grid-cols-2">
        <ScrollTable label="Lopende dossiers per stadsdeel">
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">Lopende dossiers per stadsdeel</caption>
            <TableHead columns={["Stadsdeel", { label: "Lopend", right: true }]} />
            <tbody>
              {f.open.map((r) => (
                <tr key={r.slug} className="border-b border-gray-200">
                  <th scope="row" className="py-1 pr-3 font-normal">
                    {r.name}
                  </th>
                  <td className="py-1 text-right">
                    <Link href={`/medewerker/dossiers?stadsdeel=${r.slug}`}>{r.n}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
        <ScrollTable label="Open acties over hun datum">
          <table className="w-full border-collapse text-left">
            <caption className="text-left font-semibold">Open acties over hun datum</caption>
            <TableHead columns={["Bij", "Soort", { label: "Te laat", right: true }]} />
            <tbody>
              {f.late.length === 0 ? (
                <tr>
                  <td colSpan={3} className="py-1">
                    Geen.
                  </td>
                </tr>
              ) : (
                f.late.map((r) => (
                  <tr key={`${r.kind}-${r.name}`} className="border-b border-gray-200">
                    <th scope="row" className="py-1 pr-3 font-normal">
                      {r.name}
                    </th>
                    <td className="py-1 pr-3">{r.kind}</td>
                    <td className="py-1 text-right">
                      {r.id ? (
                        <Link href={`/medewerker/dossiers?telaat=${r.kind}:${r.id}`} aria-label={`${r.n} te late acties bij ${r.name}: de dossiers`}>
                          {r.n}
                        </Link>
                      ) : (
                        r.n
                      )}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
        </ScrollTable>
      </div>
    </DetailBlock>
  );
}
