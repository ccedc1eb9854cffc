// One overleg: who sits at it, how often it meets, the coming sessies and
// the ones held (with whether their lists went out), and the member's
// sessies as an iCal file. Whoever runs it invites residents (and ends
// their seats); only they see a resident's name and the open invitations.
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { ButtonForm, InviteBewonerForm, SeatForm } from "@/components/forms/overleg-forms";
import { fillSeat } from "@/lib/actions/overleg/fill-seat";
import { inviteBewoner } from "@/lib/actions/overleg/invite-bewoner";
import { removeBewoner } from "@/lib/actions/overleg/remove-bewoner";
import { canManageOverleg } from "@/lib/auth/permissions";
import { getOverleg, listSeatCandidates, seatLabel } from "@/lib/data/overleggen/get-overleg";
import { formatDate, formatTime, overlegKindLabels, sessieStatusLabels } from "@/lib/format";
import { describeCadence } from "@/lib/overleg/cadence";

export const metadata: Metadata = { title: "Overleg" };

type Sessie = Awaited<ReturnType<typeof getOverleg>>["upcoming"][number];
type Seat = Awaited<ReturnType<typeof getOverleg>>["seats"][number];

/** A resident's seat for whoever runs the overleg: member since, or invited and waiting; and ending it. */
function ResidentSeat({ seat }: { seat: Seat }) {
  return (
    <>
      {seatLabel(seat)} — {seat.confirmedAt ? `lid sinds ${formatDate(seat.confirmedAt)}` : `uitgenodigd op ${formatDate(seat.invitedAt!)}, nog niet bevestigd`}{" "}
      <ButtonForm
        action={removeBewoner}
        fields={{ seatId: seat.id }}
        label={seat.confirmedAt ? `Lidmaatschap van ${seat.residentName} beëindigen` : `Uitnodiging aan ${seat.residentName} intrekken`}
      />
    </>
  );
}

function SessieList({ overlegId, sessies, empty }: { overlegId: string; sessies: Sessie[]; empty: string }) {
  if (sessies.length === 0) return <p>{empty}</p>;
  return (
    <ul className="mt-2 space-y-1">
      {sessies.map((s) => (
        <li key={s.id}>
          <Link href={`/medewerker/overleggen/${overlegId}/sessies/${s.id}`}>
            {formatDate(s.startsAt)}, {formatTime(s.startsAt)}
          </Link>{" "}
          — {sessieStatusLabels[s.status].toLowerCase()}, {s._count.punten} {s._count.punten === 1 ? "agendapunt" : "agendapunten"}
          {s.listsSentAt ? ", lijsten verstuurd" : ""}
        </li>
      ))}
    </ul>
  );
}

export default async function OverlegPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const o = await orRefuse(getOverleg(user, (await params).id));
  const candidates = await listSeatCandidates(user, o.id);
  const manage = canManageOverleg(user, o);
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/medewerker/overleggen">← Overleggen</Link>
      </p>
      <h1 className="text-3xl font-bold">{o.name}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Soort</dt>
        <dd>{overlegKindLabels[o.kind]}</dd>
        <dt className="font-semibold">Stadsdeel</dt>
        <dd>{o.stadsdeel?.name ?? "Hele stad"}</dd>
        <dt className="font-semibold">Voorzitter</dt>
        <dd>{o.chair.name}</dd>
        <dt className="font-semibold">Secretaris</dt>
        <dd>{o.secretary?.name ?? "—"}</dd>
        <dt className="font-semibold">Hoe vaak</dt>
        <dd data-testid="overleg-ritme">{o.active ? `${describeCadence(o.rrule)}, ${o.startTime} uur, ${o.durationMinutes} minuten` : "gestopt"}</dd>
        <dt className="font-semibold">Plaats</dt>
        <dd>{o.location || "—"}</dd>
      </dl>
      <section aria-labelledby="leden-kop">
        <h2 id="leden-kop" className="text-xl font-semibold">
          Aan tafel
        </h2>
        <ul className="mt-2 list-disc space-y-2 pl-6">
          {o.seats.map((s) => {
            const fill = candidates?.get(s.id);
            if (manage && s.resident)
              return (
                <li key={s.id}>
                  <ResidentSeat seat={s} />
                </li>
              );
            return (
              <li key={s.id}>
                {seatLabel(s)}
                {fill && fill.options.length > 0 && (
                  <SeatForm
                    action={fillSeat}
                    seatId={s.id}
                    label={s.department?.name ?? s.organisation?.name ?? ""}
                    current={fill.current}
                    options={fill.options.map((u) => ({ value: u.id, label: u.name }))}
                  />
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {manage && o.active && (
        <section aria-labelledby="bewoner-kop" className="space-y-2">
          <h2 id="bewoner-kop" className="text-xl font-semibold">
            Bewoner uitnodigen als lid
          </h2>
          <p>
            De bewoner krijgt een e-mail en is pas lid na eigen bevestiging (binnen 14 dagen; anders vervallen naam en e-mailadres). Leden krijgen de agenda en
            de besluiten- en actielijst. Hun naam ziet alleen wie dit overleg leidt; collega&apos;s aan tafel en partners zien &ldquo;bewoner&rdquo;.
          </p>
          <InviteBewonerForm action={inviteBewoner} overlegId={o.id} />
        </section>
      )}
      <section aria-labelledby="komend-kop">
        <h2 id="komend-kop" className="text-xl font-semibold">
          Komende sessies
        </h2>
        <SessieList overlegId={o.id} sessies={o.upcoming} empty="Geen sessies gepland." />
        <p className="mt-2">
          <a href="/medewerker/overleggen/agenda.ics" download>
            Mijn sessies in mijn agenda (iCal-bestand)
          </a>
        </p>
      </section>
      <section aria-labelledby="eerder-kop">
        <h2 id="eerder-kop" className="text-xl font-semibold">
          Eerdere sessies
        </h2>
        <SessieList overlegId={o.id} sessies={o.past} empty="Nog geen sessies gehouden." />
      </section>
    </div>
  );
}
