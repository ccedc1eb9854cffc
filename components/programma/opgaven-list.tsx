// The opgaven of a programma with their doelen: why each is an opgave, its
// focusgebied, theme and trekker; per doel how it is measured and (given
// states) its state in the chosen year. In a concept, those who may edit
// get the forms to add a doel; activities can be linked in any version.
import Link from "next/link";
import type { ReactNode } from "react";
import type { DoelMonitor } from "@/lib/programma/compute-states";
import { DoelMeasure, DoelStateBadge, type DoelView } from "./doel-line";

export type OpgaveView = {
  id: string; title: string; priority: number; waarom: string;
  focusgebied: { name: string; slug: string } | null; theme: { name: string } | null; leadDepartment: { name: string } | null;
  doelen: (DoelView & { activiteiten?: { agendaItemId: string }[] })[];
};

export function OpgavenList({ opgaven, states, areaName, doelExtra, opgaveExtra, showCodes = false }: {
  opgaven: OpgaveView[];
  states?: Record<string, DoelMonitor>;
  areaName: (code: string | null) => string;
  doelExtra?: (doel: OpgaveView["doelen"][number]) => ReactNode;
  opgaveExtra?: (opgave: OpgaveView) => ReactNode;
  showCodes?: boolean;
}) {
  if (opgaven.length === 0) return <p>Dit programma heeft nog geen opgaven.</p>;
  return (
    <ol className="space-y-6">
      {opgaven.map((o) => (
        <li key={o.id} className="space-y-2 border-l-4 border-gray-300 pl-3">
          <h3 className="text-lg font-semibold">{o.priority}. {o.title}</h3>
          <p><span className="font-semibold">Waarom:</span> {o.waarom}</p>
          <p className="text-sm">
            {o.focusgebied && <><Link href={`/focusgebieden/${o.focusgebied.slug}`}>Focusgebied {o.focusgebied.name}</Link>{o.theme || o.leadDepartment ? " · " : ""}</>}
            {[o.theme ? `Thema ${o.theme.name}` : null, o.leadDepartment ? `Trekker: ${o.leadDepartment.name}` : null].filter(Boolean).join(" · ")}
          </p>
          {o.doelen.length === 0 ? <p>Nog geen doelen.</p> : (
            <ul className="space-y-2">
              {o.doelen.map((d) => (
                <li key={d.id} className="rounded border border-gray-200 p-2">
                  <p><span className="font-semibold">{d.kind === "EFFECT" ? "Effect" : "Prestatie"}:</span> {d.text}</p>
                  {showCodes && <p className="text-sm">Code voor de agenda-import: <code>{d.code}</code></p>}
                  <p className="text-sm"><DoelMeasure doel={d} areaName={areaName} /></p>
                  {states && <DoelStateBadge monitor={states[d.id]} unit={d.indicator?.unit} />}
                  {doelExtra?.(d)}
                </li>
              ))}
            </ul>
          )}
          {opgaveExtra?.(o)}
        </li>
      ))}
    </ol>
  );
}
