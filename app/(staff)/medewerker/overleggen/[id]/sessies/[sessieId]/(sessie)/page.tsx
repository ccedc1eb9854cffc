// One sessie of an overleg, made to use during the meeting on a tablet:
// attendance, the agenda (besluit and acties per point, order by buttons),
// what the agenda builder proposes, and afterwards the besluiten- en
// actielijst — sent to the members and printable. Partners and colleagues
// at the table read it; whoever runs the overleg writes.
import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceForm, ButtonForm, SessiePuntForm } from "@/components/forms/overleg-forms";
import { AgendaProposals } from "@/components/overleg/agenda-proposals";
import { SessieAgenda } from "@/components/overleg/sessie-agenda";
import { addSessiePunt } from "@/lib/actions/overleg/add-sessie-punt";
import { recordAttendance } from "@/lib/actions/overleg/record-attendance";
import { sendSessieLists } from "@/lib/actions/overleg/send-sessie-lists";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { listActieOwners } from "@/lib/data/dossiers/list-dossier-choices";
import { seatLabel } from "@/lib/data/overleggen/get-overleg";
import { getAgendaProposals, getSessie } from "@/lib/data/overleggen/get-sessie";
import { formatDate, formatTime, sessieStatusLabels } from "@/lib/format";
import { isMemberSeat } from "@/lib/overleg/member-seat";

export const metadata: Metadata = { title: "Sessie" };

type Props = { params: Promise<{ id: string; sessieId: string }> };

export default async function SessiePage({ params }: Props) {
  const user = await requireUser();
  const { id, sessieId } = await params;
  const s = await orRefuse(getSessie(user, id, sessieId));
  const edit = s.manage && !s.listsSentAt;
  const [owners, proposals] = edit ? await Promise.all([listActieOwners(user), getAgendaProposals(user, id, sessieId)]) : [null, null];
  const present = new Map(s.attendance.map((a) => [a.seatId, a.present]));
  // an invited resident who has not said yes is not a member yet
  const seats = s.overleg.seats.filter(isMemberSeat).map((seat) => ({ id: seat.id, label: seatLabel(seat), present: present.get(seat.id) ?? false }));
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href={`/medewerker/overleggen/${s.overleg.id}`}>← {s.overleg.name}</Link>
      </p>
      <h1 className="text-3xl font-bold">
        {s.overleg.name}: {formatDate(s.startsAt)}
      </h1>
      <p>
        {formatTime(s.startsAt)}–{formatTime(s.endsAt)} uur{s.location ? `, ${s.location}` : ""}. Status:{" "}
        <span data-testid="sessie-status">{sessieStatusLabels[s.status].toLowerCase()}</span>
        {s.listsSentAt ? `; besluiten- en actielijst verstuurd op ${formatDate(s.listsSentAt)}` : ""}.
      </p>
      <section aria-labelledby="aanwezig-kop" className="space-y-2">
        <h2 id="aanwezig-kop" className="text-xl font-semibold">
          Aanwezigheid
        </h2>
        {edit ? (
          <AttendanceForm action={recordAttendance} sessieId={s.id} seats={seats} />
        ) : s.attendance.length === 0 ? (
          <p>Nog niet vastgelegd.</p>
        ) : (
          <ul className="list-disc pl-6">
            {seats.map((x) => (
              <li key={x.id}>
                {x.label}: {x.present ? "aanwezig" : "afwezig"}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="agenda-kop" className="space-y-3">
        <h2 id="agenda-kop" className="text-xl font-semibold">
          Agenda
        </h2>
        <SessieAgenda sessie={s} owners={owners} />
        {edit && <SessiePuntForm action={addSessiePunt} sessieId={s.id} />}
      </section>
      {proposals && <AgendaProposals sessieId={s.id} proposals={proposals} />}
      <section aria-labelledby="lijst-kop" className="space-y-2">
        <h2 id="lijst-kop" className="text-xl font-semibold">
          Besluiten- en actielijst
        </h2>
        <p>
          <Link href={`/medewerker/overleggen/${s.overleg.id}/sessies/${s.id}/lijst`}>Besluiten- en actielijst bekijken of afdrukken</Link>
        </p>
        {edit && <ButtonForm action={sendSessieLists} fields={{ sessieId: s.id }} label="Lijsten versturen aan de deelnemers" primary doneText="Verstuurd." />}
      </section>
    </div>
  );
}
