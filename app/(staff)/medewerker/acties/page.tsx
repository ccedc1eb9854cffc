// "Mijn acties": the open acties this user has to do, overdue first, and
// for an afdelingsmedewerker those of their department's colleagues; for a
// partner their organisation's — each with its dossier, and "gereed" right
// there; 50 a page, with the totals and how many are late in the headings.
import type { Metadata } from "next";
import Link from "next/link";
import { ActieStatusForm } from "@/components/forms/actie-forms";
import { ScrollTable } from "@/components/scroll-table";
import { TableHead } from "@/components/table-head";
import { updateActie } from "@/lib/actions/dossier/update-actie";
import { requireUser } from "@/lib/auth/current-user";
import { Pagination } from "@/components/pagination";
import { ACTIE_PAGE_SIZE, listMyActies } from "@/lib/data/dossiers/list-my-acties";
import { formatDate } from "@/lib/format";
import { isPastDue, todayKey } from "@/lib/datetime";

export const metadata: Metadata = { title: "Mijn acties" };

type Row = Awaited<ReturnType<typeof listMyActies>>["mine"]["items"][number];
type Sp = { pagina?: string; afdeling?: string };

function ActieTable({ label, rows, own }: { label: string; rows: Row[]; own: boolean }) {
  const today = todayKey();
  return (
    <ScrollTable label={label}>
      <table className="w-full border-collapse text-left">
        <TableHead columns={["Actie", "Dossier", ...(own ? [] : ["Wie"]), "Uiterlijk", ...(own ? ["Wijzigen"] : [])]} />
        <tbody>
          {rows.map((a) => (
            <tr key={a.id} className="border-b border-gray-200 align-top">
              <td className="py-2 pr-3">{a.description}</td>
              <td className="py-2 pr-3">
                {a.dossier ? <Link href={`/medewerker/dossiers/${a.dossier.id}`}>{a.dossier.title}</Link> : "—"}
                {a.dossier && <span className="block text-sm text-muted">{a.dossier.stadsdeel.name}</span>}
              </td>
              {!own && <td className="py-2 pr-3">{a.ownerUser?.name}</td>}
              <td className="py-2 pr-3">
                {formatDate(a.dueOn)}
                {isPastDue(a.dueOn, today) && <strong className="block text-accent">te laat</strong>}
              </td>
              {own && (
                <td className="py-2">
                  <ActieStatusForm action={updateActie} actieId={a.id} status={a.status} label={a.description} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}

export default async function MijnActiesPage({ searchParams }: { searchParams: Promise<Sp> }) {
  const user = await requireUser(["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER", "PARTNER"]);
  const sp = await searchParams;
  const { mine, department } = await listMyActies(user, { mine: Number(sp.pagina), department: Number(sp.afdeling) });
  const partner = user.role === "PARTNER";
  const href = (over: Sp) => `?${new URLSearchParams(Object.entries({ ...sp, ...over }).filter(([, v]) => v && v !== "1") as [string, string][])}`;
  const late = (n: number) => (n > 0 ? `, ${n} te laat` : "");
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold">{partner ? "Acties van mijn organisatie" : "Mijn acties"}</h1>
      <section aria-labelledby="mijn-kop" className="space-y-2">
        <h2 id="mijn-kop" className="text-xl font-semibold">
          {partner ? "Open" : "Op mijn naam"} ({mine.total}
          {late(mine.overdue)})
        </h2>
        {mine.total === 0 ? <p>U heeft geen open acties.</p> : <ActieTable label="Mijn open acties" rows={mine.items} own />}
        <Pagination page={mine.page} pageSize={ACTIE_PAGE_SIZE} total={mine.total} href={(n) => href({ pagina: String(n) })} label="Pagina's van mijn acties" />
      </section>
      {user.role === "AFDELINGSMEDEWERKER" && (
        <section aria-labelledby="afdeling-kop" className="space-y-2">
          <h2 id="afdeling-kop" className="text-xl font-semibold">
            Van mijn afdeling ({department.total}
            {late(department.overdue)})
          </h2>
          {department.total === 0 ? (
            <p>Uw collega&apos;s hebben geen open acties.</p>
          ) : (
            <ActieTable label="Open acties van de afdeling" rows={department.items} own={false} />
          )}
          <Pagination
            page={department.page}
            pageSize={ACTIE_PAGE_SIZE}
            total={department.total}
            href={(n) => href({ afdeling: String(n) })}
            label="Pagina's van de acties van de afdeling"
          />
        </section>
      )}
    </div>
  );
}
