// The dashboard's first screen: five figures a wethouder reads at a glance,
// each a link to the list behind it, worded as defined in lib/dashboard/figures.
import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { stadsdeelFigures as sf, totalFigures as tf } from "@/lib/dashboard/figures";
import type { DashboardLinks } from "./links";

const pct = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : "—");

function Tile({ href, label, value, sub, testId }: { href: string; label: string; value: string | number; sub: string; testId: string }) {
  return (
    <li className="rounded border border-gray-300 bg-white">
      <Link href={href} className="block h-full p-3 no-underline hover:bg-gray-50" data-testid={testId}>
        <span className="block text-sm font-semibold text-muted">{label}</span>
        <span className="block text-3xl font-bold text-brand">{value}</span>
        <span className="block text-sm text-gray-900">{sub}</span>
      </Link>
    </li>
  );
}

export function HeadlineFigures({ d, links }: { d: Dashboard; links: DashboardLinks }) {
  const open = d.perStadsdeel.reduce((s, r) => s + r.meldingenOpen, 0);
  const overdue = d.perStadsdeel.reduce((s, r) => s + r.meldingenOverdue, 0);
  const inbreng = d.inbreng.reduce((s, r) => s + r.n, 0);
  return (
    <section aria-labelledby="kerncijfers-kop">
      <h2 id="kerncijfers-kop" className="sr-only">
        Kerncijfers
      </h2>
      <ul className="grid grid-cols-2 gap-3 md:grid-cols-5" data-testid="kerncijfers">
        <Tile
          testId="kc-gehouden"
          href={links.meetings({ status: "gehouden" })}
          label={sf.held.label}
          value={d.meetings.held}
          sub={`${d.meetings.planned} gepland`}
        />
        <Tile
          testId="kc-deelnemers"
          href={links.meetings({ status: "gehouden" })}
          label={tf.participants.label}
          value={d.reach.total}
          sub={`${d.participation.uniquePeople} aanwezig geweest`}
        />
        <Tile
          testId="kc-inbreng"
          href={links.inbreng()}
          label={sf.inbreng.label}
          value={inbreng}
          sub={`${d.inbreng.reduce((s, r) => s + r.answered, 0)} met antwoord`}
        />
        <Tile testId="kc-meldingen" href={links.meldingenNow()} label={sf.meldingenOpen.label} value={open} sub={`${overdue} over de termijn`} />
        <Tile
          testId="kc-verslagen"
          href={links.meetings({ verslag: "op-tijd" })}
          label={tf.verslagenOnTime.label}
          value={pct(d.verslagen.onTime, d.verslagen.due)}
          sub={`${d.verslagen.onTime} van ${d.verslagen.due} binnen 14 dagen`}
        />
      </ul>
    </section>
  );
}
