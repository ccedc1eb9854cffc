// A bijeenkomst for residents: what, when, where, facilities, seats left or
// "vol — wachtlijst", add to calendar, and the registration form.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RegistrationForm } from "@/components/forms/registration-form";
import { registerForBijeenkomst } from "@/lib/actions/registration/register-for-bijeenkomst";
import { listBuurten } from "@/lib/data/areas/list-buurten";
import { getPublicBijeenkomst } from "@/lib/data/bijeenkomsten/get-public-bijeenkomst";
import { bijeenkomstKindLabels, facilityLabels, formatDate, formatTime } from "@/lib/format";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const b = await getPublicBijeenkomst((await params).id);
  return { title: b?.title ?? "Bijeenkomst" };
}

export default async function PublicBijeenkomstPage({ params }: Props) {
  const b = await getPublicBijeenkomst((await params).id);
  if (!b) notFound();
  const now = new Date();
  const open =
    b.status === "PLANNED" &&
    now < b.startsAt &&
    (!b.registrationOpensAt || now >= b.registrationOpensAt) &&
    (!b.registrationClosesAt || now <= b.registrationClosesAt);
  const buurten = open ? await listBuurten() : [];
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/stadsdelen/${b.stadsdeel.slug}`}>← Stadsdeel {b.stadsdeel.name}</Link>
      </p>
      <p className="text-sm text-muted">
        {bijeenkomstKindLabels[b.kind]} · {b.stadsdeel.name}
      </p>
      <h1 className="text-3xl font-bold">{b.title}</h1>
      {b.description && <p>{b.description}</p>}
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">Wanneer</dt>
        <dd>
          {formatDate(b.startsAt)}, {formatTime(b.startsAt)} – {formatTime(b.endsAt)}
        </dd>
        <dt className="font-semibold">Waar</dt>
        <dd>
          {b.locationName}, {b.address}
        </dd>
        <dt className="font-semibold">Voorzieningen</dt>
        <dd>{b.facilities.map((f) => facilityLabels[f]).join(", ") || "Neem contact op als u iets nodig heeft."}</dd>
        <dt className="font-semibold">Plaatsen</dt>
        <dd data-testid="plaatsen">
          {b.status !== "PLANNED" ? "—" : b.seatsLeft > 0 ? `Nog ${b.seatsLeft} ${b.seatsLeft === 1 ? "plaats" : "plaatsen"} vrij` : "Vol — wachtlijst"}
        </dd>
      </dl>
      <p>
        <a href={`/bijeenkomsten/${b.id}/agenda.ics`}>Zet in mijn agenda (.ics)</a>
      </p>
      {b.status === "CANCELLED" ? (
        <p role="status" className="rounded border border-accent bg-red-50 p-3">
          Deze bijeenkomst gaat niet door. {b.cancelReason}
        </p>
      ) : b.status === "HELD" || now >= b.startsAt ? (
        <p>
          Deze bijeenkomst is geweest.{" "}
          {b.verslagVersions > 0 ? <Link href={`/verslagen/${b.id}`}>Lees het verslag</Link> : "Het verslag volgt binnen 14 dagen."}
        </p>
      ) : !open ? (
        <p>{b.registrationOpensAt && now < b.registrationOpensAt ? `Aanmelden kan vanaf ${formatDate(b.registrationOpensAt)}.` : "Aanmelden is gesloten."}</p>
      ) : (
        <section aria-labelledby="aanmelden-kop" className="space-y-3">
          <h2 id="aanmelden-kop" className="text-xl font-semibold">
            Aanmelden
          </h2>
          <RegistrationForm
            action={registerForBijeenkomst}
            bijeenkomstId={b.id}
            full={b.seatsLeft === 0}
            buurten={buurten.map((x) => ({ id: x.id, name: x.name, stadsdeel: x.stadsdeel.name }))}
          />
        </section>
      )}
    </div>
  );
}
