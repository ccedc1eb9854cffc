// One programma for staff: its status and versions, the opgaven and doelen
// (with their state in the chosen year), the plan of that year with its
// completeness check and last year's lessons, and the monitor. Concept:
// the regisseur adds opgaven and doelen, the beheerder records the college's
// decision. Vastgesteld: nothing changes; a new version does.
import type { Metadata } from "next";
import Link from "next/link";
import { BouwsteenForms, DoelForm, LinkAgendaItemForm, MonitorForm, NewVersionForm, OpgaveForm, VaststellenForm } from "@/components/forms/programma-forms";
import { OpgavenList } from "@/components/programma/opgaven-list";
import { PlanSection } from "@/components/programma/plan-section";
import { ProgrammaHeader } from "@/components/programma/programma-header";
import { addBouwsteen } from "@/lib/actions/programma/add-bouwsteen";
import { addDoel } from "@/lib/actions/programma/add-doel";
import { addOpgave } from "@/lib/actions/programma/add-opgave";
import { linkAgendaItem } from "@/lib/actions/programma/link-agenda-item";
import { newProgrammaVersion } from "@/lib/actions/programma/new-programma-version";
import { publishMonitor } from "@/lib/actions/programma/publish-monitor";
import { vaststellenProgramma } from "@/lib/actions/programma/vaststellen-programma";
import { requireUser } from "@/lib/auth/current-user";
import { orRefuse } from "@/lib/auth/refuse";
import { getProgramma } from "@/lib/data/programma/get-programma";
import { formatDate } from "@/lib/format";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ jaar?: string }> };

export const metadata: Metadata = { title: "Programma" };

export default async function ProgrammaPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const d = await orRefuse(getProgramma(user, (await params).id, Number((await searchParams).jaar) || undefined));
  const { programma: p, year, choices } = d;
  const concept = p.status === "CONCEPT";
  const opt = (xs: { id: string; name: string }[]) => xs.map((x) => ({ value: x.id, label: x.name }));
  const monitor = p.monitors.find((m) => m.year === year);
  const indicatorOptions = choices?.indicators.map((i) => ({ value: i.code, label: i.name })) ?? [];
  const areaOptions = d.areas.map((a) => ({ value: a.code, label: a.name }));
  const years = Array.from({ length: p.endYear - p.startYear + 1 }, (_, i) => p.startYear + i);
  return (
    <div className="space-y-8">
      <ProgrammaHeader programma={p} />
      {d.canVaststellen && (
        <section aria-labelledby="vaststellen-kop" className="space-y-2">
          <h2 id="vaststellen-kop" className="text-xl font-semibold">
            Vaststellen
          </h2>
          <p>Leg het besluit van het college vast. Daarna verandert dit programma niet meer; wijzigen gaat met een nieuwe versie.</p>
          <VaststellenForm action={vaststellenProgramma} programmaId={p.id} />
        </section>
      )}
      {p.status === "VASTGESTELD" && d.canEdit && !p.next && <NewVersionForm action={newProgrammaVersion} programmaId={p.id} />}
      <section aria-labelledby="opgaven-kop" className="space-y-3">
        <h2 id="opgaven-kop" className="text-2xl font-semibold">
          Opgaven en doelen
        </h2>
        <OpgavenList
          opgaven={p.opgaven}
          states={d.states}
          areaName={d.areaName}
          showCodes
          doelExtra={(doel) =>
            choices && p.status !== "VERVALLEN" ? (
              <div className="mt-2">
                <p className="text-sm">{doel.activiteiten?.length ?? 0} activiteiten gekoppeld.</p>
                <LinkAgendaItemForm
                  action={linkAgendaItem}
                  doelId={doel.id}
                  doelText={doel.text}
                  items={choices.agendaItems
                    .filter((a) => !doel.activiteiten?.some((x) => x.agendaItemId === a.id))
                    .map((a) => ({ value: a.id, label: `${a.title} (${formatDate(a.periodStart)})` }))}
                />
              </div>
            ) : null
          }
          opgaveExtra={(o) =>
            choices && concept ? (
              <>
                <details>
                  <summary className="cursor-pointer font-semibold text-brand">Doel toevoegen bij {o.title}</summary>
                  <DoelForm action={addDoel} opgaveId={o.id} opgaveTitle={o.title} indicators={indicatorOptions} areas={areaOptions} />
                </details>
                <details>
                  <summary className="cursor-pointer font-semibold text-brand">Onderbouwing toevoegen bij {o.title}</summary>
                  <BouwsteenForms
                    action={addBouwsteen}
                    opgaveId={o.id}
                    opgaveTitle={o.title}
                    indicators={indicatorOptions}
                    areas={areaOptions}
                    inbreng={choices.inbreng.map((i) => ({ value: i.id, label: `${formatDate(i.createdAt)} · ${i.theme.name} · ${i.text.slice(0, 70)}` }))}
                    verslagen={choices.verslagen.map((v) => ({ value: v.id, label: `${v.bijeenkomst.title} (${formatDate(v.bijeenkomst.startsAt)})` }))}
                  />
                </details>
              </>
            ) : null
          }
        />
        {choices && concept && (
          <section aria-labelledby="opgave-nieuw-kop" className="space-y-2">
            <h3 id="opgave-nieuw-kop" className="text-lg font-semibold">
              Opgave toevoegen
            </h3>
            <OpgaveForm
              action={addOpgave}
              programmaId={p.id}
              focusgebieden={opt(choices.focusgebieden)}
              themes={opt(choices.themes)}
              departments={opt(choices.departments)}
              organisations={opt(choices.organisations)}
              wethouders={opt(choices.wethouders)}
            />
          </section>
        )}
      </section>
      <nav aria-label="Jaar van het plan en de monitor" className="flex flex-wrap gap-3">
        {years.map((y) =>
          y === year ? (
            <span key={y} aria-current="page" className="font-semibold">
              {y}
            </span>
          ) : (
            <Link key={y} href={`/medewerker/programmas/${p.id}?jaar=${y}`}>
              {y}
            </Link>
          ),
        )}
      </nav>
      <section aria-labelledby="plan-kop" className="space-y-3">
        <h2 id="plan-kop" className="text-2xl font-semibold">
          Stadsdeelplan {year}
        </h2>
        <PlanSection plan={d.plan} staff lessons={d.lessons} />
      </section>
      <section aria-labelledby="monitor-kop" className="space-y-3">
        <h2 id="monitor-kop" className="text-2xl font-semibold">
          Stadsdeelmonitor {year}
        </h2>
        {monitor ? (
          <div className="space-y-2">
            <p>
              Gepubliceerd op {formatDate(monitor.publishedAt)}. De toestand per doel staat hierboven bij de doelen (zoals nu berekend); de gepubliceerde
              monitor staat op de openbare pagina.
            </p>
            <p>
              <span className="font-semibold">Wat werkte:</span> {monitor.watWerkte}
            </p>
            <p>
              <span className="font-semibold">Wat kan beter:</span> {monitor.watKanBeter}
            </p>
          </div>
        ) : p.status === "VASTGESTELD" && d.canEdit ? (
          <MonitorForm action={publishMonitor} programmaId={p.id} year={year} />
        ) : (
          <p>
            Voor {year} is nog geen monitor gepubliceerd{p.status === "CONCEPT" ? "; dat kan zodra het programma is vastgesteld" : ""}.
          </p>
        )}
      </section>
    </div>
  );
}
