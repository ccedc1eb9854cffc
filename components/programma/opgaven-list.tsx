// The opgaven of a programma with their doelen: why each is an opgave, its
// focusgebied, theme and trekker; per doel how it is measured and (given
// states) its state in the chosen year. In a concept, those who may edit
// get the forms to add a doel; activities can be linked in any version.
import Link from "next/link";
import type { ReactNode } from "react";
import { formatDate } from "@/lib/format";
import { formatIndicatorPeriod, formatValue } from "@/lib/indicators/format";
import type { DoelMonitor } from "@/lib/programma/compute-states";
import { DoelMeasure, DoelStateBadge, type DoelView } from "./doel-line";

export type OpgaveView = {
  id: string;
  title: string;
  priority: number;
  waarom: string;
  focusgebied: { name: string; slug: string } | null;
  theme: { name: string } | null;
  leadDepartment: { name: string } | null;
  doelen: (DoelView & { activiteiten?: { agendaItemId: string }[] })[];
  betrokkenen?: { id: string; department: { name: string } | null; organisation: { name: string } | null; user: { name: string } | null }[];
  bouwstenen?: {
    id: string;
    areaCode: string | null;
    periodStart: Date | null;
    periodEnd: Date | null;
    value: number | null;
    inbreng: { text: string; createdAt: Date; theme: { name: string } } | null;
    verslag: { bijeenkomst: { title: string; startsAt: Date } } | null;
    indicator: { name: string; unit: string } | null;
  }[];
};

function Betrokkenen({ o }: { o: OpgaveView }) {
  const b = o.betrokkenen ?? [];
  const names = (pick: (x: (typeof b)[number]) => { name: string } | null) => b.flatMap((x) => (pick(x) ? [pick(x)!.name] : []));
  const parts = [
    names((x) => x.department).length ? `Ook: ${names((x) => x.department).join(", ")}` : null,
    names((x) => x.organisation).length ? `Partners: ${names((x) => x.organisation).join(", ")}` : null,
    names((x) => x.user).length ? `Portefeuillehouder: ${names((x) => x.user).join(", ")}` : null,
  ].filter(Boolean);
  return parts.length ? <p className="text-sm">{parts.join(" · ")}</p> : null;
}

function Bouwstenen({ o, areaName }: { o: OpgaveView; areaName: (code: string | null) => string }) {
  if (!o.bouwstenen?.length) return null;
  return (
    <div>
      <p className="font-semibold">Onderbouwing</p>
      <ul className="ml-5 list-disc text-sm">
        {o.bouwstenen.map((b) => (
          <li key={b.id}>
            {b.inbreng && (
              <>
                Inbreng ({b.inbreng.theme.name}, {formatDate(b.inbreng.createdAt)}): “{b.inbreng.text}”
              </>
            )}
            {b.verslag && (
              <>
                Verslag van {b.verslag.bijeenkomst.title} ({formatDate(b.verslag.bijeenkomst.startsAt)})
              </>
            )}
            {b.indicator && b.value !== null && (
              <>
                {b.indicator.name} in {areaName(b.areaCode)}: {formatValue(b.value, b.indicator.unit)} ({formatIndicatorPeriod(b.periodStart!, b.periodEnd!)})
              </>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function OpgavenList({
  opgaven,
  states,
  areaName,
  doelExtra,
  opgaveExtra,
  showCodes = false,
}: {
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
          <h3 className="text-lg font-semibold">
            {o.priority}. {o.title}
          </h3>
          <p>
            <span className="font-semibold">Waarom:</span> {o.waarom}
          </p>
          <p className="text-sm">
            {o.focusgebied && (
              <>
                <Link href={`/focusgebieden/${o.focusgebied.slug}`}>Focusgebied {o.focusgebied.name}</Link>
                {o.theme || o.leadDepartment ? " · " : ""}
              </>
            )}
            {[o.theme ? `Thema ${o.theme.name}` : null, o.leadDepartment ? `Trekker: ${o.leadDepartment.name}` : null].filter(Boolean).join(" · ")}
          </p>
          <Betrokkenen o={o} />
          <Bouwstenen o={o} areaName={areaName} />
          {o.doelen.length === 0 ? (
            <p>Nog geen doelen.</p>
          ) : (
            <ul className="space-y-2">
              {o.doelen.map((d) => (
                <li key={d.id} className="rounded border border-gray-200 p-2">
                  <p>
                    <span className="font-semibold">{d.kind === "EFFECT" ? "Effect" : "Prestatie"}:</span> {d.text}
                  </p>
                  {showCodes && (
                    <p className="text-sm">
                      Code voor de agenda-import: <code>{d.code}</code>
                    </p>
                  )}
                  <p className="text-sm">
                    <DoelMeasure doel={d} areaName={areaName} />
                  </p>
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
