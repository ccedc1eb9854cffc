// Dashboard blocks on bijeenkomsten, deelname, verslagen and reach, folded
// below the first screen; the words come from lib/dashboard/figures.
import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard/get-dashboard";
import { ReachTables } from "@/components/reach-tables";
import { stadsdeelFigures as sf, totalFigures as tf } from "@/lib/dashboard/figures";
import { DetailBlock, type Fold } from "./detail-block";
import { ExportLinks } from "./export-links";
import type { DashboardLinks } from "./links";

const pct = (v: number | null) => (v === null ? "—" : `${Math.round(v * 100)}%`);
const one = (v: number | null) => (v === null ? "—" : v.toFixed(1).replace(".", ","));

type Props = { d: Dashboard; links: DashboardLinks; exportQuery: URLSearchParams; fold: Fold };

export function ParticipationBlock({ d, links, exportQuery, fold }: Props) {
  const m = links.meetings;
  return (
    <DetailBlock
      fold={fold}
      id="deelname"
      title="Bijeenkomsten en deelname"
      lead={
        <p>
          {d.meetings.held} gehouden, {d.participation.registrations} aanmeldingen, {pct(d.participation.attendanceRate)} opkomst.
        </p>
      }
    >
      <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="deelname">
        <dt>Gehouden</dt>
        <dd className="text-right">
          <Link href={m({ status: "gehouden" })}>{d.meetings.held}</Link>
        </dd>
        <dt>Gepland</dt>
        <dd className="text-right">
          <Link href={m({ status: "gepland" })}>{d.meetings.planned}</Link>
        </dd>
        <dt>Geannuleerd</dt>
        <dd className="text-right">
          <Link href={m({ status: "geannuleerd" })}>{d.meetings.cancelled}</Link>
        </dd>
        <dt>{tf.registrations.label}</dt>
        <dd className="text-right">
          <Link href={m()}>{d.participation.registrations}</Link>
        </dd>
        <dt>{sf.attended.label} / niet gekomen</dt>
        <dd className="text-right">
          <Link href={m({ status: "gehouden" })}>
            {d.participation.attended} / {d.participation.noShow}
          </Link>{" "}
          ({pct(d.participation.attendanceRate)} opkomst)
        </dd>
        <dt>{tf.participants.label}</dt>
        <dd className="text-right">{d.reach.total}</dd>
        <dt>
          {tf.attendedPeople.label}, van wie {tf.repeatPeople.label.toLowerCase()}
        </dt>
        <dd className="text-right">
          <Link href={m({ status: "gehouden" })}>
            {d.participation.uniquePeople}, {d.participation.repeatPeople}
          </Link>
        </dd>
      </dl>
      <ExportLinks blok="deelname" query={exportQuery} />
    </DetailBlock>
  );
}

export function VerslagenBlock({ d, links, exportQuery, fold }: Props) {
  const m = links.meetings;
  return (
    <DetailBlock
      fold={fold}
      id="verslagen"
      title="Verslagen en evaluatie"
      lead={
        <p>
          {d.verslagen.onTime} van {d.verslagen.due} verslagen binnen 14 dagen; tevredenheid {one(d.evaluations.overall)} van 5.
        </p>
      }
    >
      <dl className="grid max-w-xl grid-cols-[1fr_auto] gap-x-4 gap-y-1" data-testid="verslagen">
        <dt>Verslagen binnen 14 dagen</dt>
        <dd className="text-right">
          <Link href={m({ verslag: "op-tijd" })}>{d.verslagen.onTime}</Link> van {d.verslagen.due} (
          {pct(d.verslagen.due ? d.verslagen.onTime / d.verslagen.due : null)})
        </dd>
        <dt>Te laat verstuurd</dt>
        <dd className="text-right">
          <Link href={m({ verslag: "te-laat" })}>{d.verslagen.late}</Link>
        </dd>
        <dt>{tf.verslagenOverdue.label}</dt>
        <dd className="text-right">
          <Link href={m({ verslag: "over-termijn" })}>{d.verslagen.overdueNow}</Link>
        </dd>
        <dt>Evaluaties (respons)</dt>
        <dd className="text-right">
          <Link href={m({ status: "gehouden" })}>{d.evaluations.responses}</Link> (
          {pct(d.evaluations.invited ? d.evaluations.responses / d.evaluations.invited : null)})
        </dd>
        <dt>Tevreden / gehoord / organisatie (1–5)</dt>
        <dd className="text-right">
          <Link href={m({ status: "gehouden" })}>
            {one(d.evaluations.overall)} / {one(d.evaluations.heard)} / {one(d.evaluations.organisation)}
          </Link>
        </dd>
      </dl>
      <ExportLinks blok="verslagen" query={exportQuery} />
    </DetailBlock>
  );
}

export function ReachBlock({ d, exportQuery, fold }: Omit<Props, "links">) {
  return (
    <DetailBlock
      fold={fold}
      id="bereik"
      title="Bereik"
      lead={
        <p data-testid="pool">
          {tf.participants.label}: {d.reach.total}; {sf.pool.label.toLowerCase()}: {d.pool.size}, van wie {d.pool.joined} nieuw in deze periode.
        </p>
      }
    >
      <ReachTables reach={d.reach} />
      <ExportLinks blok="bereik-buurt" query={exportQuery} label="Exporteren per buurt" />
      <ExportLinks blok="bereik-leeftijd" query={exportQuery} label="Exporteren per leeftijdsgroep" />
      <p>
        Bereik per stadsdeel:{" "}
        {d.perStadsdeel.map((s, i) => (
          <span key={s.id}>
            {i > 0 && " · "}
            <Link href={`/medewerker/stadsdelen/${s.slug}/bereik`}>bereik {s.name}</Link>
          </span>
        ))}
      </p>
    </DetailBlock>
  );
}
