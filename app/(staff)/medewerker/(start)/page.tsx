// The staff start page, per role: regisseurs and wethouders see their
// stadsdelen (own first), afdelingsmedewerkers their department's queue,
// beheerders what the installation holds, partners their organisation's
// acties at the stadsdeeltafel. Every figure opens the list behind it.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { roleLabels } from "@/lib/auth/permissions";
import { getAdminSummary } from "@/lib/data/staff/get-admin-summary";
import { listDepartmentQueue } from "@/lib/data/staff/list-department-queue";
import { listStadsdeelOverviews } from "@/lib/data/staff/list-stadsdeel-overviews";
import { listMyActies } from "@/lib/data/dossiers/list-my-acties";
import { formatDate, meldingStatusLabels } from "@/lib/format";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Mijn werkplek" };

export default async function StaffHomePage() {
  const user = await requireUser();
  const [overviews, queue, admin, partnerActies] = await Promise.all([
    listStadsdeelOverviews(user),
    listDepartmentQueue(user),
    getAdminSummary(user),
    user.role === "PARTNER" ? listMyActies(user) : null,
  ]);
  const now = new Date();

  return (
    <div className="space-y-8">
      <section>
        <h1 className="text-3xl font-bold">Mijn werkplek</h1>
        <p className="mt-1">
          Ingelogd als {user.name}, {roleLabels[user.role].toLowerCase()}.
        </p>
      </section>

      {overviews.length > 0 && (
        <section aria-labelledby="stadsdelen-kop">
          <h2 id="stadsdelen-kop" className="text-xl font-semibold">
            {user.role === "STADSDEELREGISSEUR" ? "Mijn stadsdelen" : "Stadsdelen"}
          </h2>
          <ScrollTable label="Mijn stadsdelen">
            <table className="mt-2 w-full border-collapse text-left">
              <caption className="sr-only">Kerncijfers per stadsdeel</caption>
              <TableHead
                columns={[
                  "Stadsdeel",
                  { label: "Komende bijeenkomsten", right: true },
                  { label: "Inbreng zonder opvolging", right: true },
                  { label: "Open meldingen", right: true },
                  { label: "Waarvan te laat", right: true },
                  { label: "Verslagen niet verstuurd", right: true },
                ]}
              />
              <tbody>
                {overviews.map((o) => (
                  <tr key={o.id} className="border-b border-gray-200">
                    <th scope="row" className="py-2 pr-4 font-normal">
                      <Link href={`/medewerker/stadsdelen/${o.slug}`}>{o.name}</Link>
                      {o.own && user.role === "WETHOUDER" ? <span className="ml-2 text-sm text-muted">(uw stadsdeel)</span> : null}
                    </th>
                    <td className="py-2 pr-4 text-right">
                      <Link href={`/medewerker/bijeenkomsten?stadsdeel=${o.slug}&status=gepland`}>{o.upcoming}</Link>
                    </td>
                    <td className="py-2 pr-4 text-right">
                      <Link href={`/medewerker/inbreng?stadsdeel=${o.slug}&status=OPEN`}>{o.inbrengOpen}</Link>
                    </td>
                    <td className="py-2 pr-4 text-right">
                      <Link href={`/medewerker/meldingen?stadsdeel=${o.slug}`}>{o.meldingenOpen}</Link>
                    </td>
                    <td className="py-2 pr-4 text-right">
                      <Link href={`/medewerker/meldingen?stadsdeel=${o.slug}&telaat=1`}>{o.meldingenOverdue}</Link>
                    </td>
                    <td className="py-2 text-right">
                      <Link href={`/medewerker/bijeenkomsten?stadsdeel=${o.slug}&verslag=niet-verstuurd`}>{o.verslagenDue}</Link>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      )}

      {queue && (
        <section aria-labelledby="queue-kop">
          <h2 id="queue-kop" className="text-xl font-semibold">
            Meldingen voor {queue.department}
          </h2>
          <p className="mt-1">
            {queue.total} open, waarvan {queue.overdue} over de termijn. De oudste termijn staat bovenaan.{" "}
            <Link href="/medewerker/meldingen">Alle meldingen van de afdeling</Link>
          </p>
          {queue.items.length > 0 && (
            <ScrollTable label="Meldingen van de afdeling">
              <table className="mt-2 w-full border-collapse text-left">
                <caption className="sr-only">Open meldingen, te laat eerst</caption>
                <TableHead columns={["Melding", "Categorie", "Buurt", "Status", "Termijn"]} />
                <tbody>
                  {queue.items.map((m) => (
                    <tr key={m.id} className="border-b border-gray-200">
                      <td className="py-2 pr-4">
                        <Link href={`/medewerker/meldingen/${m.id}`}>{m.description}</Link>
                        {m.externalReference ? <span className="block text-sm text-muted">{m.externalReference}</span> : null}
                      </td>
                      <td className="py-2 pr-4">{m.category.name}</td>
                      <td className="py-2 pr-4">{m.buurt?.name ?? "—"}</td>
                      <td className="py-2 pr-4">{meldingStatusLabels[m.status]}</td>
                      <td className="py-2">
                        {formatDate(m.dueAt)}
                        {m.dueAt < now ? <strong className="block text-accent">te laat</strong> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          )}
        </section>
      )}

      {partnerActies && (
        <section aria-labelledby="tafel-kop">
          <h2 id="tafel-kop" className="text-xl font-semibold">
            Stadsdeeltafel
          </h2>
          <p className="mt-1">
            <Link href="/medewerker/acties">{partnerActies.mine.total} open acties van uw organisatie</Link>, waarvan {partnerActies.mine.overdue} over hun
            datum. <Link href="/medewerker/overleggen">De overleggen waar u aan deelneemt</Link> en{" "}
            <Link href="/medewerker/dossiers">de dossiers waarin uw organisatie meedoet</Link>.
          </p>
        </section>
      )}

      {admin && (
        <section aria-labelledby="beheer-kop">
          <h2 id="beheer-kop" className="text-xl font-semibold">
            Beheer
          </h2>
          <dl className="mt-2 grid max-w-xl grid-cols-[1fr_auto] gap-x-4 gap-y-1">
            {admin.usersByRole.map((r) => (
              <div key={r.role} className="contents">
                <dt>Actieve accounts: {roleLabels[r.role].toLowerCase()}</dt>
                <dd className="text-right">{r._count}</dd>
              </div>
            ))}
            <dt>Afdelingen</dt>
            <dd className="text-right">{admin.departments}</dd>
            <dt>Thema&apos;s</dt>
            <dd className="text-right">{admin.themes}</dd>
            <dt>Stadsdelen</dt>
            <dd className="text-right">{admin.stadsdelen}</dd>
            <dt>Buurten</dt>
            <dd className="text-right">{admin.buurten}</dd>
            <dt>Buurten met bevolkingscijfers</dt>
            <dd className="text-right">{admin.buurtenWithPopulation === 0 ? "geen referentiecijfers geïmporteerd" : admin.buurtenWithPopulation}</dd>
          </dl>
        </section>
      )}
    </div>
  );
}
