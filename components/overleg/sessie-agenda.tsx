// The agenda of a sessie in order: each point with its dossier, where it
// came from, the besluit and the acties agreed — and, for whoever runs the
// overleg while the lists have not gone out, buttons to move it, the besluit
// form and a new actie. Status always in words.
import Link from "next/link";
import { ActieForm } from "@/components/forms/actie-forms";
import { BesluitForm, ButtonForm } from "@/components/forms/overleg-forms";
import { createPuntActie } from "@/lib/actions/overleg/create-punt-actie";
import { moveSessiePunt } from "@/lib/actions/overleg/move-sessie-punt";
import { recordBesluit } from "@/lib/actions/overleg/record-besluit";
import type { getSessie } from "@/lib/data/overleggen/get-sessie";
import { isPastDue, todayKey } from "@/lib/datetime";
import { actieStatusLabels, dossierStatusLabels, formatDate } from "@/lib/format";

type Sessie = Awaited<ReturnType<typeof getSessie>>;
type Owners = { label: string; options: { value: string; label: string }[] }[];

export function SessieAgenda({ sessie, owners }: { sessie: Sessie; owners: Owners | null }) {
  const edit = sessie.manage && !sessie.listsSentAt;
  const today = todayKey();
  if (sessie.punten.length === 0) return <p>Er staan nog geen punten op de agenda.</p>;
  return (
    <ol className="space-y-4" data-testid="sessie-agenda">
      {sessie.punten.map((p, i) => (
        <li key={p.id} className="rounded border border-gray-300 p-3">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h3 className="text-lg font-semibold">
              {i + 1}. {p.dossier ? <Link href={`/medewerker/dossiers/${p.dossier.id}`}>{p.title}</Link> : p.title}
            </h3>
            {edit && (
              <div className="flex gap-2">
                {i > 0 && <ButtonForm action={moveSessiePunt} fields={{ puntId: p.id, direction: "up" }} label={`Omhoog: ${p.title}`} />}
                {i < sessie.punten.length - 1 && (
                  <ButtonForm action={moveSessiePunt} fields={{ puntId: p.id, direction: "down" }} label={`Omlaag: ${p.title}`} />
                )}
              </div>
            )}
          </div>
          {p.dossier && <p className="text-sm">Dossier, status: {dossierStatusLabels[p.dossier.status].toLowerCase()}</p>}
          {p.carriedFrom && <p className="text-sm">Doorgeschoven van {formatDate(p.carriedFrom.sessie.startsAt)}</p>}
          {edit ? (
            <BesluitForm action={recordBesluit} puntId={p.id} besluit={p.besluit ?? ""} title={p.title} />
          ) : (
            <p className="mt-1">
              <strong>Besluit:</strong> {p.besluit ?? "geen besluit"}
            </p>
          )}
          {p.acties.length > 0 && (
            <ul className="mt-2 list-disc pl-6" aria-label={`Acties bij ${p.title}`}>
              {p.acties.map((a) => (
                <li key={a.id}>
                  {a.description} — {a.ownerUser?.name ?? a.ownerOrganisation?.name}, uiterlijk {formatDate(a.dueOn)}:{" "}
                  {actieStatusLabels[a.status].toLowerCase()}
                  {a.status === "OPEN" && isPastDue(a.dueOn, today) && <strong className="text-accent"> (te laat)</strong>}
                </li>
              ))}
            </ul>
          )}
          {edit && owners && (
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold text-brand">Actie bij “{p.title}”</summary>
              <ActieForm action={createPuntActie} for={{ puntId: p.id }} owners={owners} today={today} idPrefix={`actie-${p.id}`} />
            </details>
          )}
        </li>
      ))}
    </ol>
  );
}
