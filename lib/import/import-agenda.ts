// Import of agenda items from departments' spreadsheets. `planAgendaImport`
// decides per row — create, update, unchanged or refused, with reasons —
// without changing anything (the preview); `applyAgendaImport` carries out
// the plan's good rows. Rows are matched by their stable key (`sleutel`),
// so importing the same file again changes nothing. The optional "doel"
// column names doelen of the stadsdeel's programma by their code (several
// with ;): the item becomes an activity of the stadsdeelplan towards them
// (links are added, never removed by an import).
import type { AgendaKind, AgendaStatus } from "../../generated/prisma/enums.ts";
import type { Tx } from "../actions/define-action.ts";
import type { SessionUser } from "../auth/permissions.ts";
import { canEditAgendaItem } from "../auth/permissions.ts";
import { parsePeriod } from "../period.ts";
import { slugify } from "../slug.ts";
import type { Sheet } from "./read-spreadsheet.ts";

export const agendaColumns = [
  "sleutel",
  "stadsdeel",
  "titel",
  "omschrijving",
  "soort",
  "thema",
  "afdeling",
  "begin",
  "einde",
  "status",
  "voortgang",
  "openbaar",
  "buurten",
  "wijken",
  "doel",
] as const;

type Values = {
  externalKey: string;
  stadsdeelId: string;
  title: string;
  description: string;
  kind: AgendaKind;
  themeId: string | null;
  departmentId: string | null;
  periodStart: Date;
  periodEnd: Date;
  status: AgendaStatus;
  progress: number;
  isPublic: boolean;
  buurtIds: string[];
  wijkIds: string[];
  doelIds: string[];
};

export type PlannedRow = {
  line: number;
  key: string;
  title: string;
  action: "create" | "update" | "unchanged" | "refused";
  reasons: string[];
  values?: Values;
  existingId?: string;
};

export type AgendaImportPlan = { rows: PlannedRow[]; counts: Record<PlannedRow["action"], number>; missingColumns: string[] };

const kinds: Record<string, AgendaKind> = { beleid: "BELEID", uitvoering: "UITVOERING", participatie: "PARTICIPATIE" };
const statuses: Record<string, AgendaStatus> = { gepland: "GEPLAND", loopt: "LOOPT", afgerond: "AFGEROND", uitgesteld: "UITGESTELD", vervallen: "VERVALLEN" };
const norm = (s: string) => s.trim().toLowerCase();

export async function planAgendaImport(tx: Tx, user: SessionUser, sheet: Sheet): Promise<AgendaImportPlan> {
  const header = sheet.header.map(norm);
  const missingColumns = ["sleutel", "stadsdeel", "titel", "soort", "begin", "einde"].filter((c) => !header.includes(c));
  const counts = { create: 0, update: 0, unchanged: 0, refused: 0 };
  if (missingColumns.length) return { rows: [], counts, missingColumns };
  const col = (cells: string[], name: string) => (cells[header.indexOf(name)] ?? "").trim();

  const [stadsdelen, themes, departments, buurten, wijken, doelen] = await Promise.all([
    tx.stadsdeel.findMany({ select: { id: true, name: true, slug: true } }),
    tx.theme.findMany({ select: { id: true, name: true, slug: true, active: true } }),
    tx.department.findMany({ select: { id: true, name: true, slug: true, active: true } }),
    tx.buurt.findMany({ select: { id: true, code: true, name: true, stadsdeelId: true, wijkId: true } }),
    tx.wijk.findMany({ select: { id: true, code: true, name: true } }),
    header.includes("doel")
      ? tx.doel.findMany({
          where: { opgave: { programma: { status: { not: "VERVALLEN" } } } },
          select: { id: true, code: true, opgave: { select: { programma: { select: { stadsdeelId: true } } } } },
        })
      : Promise.resolve([]),
  ]);
  const byName = <T extends { name: string; slug?: string }>(list: T[], v: string) => list.find((x) => norm(x.name) === norm(v) || x.slug === slugify(v));
  const keys = sheet.rows.map((r) => col(r.cells, "sleutel")).filter(Boolean);
  const existing = new Map(
    (await tx.agendaItem.findMany({ where: { externalKey: { in: keys } }, include: { areas: true, doelen: { select: { doelId: true } } } })).map((e) => [
      e.externalKey!,
      e,
    ]),
  );
  const seen = new Map<string, number>();
  const rows: PlannedRow[] = [];

  for (const { line, cells } of sheet.rows) {
    const key = col(cells, "sleutel");
    const title = col(cells, "titel");
    const reasons: string[] = [];
    if (!key) reasons.push("sleutel ontbreekt");
    else if (seen.has(key)) reasons.push(`sleutel staat ook op regel ${seen.get(key)}`);
    if (key) seen.set(key, line);
    if (!title) reasons.push("titel ontbreekt");
    const stadsdeel = byName(stadsdelen, col(cells, "stadsdeel"));
    if (!stadsdeel) reasons.push(`onbekend stadsdeel "${col(cells, "stadsdeel")}"`);
    const kind = kinds[norm(col(cells, "soort"))];
    if (!kind) reasons.push(`soort moet beleid, uitvoering of participatie zijn (niet "${col(cells, "soort")}")`);
    const current = key ? existing.get(key) : undefined;
    const themeName = col(cells, "thema");
    const theme = themeName ? byName(themes, themeName) : undefined;
    if (themeName && !theme) reasons.push(`onbekend thema "${themeName}"`);
    else if (theme && !theme.active && theme.id !== current?.themeId) reasons.push(`thema "${theme.name}" is uitgezet`);
    const deptName = col(cells, "afdeling");
    const department = deptName ? byName(departments, deptName) : undefined;
    if (deptName && !department) reasons.push(`onbekende afdeling "${deptName}"`);
    else if (department && !department.active && department.id !== current?.departmentId) reasons.push(`afdeling "${department.name}" is uitgezet`);
    const periodStart = parsePeriod(col(cells, "begin"), "start");
    const periodEnd = parsePeriod(col(cells, "einde"), "end");
    if (!periodStart) reasons.push(`ongeldige begindatum "${col(cells, "begin")}"`);
    if (!periodEnd) reasons.push(`ongeldige einddatum "${col(cells, "einde")}"`);
    if (periodStart && periodEnd && periodEnd < periodStart) reasons.push("het einde ligt voor het begin");
    const statusRaw = col(cells, "status");
    const status = statusRaw ? statuses[norm(statusRaw)] : "GEPLAND";
    if (!status) reasons.push(`onbekende status "${statusRaw}"`);
    const progressRaw = col(cells, "voortgang").replace("%", "");
    const progress = progressRaw === "" ? 0 : Number(progressRaw);
    if (!Number.isInteger(progress) || progress < 0 || progress > 100)
      reasons.push(`voortgang moet een getal van 0 tot 100 zijn (niet "${col(cells, "voortgang")}")`);
    const publicRaw = norm(col(cells, "openbaar"));
    if (publicRaw && !["ja", "nee", "j", "n", "1", "0"].includes(publicRaw)) reasons.push(`openbaar moet ja of nee zijn (niet "${publicRaw}")`);
    const buurtIds: string[] = [];
    for (const b of col(cells, "buurten")
      .split(/[;,|]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const hit = buurten.find((x) => x.code.toLowerCase() === b.toLowerCase() || norm(x.name) === norm(b));
      if (!hit) reasons.push(`onbekende buurt "${b}"`);
      else if (stadsdeel && hit.stadsdeelId !== stadsdeel.id) reasons.push(`buurt ${hit.name} ligt niet in ${stadsdeel.name}`);
      else buurtIds.push(hit.id);
    }
    const wijkIds: string[] = [];
    for (const w of col(cells, "wijken")
      .split(/[;,|]/)
      .map((x) => x.trim())
      .filter(Boolean)) {
      const hit = wijken.find((x) => x.code.toLowerCase() === w.toLowerCase() || norm(x.name) === norm(w));
      if (!hit) reasons.push(`onbekende wijk "${w}"`);
      else if (stadsdeel && !buurten.some((b) => b.wijkId === hit.id && b.stadsdeelId === stadsdeel.id))
        reasons.push(`wijk ${hit.name} ligt niet in ${stadsdeel.name}`);
      else wijkIds.push(hit.id);
    }
    const doelIds: string[] = [];
    for (const c of col(cells, "doel")
      .split(/[;,|]/)
      .map((x) => x.trim().toLowerCase())
      .filter(Boolean)) {
      const hits = doelen.filter((d) => d.code === c);
      if (hits.length === 0) reasons.push(`onbekend doel "${c}"`);
      else if (stadsdeel && !hits.some((d) => d.opgave.programma.stadsdeelId === stadsdeel.id))
        reasons.push(`doel ${c} hoort bij het programma van een ander stadsdeel`);
      else doelIds.push(...hits.filter((d) => d.opgave.programma.stadsdeelId === stadsdeel?.id).map((d) => d.id));
    }
    // Who may write this row: the regisseur of the stadsdeel, or the department itself.
    const mayWrite = (stadsdeelId: string, departmentId: string | null | undefined) =>
      canEditAgendaItem(user, { stadsdeelId, departmentId: departmentId ?? null });
    if (stadsdeel && !mayWrite(stadsdeel.id, department?.id))
      reasons.push(`geen toegang tot de agenda van ${stadsdeel.name}${user.role === "AFDELINGSMEDEWERKER" ? " voor deze afdeling" : ""}`);
    if (current && !mayWrite(current.stadsdeelId, current.departmentId)) reasons.push("deze sleutel hoort bij een agendapunt waar u geen toegang toe heeft");

    if (reasons.length) {
      rows.push({ line, key, title, action: "refused", reasons });
      counts.refused++;
      continue;
    }
    const values: Values = {
      externalKey: key,
      stadsdeelId: stadsdeel!.id,
      title,
      description: col(cells, "omschrijving"),
      kind,
      themeId: theme?.id ?? null,
      departmentId: department?.id ?? null,
      periodStart: periodStart!,
      periodEnd: periodEnd!,
      status,
      progress,
      isPublic: !["nee", "n", "0"].includes(publicRaw),
      buurtIds: [...new Set(buurtIds)].sort(),
      wijkIds: [...new Set(wijkIds)].sort(),
      doelIds: [...new Set(doelIds)],
    };
    let action: PlannedRow["action"] = "create";
    if (current) {
      const same =
        current.stadsdeelId === values.stadsdeelId &&
        current.title === values.title &&
        current.description === values.description &&
        current.kind === values.kind &&
        current.themeId === values.themeId &&
        current.departmentId === values.departmentId &&
        current.periodStart.getTime() === values.periodStart.getTime() &&
        current.periodEnd.getTime() === values.periodEnd.getTime() &&
        current.status === values.status &&
        current.progress === values.progress &&
        current.isPublic === values.isPublic &&
        JSON.stringify(
          current.areas
            .map((a) => a.buurtId)
            .filter(Boolean)
            .sort(),
        ) === JSON.stringify(values.buurtIds) &&
        JSON.stringify(
          current.areas
            .map((a) => a.wijkId)
            .filter(Boolean)
            .sort(),
        ) === JSON.stringify(values.wijkIds) &&
        values.doelIds.every((id) => current.doelen.some((d) => d.doelId === id));
      action = same ? "unchanged" : "update";
    }
    rows.push({ line, key, title, action, reasons: [], values, existingId: current?.id });
    counts[action]++;
  }
  return { rows, counts, missingColumns };
}

export async function applyAgendaImport(tx: Tx, plan: AgendaImportPlan): Promise<void> {
  for (const row of plan.rows) {
    if (!row.values || (row.action !== "create" && row.action !== "update")) continue;
    const { buurtIds, wijkIds, doelIds, ...data } = row.values;
    const links = {
      doelen: {
        connectOrCreate: doelIds.map((doelId) => ({ where: { agendaItemId_doelId: { agendaItemId: row.existingId ?? "", doelId } }, create: { doelId } })),
      },
    };
    const areas = [...buurtIds.map((buurtId) => ({ buurtId })), ...wijkIds.map((wijkId) => ({ wijkId }))];
    if (row.action === "create") {
      await tx.agendaItem.create({
        data: { ...data, progressUpdatedAt: new Date(), areas: { create: areas }, doelen: { create: doelIds.map((doelId) => ({ doelId })) } },
      });
    } else {
      const before = await tx.agendaItem.findUniqueOrThrow({ where: { id: row.existingId! }, select: { progress: true, status: true } });
      await tx.agendaItemArea.deleteMany({ where: { agendaItemId: row.existingId! } });
      await tx.agendaItem.update({
        where: { id: row.existingId! },
        data: {
          ...data,
          areas: { create: areas },
          ...links,
          ...(before.progress !== data.progress || before.status !== data.status ? { progressUpdatedAt: new Date() } : {}),
        },
      });
    }
  }
}
