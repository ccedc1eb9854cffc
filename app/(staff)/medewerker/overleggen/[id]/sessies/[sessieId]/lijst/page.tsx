// The besluiten- en actielijst of a sessie, laid out for A4: who was there,
// each point with its besluit, and the acties with owner and date. Read by
// everyone at the table; the browser prints it (the portal's print styles
// drop the menu).
import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { seatLabel } from "@/lib/data/overleggen/get-overleg";
import { getSessie } from "@/lib/data/overleggen/get-sessie";
import { actieStatusLabels, formatDate, formatTime } from "@/lib/format";

export const metadata: Metadata = { title: "Besluiten- en actielijst" };

export default async function SessieListPage({ params }: { params: Promise<{ id: string; sessieId: string }> }) {
  const user = await requireUser();
  const { id, sessieId } = await params;
  const s = await orRefuse(getSessie(user, id, sessieId));
  const present = new Set(s.attendance.filter((a) => a.present).map((a) => a.seatId));
  const acties = s.punten.flatMap((p, i) => p.acties.map((a) => ({ ...a, punt: i + 1 })));
  return (
    <article className="max-w-3xl space-y-5 print:max-w-none">
      <p className="print:hidden">
        <Link href={`/medewerker/overleggen/${s.overleg.id}/sessies/${s.id}`}>← Terug naar de sessie</Link>
      </p>
      <h1 className="text-2xl font-bold">Besluiten- en actielijst {s.overleg.name}</h1>
      <p>
        {formatDate(s.startsAt)}, {formatTime(s.startsAt)}–{formatTime(s.endsAt)} uur{s.location ? `, ${s.location}` : ""}
      </p>
      <section aria-labelledby="aanwezig-kop">
        <h2 id="aanwezig-kop" className="text-lg font-semibold">
          Aanwezig
        </h2>
        <p>
          {s.overleg.seats
            .filter((x) => present.has(x.id))
            .map(seatLabel)
            .join("; ") || "niet vastgelegd"}
        </p>
      </section>
      <section aria-labelledby="besluiten-kop">
        <h2 id="besluiten-kop" className="text-lg font-semibold">
          Besluiten
        </h2>
        <ol className="list-decimal space-y-1 pl-6">
          {s.punten.map((p) => (
            <li key={p.id}>
              <strong>{p.title}</strong>: {p.besluit ?? "geen besluit (kan worden doorgeschoven)"}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="acties-kop">
        <h2 id="acties-kop" className="text-lg font-semibold">
          Acties
        </h2>
        {acties.length === 0 ? (
          <p>Geen acties.</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <thead>
              <tr className="border-b border-gray-500">
                <th scope="col" className="py-1 pr-2">
                  Punt
                </th>
                <th scope="col" className="py-1 pr-2">
                  Actie
                </th>
                <th scope="col" className="py-1 pr-2">
                  Wie
                </th>
                <th scope="col" className="py-1 pr-2">
                  Uiterlijk
                </th>
                <th scope="col" className="py-1">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {acties.map((a) => (
                <tr key={a.id} className="border-b border-gray-200">
                  <td className="py-1 pr-2">{a.punt}</td>
                  <td className="py-1 pr-2">{a.description}</td>
                  <td className="py-1 pr-2">{a.ownerUser?.name ?? a.ownerOrganisation?.name}</td>
                  <td className="py-1 pr-2">{formatDate(a.dueOn)}</td>
                  <td className="py-1">{actieStatusLabels[a.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </article>
  );
}
