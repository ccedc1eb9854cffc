// A resident's own data as rows of (onderdeel, veld, waarde) in plain Dutch:
// the readable page and the CSV download show exactly these, so the two
// can never differ; the JSON download carries the same facts for machines.
import { ageBandShortLabels, facilityLabels, formatDate, formatTime } from "../format.ts";

type MyData = {
  name: string | null;
  email: string | null;
  postcode: string | null;
  buurt: { name: string } | null;
  ageBand: string | null;
  inPool: boolean;
  poolJoinedAt: Date | null;
  createdAt: Date;
  consents: { purpose: string; textVersion: string; givenAt: Date; withdrawnAt: Date | null }[];
  registrations: {
    status: string;
    partySize: number;
    needs: string[];
    needsOther: string | null;
    createdAt: Date;
    cancelledAt: Date | null;
    bijeenkomst: { title: string; startsAt: Date };
    evaluation: { scoreOverall: number; scoreHeard: number; scoreOrganisation: number; comment: string | null; createdAt: Date } | null;
  }[];
  reacties: { text: string; createdAt: Date }[];
  overlegSeats: {
    residentName: string | null;
    invitedAt: Date | null;
    confirmedAt: Date | null;
    overleg: { name: string; stadsdeel: { name: string } | null };
  }[];
};

export type MyDataRow = { section: string; field: string; value: string };

const when = (d: Date) => `${formatDate(d)} ${formatTime(d)}`;
const statusText: Record<string, string> = {
  CONFIRMED: "aangemeld",
  WAITLISTED: "op de wachtlijst",
  CANCELLED: "afgemeld",
  ATTENDED: "aanwezig geweest",
  NO_SHOW: "niet gekomen",
};
const purposeText: Record<string, string> = {
  REGISTRATION: "aanmelden voor bijeenkomsten",
  PARTICIPATION_POOL: "vaker meepraten (uitnodigingen)",
  OVERLEG_MEMBER: "lid van een overleg",
};

export function myDataRows(me: MyData): MyDataRow[] {
  const rows: MyDataRow[] = [];
  const add = (section: string, field: string, value: string | null | undefined) => rows.push({ section, field, value: value ?? "—" });
  add("Uzelf", "Naam", me.name);
  add("Uzelf", "E-mailadres", me.email);
  add("Uzelf", "Postcode", me.postcode);
  add("Uzelf", "Buurt", me.buurt?.name);
  add("Uzelf", "Leeftijdsgroep", me.ageBand ? (ageBandShortLabels[me.ageBand] ?? me.ageBand) : null);
  add("Uzelf", "Vaker meepraten", me.inPool ? `ja, sinds ${me.poolJoinedAt ? formatDate(me.poolJoinedAt) : "onbekend"}` : "nee");
  add("Uzelf", "Eerste aanmelding", when(me.createdAt));
  for (const c of me.consents) {
    add(`Toestemming: ${purposeText[c.purpose] ?? c.purpose}`, "Gegeven", `${when(c.givenAt)} (tekstversie ${c.textVersion})`);
    if (c.withdrawnAt) add(`Toestemming: ${purposeText[c.purpose] ?? c.purpose}`, "Ingetrokken", when(c.withdrawnAt));
  }
  for (const r of me.registrations) {
    const s = `Aanmelding: ${r.bijeenkomst.title} (${formatDate(r.bijeenkomst.startsAt)})`;
    add(s, "Status", statusText[r.status] ?? r.status);
    add(s, "Aantal personen", String(r.partySize));
    if (r.needs.length || r.needsOther) add(s, "Wensen", [...r.needs.map((n) => facilityLabels[n] ?? n), r.needsOther].filter(Boolean).join(", "));
    add(s, "Aangemeld op", when(r.createdAt));
    if (r.cancelledAt) add(s, "Afgemeld op", when(r.cancelledAt));
    if (r.evaluation) {
      add(
        s,
        "Evaluatie",
        `tevreden ${r.evaluation.scoreOverall}, gehoord ${r.evaluation.scoreHeard}, organisatie ${r.evaluation.scoreOrganisation} (van 5), op ${when(r.evaluation.createdAt)}`,
      );
      if (r.evaluation.comment) add(s, "Opmerking bij de evaluatie", r.evaluation.comment);
    }
  }
  for (const r of me.reacties) add("Reactie op een verslag", when(r.createdAt), r.text);
  for (const seat of me.overlegSeats) {
    const s = `Overleg: ${seat.overleg.name}${seat.overleg.stadsdeel ? ` (${seat.overleg.stadsdeel.name})` : ""}`;
    add(s, "Naam bij het overleg", seat.residentName);
    if (seat.invitedAt) add(s, "Uitgenodigd op", when(seat.invitedAt));
    add(s, "Lid", seat.confirmedAt ? `ja, sinds ${when(seat.confirmedAt)}` : "nog niet bevestigd");
  }
  return rows;
}
