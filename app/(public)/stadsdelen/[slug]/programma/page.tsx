// Public stadsdeelprogramma: the vastgesteld programma (opgaven, why, and
// what we want to reach), this year's plan (public agenda items working on
// the doelen) and the latest monitor (each doel's state in words, what
// worked, what can be better). Prints on A4.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PrintButton } from "@/components/print-button";
import { OpgavenList } from "@/components/programma/opgaven-list";
import { PlanSection } from "@/components/programma/plan-section";
import { getStadsdeel } from "@/lib/data/areas/get-stadsdeel";
import { getPublicProgramma } from "@/lib/data/programma/get-public-programma";
import { formatDate } from "@/lib/format";
import { areaNamer } from "@/lib/indicators/areas";

export const metadata: Metadata = { title: "Stadsdeelprogramma" };

export default async function PublicProgrammaPage({ params }: { params: Promise<{ slug: string }> }) {
  const stadsdeel = await getStadsdeel((await params).slug);
  if (!stadsdeel) notFound();
  const data = await getPublicProgramma(stadsdeel.id);
  const areaName = areaNamer(stadsdeel);
  if (!data) {
    return (
      <div className="space-y-4">
        <h1 className="text-3xl font-bold">Stadsdeelprogramma {stadsdeel.name}</h1>
        <p>Er is voor {stadsdeel.name} nog geen vastgesteld stadsdeelprogramma.</p>
      </div>
    );
  }
  const { programma: p, plan, monitor } = data;
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold">{p.title}</h1>
        <p>
          Stadsdeel {stadsdeel.name}, {p.startYear}–{p.endYear}. Vastgesteld door {p.vastgesteldDoor} op {formatDate(p.vastgesteldOp!)} (kenmerk{" "}
          {p.besluitKenmerk}){p.version > 1 ? `, versie ${p.version}` : ""}.
        </p>
        <PrintButton />
      </header>
      <section aria-labelledby="opgaven-kop" className="space-y-3">
        <h2 id="opgaven-kop" className="text-2xl font-semibold">
          Opgaven: wat voorrang heeft, en waarom
        </h2>
        <OpgavenList opgaven={p.opgaven} areaName={areaName} />
      </section>
      <section aria-labelledby="plan-kop" className="space-y-3 print:break-before-page">
        <h2 id="plan-kop" className="text-2xl font-semibold">
          Stadsdeelplan {plan.year}
        </h2>
        <PlanSection plan={plan} staff={false} />
      </section>
      <section aria-labelledby="monitor-kop" className="space-y-3 print:break-before-page">
        <h2 id="monitor-kop" className="text-2xl font-semibold">
          {monitor ? `Stadsdeelmonitor ${monitor.year}` : "Stadsdeelmonitor"}
        </h2>
        {!monitor ? (
          <p>Er is nog geen monitor gepubliceerd.</p>
        ) : (
          <>
            <p>Gepubliceerd op {formatDate(monitor.publishedAt)}.</p>
            <OpgavenList opgaven={p.opgaven} areaName={areaName} states={monitor.states} />
            <p>
              <span className="font-semibold">Wat werkte:</span> {monitor.watWerkte}
            </p>
            <p>
              <span className="font-semibold">Wat kan beter:</span> {monitor.watKanBeter}
            </p>
          </>
        )}
      </section>
    </div>
  );
}
