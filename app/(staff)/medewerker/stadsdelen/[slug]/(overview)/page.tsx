// Staff view of one stadsdeel: its bijeenkomsten with registrations, inbreng
// and the verslag deadline. Only for staff who may read this stadsdeel.
import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import Link from "next/link";
import { getStaffStadsdeel } from "@/lib/data/staff/get-staff-stadsdeel";
import { listOverlappingEenheden } from "@/lib/data/areas/list-overlapping-eenheden";
import { ValtOokOnder } from "@/components/areas/valt-ook-onder";
import { bijeenkomstKindLabels, formatDate } from "@/lib/format";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Stadsdeel (medewerkers)" };

const DAY = 86_400_000;

export default async function StaffStadsdeelPage({ params }: Props) {
  const user = await requireUser();
  const data = await orRefuse(getStaffStadsdeel(user, (await params).slug));
  const units = await listOverlappingEenheden(user, data.stadsdeel.id);
  const now = new Date();
  const upcoming = data.bijeenkomsten.filter((b) => b.startsAt >= now).reverse();
  const past = data.bijeenkomsten.filter((b) => b.startsAt < now);

  return (
    <div className="space-y-8">
      <h1 className="text-3xl font-bold">Stadsdeel {data.stadsdeel.name}</h1>
      <ul className="flex flex-wrap gap-4">
        {canManageStadsdeel(user, data.stadsdeel.id) && (
          <>
            <li>
              <Link href={`/medewerker/stadsdelen/${data.stadsdeel.slug}/bijeenkomsten/nieuw`}>Nieuwe bijeenkomst plannen</Link>
            </li>
            <li>
              <Link href={`/medewerker/stadsdelen/${data.stadsdeel.slug}/meldingen/nieuw`}>Melding maken</Link>
            </li>
          </>
        )}
        <li>
          <Link href={`/medewerker/inbreng?stadsdeel=${data.stadsdeel.slug}`}>Alle inbreng van {data.stadsdeel.name}</Link>
        </li>
        <li>
          <Link href={`/medewerker/meldingen?stadsdeel=${data.stadsdeel.slug}`}>Meldingen</Link>
        </li>
        <li>
          <Link href={`/medewerker/stadsdelen/${data.stadsdeel.slug}/bereik`}>Bereik en mee-praters</Link>
        </li>
        <li>
          <Link href={`/medewerker/stadsdelen/${data.stadsdeel.slug}/analyse`}>Stadsdeelanalyse: cijfers per buurt</Link>
        </li>
        <li>
          <Link href={`/medewerker/overleggen?stadsdeel=${data.stadsdeel.slug}`}>Stadsdeeltafel en andere overleggen</Link>
        </li>
      </ul>
      <section aria-labelledby="komend-kop">
        <h2 id="komend-kop" className="text-xl font-semibold">
          Komende bijeenkomsten
        </h2>
        {upcoming.length === 0 ? (
          <p className="mt-2">Geen bijeenkomsten gepland.</p>
        ) : (
          <ScrollTable label="Komende bijeenkomsten">
            <table className="mt-2 w-full border-collapse text-left">
              <TableHead
                columns={[
                  "Bijeenkomst",
                  "Datum",
                  { label: "Aangemeld (personen)", right: true },
                  { label: "Capaciteit", right: true },
                  { label: "Wachtlijst", right: true },
                ]}
              />
              <tbody>
                {upcoming.map((b) => (
                  <tr key={b.id} className="border-b border-gray-200">
                    <td className="py-2 pr-4">
                      <Link href={`/medewerker/bijeenkomsten/${b.id}`}>{b.title}</Link>
                      <span className="block text-sm text-muted">
                        {bijeenkomstKindLabels[b.kind]}
                        {b.status === "CANCELLED" ? " · geannuleerd" : ""}
                      </span>
                    </td>
                    <td className="py-2 pr-4">{formatDate(b.startsAt)}</td>
                    <td className="py-2 pr-4 text-right">{b.confirmed}</td>
                    <td className="py-2 pr-4 text-right">{b.capacity}</td>
                    <td className="py-2 text-right">{b.waitlisted}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <section aria-labelledby="geweest-kop">
        <h2 id="geweest-kop" className="text-xl font-semibold">
          Geweest
        </h2>
        {past.length === 0 ? (
          <p className="mt-2">Nog geen bijeenkomsten gehouden.</p>
        ) : (
          <ScrollTable label="Bijeenkomsten die geweest zijn">
            <table className="mt-2 w-full border-collapse text-left">
              <TableHead columns={["Bijeenkomst", "Datum", { label: "Aanwezig", right: true }, { label: "Inbreng", right: true }, "Verslag"]} />
              <tbody>
                {past.map((b) => {
                  const sent = b.verslag?.versions[0]?.sentAt;
                  let verslag = "Geen verslag nodig";
                  if (b.verslag && sent) verslag = `Verstuurd op dag ${Math.round((sent.getTime() - b.startsAt.getTime()) / DAY)}`;
                  else if (b.verslag) {
                    const left = Math.ceil((b.verslag.deadlineAt.getTime() - now.getTime()) / DAY);
                    verslag = left >= 0 ? `Nog ${left} dagen` : `${-left} dagen te laat`;
                  }
                  return (
                    <tr key={b.id} className="border-b border-gray-200">
                      <td className="py-2 pr-4">
                        <Link href={`/medewerker/bijeenkomsten/${b.id}`}>{b.title}</Link>
                        <span className="block text-sm text-muted">{bijeenkomstKindLabels[b.kind]}</span>
                      </td>
                      <td className="py-2 pr-4">{formatDate(b.startsAt)}</td>
                      <td className="py-2 pr-4 text-right">{b.attended}</td>
                      <td className="py-2 pr-4 text-right">{b._count.inbreng}</td>
                      <td className="py-2">{verslag}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollTable>
        )}
      </section>
      <ValtOokOnder units={units} stadsdeel={data.stadsdeel.name} />
    </div>
  );
}
