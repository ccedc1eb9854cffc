// "Mijn gegevens" through the signed link in every mail: registrations
// (cancel, change the number of people), the participation pool, the
// overleggen one sits at (and leaving them), see all
// one's data on a page or download it (CSV, JSON), or delete it. No password anywhere.
import type { Metadata } from "next";
import Link from "next/link";
import { DeleteDataForm, LeaveOverlegForm, PoolControl, RegistrationControls } from "@/components/forms/manage-forms";
import { leaveOverleg } from "@/lib/actions/registration/leave-overleg";
import { deleteMyData } from "@/lib/actions/registration/delete-my-data";
import { manageRegistration } from "@/lib/actions/registration/manage-registration";
import { setPoolMembership } from "@/lib/actions/registration/set-pool-membership";
import { getMyData } from "@/lib/data/residents/get-my-data";
import { formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Mijn aanmeldingen en gegevens", robots: { index: false } };

const statusLabels: Record<string, string> = {
  CONFIRMED: "Aangemeld",
  WAITLISTED: "Op de wachtlijst",
  CANCELLED: "Afgemeld",
  ATTENDED: "Aanwezig geweest",
  NO_SHOW: "Niet gekomen",
};

export default async function MyDataPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const me = await getMyData(token);
  if (!me) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">Link verlopen of ongeldig</h1>
        <p>
          Deze link werkt niet (meer). Gebruik de link in de nieuwste e-mail die u van ons kreeg, of <Link href="/mijn">vraag een nieuwe link aan</Link>.
        </p>
      </div>
    );
  }
  if (me.anonymisedAt) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">Uw gegevens zijn verwijderd</h1>
        <p>We hebben geen naam of e-mailadres meer van u.</p>
      </div>
    );
  }
  const now = new Date();
  return (
    <div className="max-w-3xl space-y-8">
      <h1 className="text-3xl font-bold">Mijn aanmeldingen en gegevens</h1>
      <p>
        {me.name} · {me.email}
        {me.buurt ? ` · ${me.buurt.name}` : ""}
      </p>
      <section aria-labelledby="aanmeldingen-kop">
        <h2 id="aanmeldingen-kop" className="text-xl font-semibold">
          Aanmeldingen
        </h2>
        <ul className="mt-2 divide-y divide-gray-200">
          {me.registrations.map((r) => (
            <li key={r.id} className="py-3">
              <p className="font-semibold">{r.bijeenkomst.title}</p>
              <p>
                {formatDate(r.bijeenkomst.startsAt)}, {formatTime(r.bijeenkomst.startsAt)} · {r.bijeenkomst.locationName}
              </p>
              <p>
                {r.bijeenkomst.status === "CANCELLED" ? "Gaat niet door" : statusLabels[r.status]}
                {r.partySize > 1 ? ` · ${r.partySize} personen` : ""}
              </p>
              {(r.status === "CONFIRMED" || r.status === "WAITLISTED") && r.bijeenkomst.startsAt > now && r.bijeenkomst.status === "PLANNED" && (
                <RegistrationControls action={manageRegistration} token={token} registrationId={r.id} partySize={r.partySize} title={r.bijeenkomst.title} />
              )}
            </li>
          ))}
        </ul>
      </section>
      <section id="vaker-meepraten" aria-labelledby="pool-kop" className="space-y-2">
        <h2 id="pool-kop" className="text-xl font-semibold">
          Vaker meepraten
        </h2>
        <PoolControl action={setPoolMembership} token={token} inPool={me.inPool} />
      </section>
      {me.overlegSeats.some((s) => s.confirmedAt) && (
        <section aria-labelledby="overleg-kop" className="space-y-2">
          <h2 id="overleg-kop" className="text-xl font-semibold">
            Overleggen waar u lid van bent
          </h2>
          <ul className="space-y-2">
            {me.overlegSeats
              .filter((s) => s.confirmedAt)
              .map((s) => (
                <li key={s.id}>
                  {s.overleg.name}
                  {s.overleg.stadsdeel ? ` (${s.overleg.stadsdeel.name})` : ""}, lid sinds {formatDate(s.confirmedAt!)}.{" "}
                  <LeaveOverlegForm action={leaveOverleg} token={token} seatId={s.id} overleg={s.overleg.name} />
                </li>
              ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="gegevens-kop" className="space-y-2">
        <h2 id="gegevens-kop" className="text-xl font-semibold">
          Uw gegevens
        </h2>
        <p>
          <Link href={`/mijn/${token}/gegevens`}>Bekijk al uw gegevens</Link> · download ze{" "}
          <a href={`/mijn/${token}/gegevens.csv`} download>
            als CSV (spreadsheet)
          </a>{" "}
          of{" "}
          <a href={`/mijn/${token}/gegevens.json`} download>
            als JSON
          </a>
        </p>
        <p>Verwijderen kan niet ongedaan worden gemaakt. Open aanmeldingen worden eerst afgemeld.</p>
        <DeleteDataForm action={deleteMyData} token={token} />
      </section>
    </div>
  );
}
