// The stadsdeelmonitor's states for the doelen of one programma in one plan
// year: per doel its latest shown measurement up to that year's end (a
// value hidden for too small an n does not count) and its activities in
// that year (not vervallen), put through doelState. Used by the monitor
// page and by publishing the monitor, so both say the same.
import type { Tx } from "../actions/define-action.ts";
import type { PrismaClient } from "../prisma-client.ts";
import { type DoelState, doelState } from "./doel-state.ts";

export type DoelMonitor = { state: DoelState; reasons: string[]; latest: { value: number; year: number } | null };

export async function computeDoelStates(db: Tx | PrismaClient, programmaId: string, year: number, today = new Date()): Promise<Record<string, DoelMonitor>> {
  const [start, end] = [new Date(Date.UTC(year, 0, 1)), new Date(Date.UTC(year, 11, 31))];
  const [doelen, gemeente] = await Promise.all([
    db.doel.findMany({
      where: { opgave: { programmaId } },
      select: {
        id: true,
        indicatorId: true,
        areaLevel: true,
        areaCode: true,
        baselineValue: true,
        baselineYear: true,
        targetValue: true,
        targetYear: true,
        activiteiten: {
          where: { agendaItem: { periodStart: { lte: end }, periodEnd: { gte: start }, status: { not: "VERVALLEN" } } },
          select: { agendaItem: { select: { title: true, progress: true, status: true, periodStart: true, periodEnd: true } } },
        },
      },
    }),
    db.gemeente.findUnique({ where: { id: "gemeente" }, select: { minN: true } }),
  ]);
  const minN = gemeente?.minN ?? 10;
  const out: Record<string, DoelMonitor> = {};
  for (const d of doelen) {
    let latest: DoelMonitor["latest"] = null;
    if (d.indicatorId && d.areaLevel && d.areaCode) {
      const w = await db.indicatorWaarde.findFirst({
        where: { indicatorId: d.indicatorId, level: d.areaLevel, areaCode: d.areaCode, periodEnd: { lte: end }, OR: [{ n: null }, { n: { gte: minN } }] },
        orderBy: { periodEnd: "desc" },
        select: { value: true, periodEnd: true },
      });
      if (w) latest = { value: w.value, year: w.periodEnd.getUTCFullYear() };
    }
    const measure = d.indicatorId
      ? { baselineValue: d.baselineValue!, baselineYear: d.baselineYear!, targetValue: d.targetValue!, targetYear: d.targetYear! }
      : null;
    const { state, reasons } = doelState({ measure, latest, activities: d.activiteiten.map((a) => a.agendaItem), today: today > end ? end : today });
    out[d.id] = { state, reasons, latest };
  }
  return out;
}
