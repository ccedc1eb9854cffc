// The agenda builder's proposals for a sessie: dossiers in discussion,
// acties due before the sessie, and points of earlier sessies without a
// besluit — each one button away from the agenda.
import { ButtonForm } from "@/components/forms/overleg-forms";
import { addSessiePunt } from "@/lib/actions/overleg/add-sessie-punt";
import type { getAgendaProposals } from "@/lib/data/overleggen/get-sessie";
import { dossierStatusLabels, formatDate } from "@/lib/format";

type Proposals = NonNullable<Awaited<ReturnType<typeof getAgendaProposals>>>;

export function AgendaProposals({ sessieId, proposals: p }: { sessieId: string; proposals: Proposals }) {
  const none = p.dossiers.length + p.acties.length + p.carried.length === 0;
  return (
    <section aria-labelledby="voorstel-kop" className="space-y-2" data-testid="agenda-voorstel">
      <h2 id="voorstel-kop" className="text-xl font-semibold">
        Voorgesteld voor de agenda
      </h2>
      {none && <p>Geen voorstellen: geen lopende dossiers, verlopen acties of open punten.</p>}
      <ul className="space-y-2">
        {p.carried.map((c) => (
          <li key={c.id} className="flex flex-wrap items-center gap-2">
            <span>
              Open punt van {formatDate(c.sessie.startsAt)}: {c.title}
            </span>
            <ButtonForm action={addSessiePunt} fields={{ sessieId, carriedFromId: c.id }} label={`Doorschuiven: ${c.title}`} />
          </li>
        ))}
        {p.dossiers.map((d) => (
          <li key={d.id} className="flex flex-wrap items-center gap-2">
            <span>
              Dossier ({dossierStatusLabels[d.status].toLowerCase()} sinds {formatDate(d.aangemeldAt)}): {d.title}
            </span>
            <ButtonForm action={addSessiePunt} fields={{ sessieId, dossierId: d.id }} label={`Op de agenda: ${d.title}`} />
          </li>
        ))}
        {p.acties.map((a) => {
          const title = `Actie: ${a.description} (${a.ownerUser?.name ?? a.ownerOrganisation?.name}, uiterlijk ${formatDate(a.dueOn)})`;
          return (
            <li key={a.id} className="flex flex-wrap items-center gap-2">
              <span>{title}</span>
              <ButtonForm action={addSessiePunt} fields={{ sessieId, title: title.slice(0, 300) }} label={`Op de agenda: actie ${a.description}`} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
