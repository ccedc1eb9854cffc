// The dashboard's tables as plain rows, for the CSV and Excel exports (the
// page shows the same figures, under the same names: lib/dashboard/figures).
import { ageBandShortLabels, agendaKindLabels, agendaStatusLabels, formatMonth, inbrengKindLabels, meldingStatusLabels } from "../../format.ts";
import type { getDashboard } from "./get-dashboard.ts";
import { stadsdeelFigureKeys, stadsdeelFigures, stadsdeelFigures as sf, totalFigures as tf } from "../../dashboard/figures.ts";

const share = (v: number | null) => (v === null ? "" : Math.round(v * 1000) / 10);

export type Table = { title: string; header: string[]; rows: (string | number)[][] };

export function dashboardTables(d: Awaited<ReturnType<typeof getDashboard>>): Record<string, Table> {
  return {
    vergelijking: {
      title: "Stadsdelen naast elkaar",
      header: ["stadsdeel", ...stadsdeelFigureKeys.map((k) => stadsdeelFigures[k].label.toLowerCase())],
      rows: d.perStadsdeel.map((s) => [s.name, ...stadsdeelFigureKeys.map((k) => s[k])]),
    },
    deelname: {
      title: "Bijeenkomsten en deelname",
      header: [
        "gehouden",
        "gepland",
        "geannuleerd",
        ...[tf.registrations, sf.attended].map((f) => f.label.toLowerCase()),
        "niet gekomen",
        ...[tf.participants, tf.attendedPeople, tf.repeatPeople].map((f) => f.label.toLowerCase()),
      ],
      rows: [
        [
          d.meetings.held,
          d.meetings.planned,
          d.meetings.cancelled,
          d.participation.registrations,
          d.participation.attended,
          d.participation.noShow,
          d.reach.total,
          d.participation.uniquePeople,
          d.participation.repeatPeople,
        ],
      ],
    },
    verslagen: {
      title: "Verslagen en evaluatie",
      header: ["verslagen", "binnen 14 dagen", "te laat", "nu over de termijn", "evaluaties", "tevreden", "gehoord", "organisatie"],
      rows: [
        [
          d.verslagen.due,
          d.verslagen.onTime,
          d.verslagen.late,
          d.verslagen.overdueNow,
          d.evaluations.responses,
          d.evaluations.overall ?? "",
          d.evaluations.heard ?? "",
          d.evaluations.organisation ?? "",
        ],
      ],
    },
    "meldingen-status": {
      title: "Meldingen per status",
      header: ["status", "aantal"],
      rows: Object.entries(meldingStatusLabels).map(([k, l]) => [l, d.meldingen.byStatus[k] ?? 0]),
    },
    "meldingen-afdeling": {
      title: "Meldingen per afdeling",
      header: ["afdeling", "open", "te laat", "afgesloten"],
      rows: d.meldingen.byDepartment.map((r) => [r.department, r.open, r.overdue, r.closed]),
    },
    "meldingen-maand": {
      title: "Meldingen per maand",
      header: ["maand", "nieuw", "inmiddels afgesloten"],
      rows: d.meldingen.trend.map((r) => [formatMonth(r.month), r.created, r.closed]),
    },
    "meldingen-buurt": {
      title: "Meldingen per buurt",
      header: ["buurt", "buurtcode", "meldingen", `inwoners${d.meldingen.perBuurt.year ? ` (CBS ${d.meldingen.perBuurt.year})` : ""}`, "per 1.000 inwoners"],
      rows: d.meldingen.perBuurt.rows.map((b) => [b.name, b.code, b.n, b.inhabitants ?? "", b.perThousand === null ? "" : Math.round(b.perThousand * 10) / 10]),
    },
    "bereik-buurt": {
      title: "Bereik per buurt",
      header: ["buurt", "deelnemers", "aandeel deelnemers", "aandeel inwoners"],
      rows: d.reach.byBuurt.map((b) => [b.name, b.n, share(b.share), share(b.populationShare)]),
    },
    "bereik-leeftijd": {
      title: "Bereik per leeftijdsgroep",
      header: ["leeftijd", "deelnemers", "aandeel deelnemers", "aandeel inwoners (gemeente)"],
      rows: d.reach.byAge.map((a) => [ageBandShortLabels[a.band], a.n, share(a.share), share(a.populationShare)]),
    },
    inbreng: {
      title: "Inbreng per thema",
      header: ["thema", "soort", "aantal", "met antwoord"],
      rows: d.inbreng.map((r) => [r.theme, inbrengKindLabels[r.kind], r.n, r.answered]),
    },
    agenda: {
      title: "Stadsdeelagenda",
      header: ["soort", "status", "aantal", "gemiddelde voortgang", "zonder update 90 dagen"],
      rows: d.agenda.map((r) => [agendaKindLabels[r.kind], agendaStatusLabels[r.status], r.n, r.progress === null ? "" : Math.round(r.progress), r.stale]),
    },
  };
}
