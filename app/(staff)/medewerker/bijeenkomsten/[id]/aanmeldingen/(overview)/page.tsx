// Registrations of one bijeenkomst for the regisseur: confirmed, waitlist,
// cancelled, needs summarised, check-in on the evening, export (audited),
// evaluation results, reach, and inviting the pool.
import type { Metadata } from "next";
import Link from "next/link";
import { CheckInButtons } from "@/components/forms/check-in-buttons";
import { InvitePoolForm } from "@/components/forms/invite-pool-form";
import { ReachTables } from "@/components/reach-tables";
import { checkInRegistration } from "@/lib/actions/registration/check-in-registration";
import { invitePool } from "@/lib/actions/registration/invite-pool";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canManageStadsdeel } from "@/lib/auth/permissions";
import { getBijeenkomst } from "@/lib/data/bijeenkomsten/get-bijeenkomst";
import { getReach } from "@/lib/data/reach/get-reach";
import { getRegistrationOverview } from "@/lib/data/registrations/get-registration-overview";
import { facilityLabels, formatDate } from "@/lib/format";
import { TableHead } from "@/components/table-head";
import { ScrollTable } from "@/components/scroll-table";

export const metadata: Metadata = { title: "Aanmeldingen" };

const statusLabels: Record<string, string> = {
  CONFIRMED: "Aangemeld",
  WAITLISTED: "Wachtlijst",
  CANCELLED: "Afgemeld",
  ATTENDED: "Aanwezig",
  NO_SHOW: "Niet gekomen",
};
const one = (v: number | null) => (v === null ? "—" : v.toFixed(1).replace(".", ","));

export default async function RegistrationsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const b = await orRefuse(getBijeenkomst(user, (await params).id));
  const [o, reach] = await Promise.all([getRegistrationOverview(user, b.id), getReach(user, { bijeenkomstId: b.id })]);
  const canManage = canManageStadsdeel(user, b.stadsdeelId);
  const now = new Date();
  const checkInOpen =
    canManage && b.status !== "CANCELLED" && b.startsAt.getTime() - now.getTime() <= 2 * 3600_000 && now.getTime() - b.endsAt.getTime() < 7 * 86_400_000;
  return (
    <div className="space-y-8">
      <p>
        <Link href={`/medewerker/bijeenkomsten/${b.id}`}>← {b.title}</Link>
      </p>
      <h1 className="text-3xl font-bold">Aanmeldingen: {b.title}</h1>
      <p>
        {formatDate(b.startsAt)} · {b.capacity} plaatsen
      </p>
      <dl className="grid max-w-lg grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="aanmeldingen-telling">
        <dt>Aangemeld (personen)</dt>
        <dd className="text-right">{o.counts.confirmed}</dd>
        <dt>Aanwezig</dt>
        <dd className="text-right">{o.counts.attended}</dd>
        <dt>Niet gekomen</dt>
        <dd className="text-right">{o.counts.noShow}</dd>
        <dt>Wachtlijst (personen)</dt>
        <dd className="text-right">{o.counts.waitlisted}</dd>
        <dt>Afgemeld (personen)</dt>
        <dd className="text-right">{o.counts.cancelled}</dd>
      </dl>
      <section aria-labelledby="nodig-kop">
        <h2 id="nodig-kop" className="text-xl font-semibold">
          Wat is er nodig
        </h2>
        <ul className="list-disc pl-6">
          {Object.entries(o.needs).map(([k, n]) => (
            <li key={k}>
              {facilityLabels[k]}: {n} aanmeldingen
            </li>
          ))}
          {o.needsOther.map((t, i) => (
            <li key={i}>{t}</li>
          ))}
          {Object.keys(o.needs).length + o.needsOther.length === 0 && <li>Niemand heeft iets bijzonders gevraagd.</li>}
        </ul>
      </section>
      {o.personal ? (
        <section aria-labelledby="lijst-kop" className="space-y-2">
          <h2 id="lijst-kop" className="text-xl font-semibold">
            {checkInOpen ? "Inchecken" : "Deelnemers"}
          </h2>
          <p>
            <a href={`/medewerker/bijeenkomsten/${b.id}/aanmeldingen/export`}>Deelnemerslijst exporteren (CSV)</a> — het exporteren wordt vastgelegd, omdat het
            persoonsgegevens zijn.
          </p>
          <ScrollTable label="Deelnemers">
            <table className="w-full border-collapse text-left">
              <TableHead columns={["Naam", "Personen", "Buurt", "Nodig", "Status"]} />
              <tbody>
                {o.registrations.map((r) => (
                  <tr key={r.id} className="border-b border-gray-200">
                    <td className="py-2 pr-3">{r.participant.name ?? "(geanonimiseerd)"}</td>
                    <td className="py-2 pr-3">{r.partySize}</td>
                    <td className="py-2 pr-3">{r.participant.buurt?.name ?? "—"}</td>
                    <td className="py-2 pr-3">{r.needs.map((n) => facilityLabels[n]).join(", ") || "—"}</td>
                    <td className="py-2">
                      {checkInOpen && ["CONFIRMED", "ATTENDED", "NO_SHOW"].includes(r.status) ? (
                        <CheckInButtons action={checkInRegistration} registrationId={r.id} status={r.status} name={r.participant.name ?? "deelnemer"} />
                      ) : (
                        statusLabels[r.status]
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollTable>
        </section>
      ) : (
        <p>Namen en wensen van deelnemers ziet alleen wie deze bijeenkomst organiseert (de stadsdeelregisseur). U ziet de aantallen.</p>
      )}
      <section aria-labelledby="evaluatie-kop" className="space-y-2">
        <h2 id="evaluatie-kop" className="text-xl font-semibold">
          Evaluatie
        </h2>
        <p>
          {o.evaluation.count} reacties (respons {Math.round(o.evaluation.responseRate * 100)}%). Gemiddeld: tevredenheid {one(o.evaluation.overall)}, gehoord{" "}
          {one(o.evaluation.heard)}, organisatie {one(o.evaluation.organisation)} (schaal 1–5).
        </p>
        {o.evaluation.comments.length > 0 && (
          <ul className="list-disc pl-6">
            {o.evaluation.comments.map((c, i) => (
              <li key={i}>{c}</li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="bereik-kop" className="space-y-2">
        <h2 id="bereik-kop" className="text-xl font-semibold">
          Bereik
        </h2>
        <ReachTables reach={reach} />
      </section>
      {canManage && b.status === "PLANNED" && b.startsAt > now && (
        <section aria-labelledby="pool-kop" className="space-y-2">
          <h2 id="pool-kop" className="text-xl font-semibold">
            Uitnodigen
          </h2>
          <InvitePoolForm action={invitePool} bijeenkomstId={b.id} />
        </section>
      )}
    </div>
  );
}
