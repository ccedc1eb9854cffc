// One agenda item: edit it, and link the inbreng that led to it and the
// bijeenkomsten where it was discussed.
import type { Metadata } from "next";
import Link from "next/link";
import { AgendaItemForm } from "@/components/forms/agenda-item-form";
import { AgendaLinkForm } from "@/components/forms/agenda-link-form";
import { linkAgendaItem } from "@/lib/actions/agenda/link-agenda-item";
import { updateAgendaItem } from "@/lib/actions/agenda/update-agenda-item";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { canEditAgendaItem, canManageStadsdeel } from "@/lib/auth/permissions";
import { agendaFormOptions, getAgendaItem, linkableForAgenda } from "@/lib/data/agenda/get-agenda-item";
import { agendaKindLabels, agendaStatusLabels, formatDate, formatPeriod, inbrengKindLabels } from "@/lib/format";
import { isoDay } from "@/lib/period";

export const metadata: Metadata = { title: "Agendapunt" };

export default async function AgendaItemPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ aangemaakt?: string }> }) {
  const user = await requireUser();
  const item = await orRefuse(getAgendaItem(user, (await params).id));
  const { aangemaakt } = await searchParams;
  const editable = canEditAgendaItem(user, item);
  const [options, linkable] = editable
    ? await Promise.all([agendaFormOptions(user, item.stadsdeelId), linkableForAgenda(item.stadsdeelId)])
    : [
        { themes: [], departments: [], buurten: [], wijken: [] },
        { inbreng: [], bijeenkomsten: [] },
      ];
  return (
    <div className="max-w-4xl space-y-6">
      <p>
        <Link href="/medewerker/agenda">← Stadsdeelagenda</Link>
      </p>
      <h1 className="text-3xl font-bold">{item.title}</h1>
      {aangemaakt && (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-green-900">
          Het agendapunt is toegevoegd.
        </p>
      )}
      <p>
        {agendaKindLabels[item.kind]} · {item.stadsdeel.name} · {formatPeriod(item.periodStart, item.periodEnd)} · {agendaStatusLabels[item.status]} (
        {item.progress}%) · {item.isPublic ? "openbaar" : "intern"}
      </p>
      <section aria-labelledby="links-kop" className="space-y-3">
        <h2 id="links-kop" className="text-xl font-semibold">
          Gekoppelde inbreng en bijeenkomsten
        </h2>
        <ul className="list-disc pl-6" data-testid="gekoppeld">
          {item.inbreng.map(({ inbreng: i }) => (
            <li key={i.id}>
              Inbreng ({inbrengKindLabels[i.kind].toLowerCase()}): <Link href={`/medewerker/inbreng/${i.id}`}>{i.text}</Link>
            </li>
          ))}
          {item.bijeenkomsten.map(({ bijeenkomst: b }) => (
            <li key={b.id}>
              Bijeenkomst: <Link href={`/medewerker/bijeenkomsten/${b.id}`}>{b.title}</Link> ({formatDate(b.startsAt)})
            </li>
          ))}
          {item.inbreng.length + item.bijeenkomsten.length === 0 && <li>Nog niets gekoppeld.</li>}
        </ul>
        {editable && (
          <AgendaLinkForm
            action={linkAgendaItem}
            agendaItemId={item.id}
            inbreng={linkable.inbreng.map((i) => ({ id: i.id, name: `${i.text}${i.buurt ? ` (${i.buurt.name})` : ""}` }))}
            bijeenkomsten={linkable.bijeenkomsten.map((b) => ({ id: b.id, name: `${b.title} (${formatDate(b.startsAt)})` }))}
          />
        )}
      </section>
      {canManageStadsdeel(user, item.stadsdeelId) && (
        <p>
          <Link href={`/medewerker/dossiers/nieuw?agendapunt=${item.id}`}>Dossier openen over dit agendapunt</Link> (voor de stadsdeeltafel)
        </p>
      )}
      {editable && (
        <section aria-labelledby="wijzigen-kop" className="space-y-3">
          <h2 id="wijzigen-kop" className="text-xl font-semibold">
            Wijzigen
          </h2>
          <AgendaItemForm
            action={updateAgendaItem}
            hidden={{ agendaItemId: item.id }}
            submitLabel="Wijzigingen opslaan"
            {...options}
            initial={{
              kind: item.kind,
              title: item.title,
              description: item.description,
              themeId: item.themeId ?? "",
              departmentId: item.departmentId ?? "",
              periodStart: isoDay(item.periodStart),
              periodEnd: isoDay(item.periodEnd),
              status: item.status,
              progress: String(item.progress),
              isPublic: item.isPublic,
              buurtIds: item.areas.flatMap((a) => (a.buurtId ? [a.buurtId] : [])),
              wijkIds: item.areas.flatMap((a) => (a.wijkId ? [a.wijkId] : [])),
            }}
          />
        </section>
      )}
    </div>
  );
}
