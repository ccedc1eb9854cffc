// "Aandacht nodig": what a wethouder or regisseur should ask about now —
// meldingen over their deadline, verslagen not sent within 14 days (the
// longest overdue by name), the group the portal reaches least, and agenda
// items nobody updated for 90 days. Each line links to the list behind it.
import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { ageBandShortLabels, formatDate } from "@/lib/format";
import { stadsdeelFigures as sf, totalFigures as tf } from "@/lib/dashboard/figures";
import type { DashboardLinks } from "./links";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const daysSince = (d: Date) => Math.max(1, Math.floor((Date.now() - d.getTime()) / 86_400_000));

export function Attention({ d, links }: { d: Dashboard; links: DashboardLinks }) {
  const overdue = d.perStadsdeel.reduce((s, r) => s + r.meldingenOverdue, 0);
  const worst = [...d.perStadsdeel].sort((a, b) => b.meldingenOverdue - a.meldingenOverdue)[0];
  const stale = d.agenda.reduce((s, r) => s + r.stale, 0);
  const gap = d.reach.biggestGaps;
  const items = [
    overdue > 0 && (
      <li key="meldingen">
        <Link href={links.meldingenNow({ telaat: "1" })}>
          {overdue} {sf.meldingenOverdue.label.toLowerCase()}
        </Link>
        {d.perStadsdeel.length > 1 && worst ? `, de meeste in ${worst.name} (${worst.meldingenOverdue})` : ""}.
      </li>
    ),
    d.verslagen.overdueNow > 0 && (
      <li key="verslagen">
        <Link href={links.meetings({ verslag: "over-termijn" })}>
          {d.verslagen.overdueNow} {tf.verslagenOverdue.label.toLowerCase()}
        </Link>
        :
        <ul className="ml-5 list-disc">
          {d.lateVerslagen.map((v) => (
            <li key={v.id}>
              <Link href={`/medewerker/bijeenkomsten/${v.id}`}>{v.title}</Link> ({v.stadsdeel}, {formatDate(v.startsAt)}) — {daysSince(v.deadlineAt)} dagen over
              de termijn
            </li>
          ))}
        </ul>
      </li>
    ),
    (gap.age || gap.buurt) && (
      <li key="bereik">
        Minst bereikt:{" "}
        {gap.age && `${ageBandShortLabels[gap.age.band]} jaar (${pct(gap.age.share)} van de deelnemers, ${pct(gap.age.populationShare)} van de inwoners)`}
        {gap.age && gap.buurt ? "; " : ""}
        {gap.buurt && `buurt ${gap.buurt.name} (${pct(gap.buurt.share)} tegen ${pct(gap.buurt.populationShare)})`}. <a href="#bereik-kop">Bereik bekijken</a>
      </li>
    ),
    stale > 0 && (
      <li key="agenda">
        <Link href={links.agenda({ verouderd: "1" })}>
          {stale} {tf.agendaStale.label.toLowerCase()}
        </Link>{" "}
        in 90 dagen.
      </li>
    ),
  ].filter(Boolean);
  return (
    <section aria-labelledby="aandacht-kop" className="rounded border-l-4 border-amber-700 bg-amber-50 p-4" data-testid="aandacht">
      <h2 id="aandacht-kop" className="text-xl font-semibold">
        Aandacht nodig
      </h2>
      {items.length ? <ul className="mt-2 list-disc space-y-1 pl-5">{items}</ul> : <p className="mt-2">Niets dat nu aandacht vraagt in deze selectie.</p>}
    </section>
  );
}
