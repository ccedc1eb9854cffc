// Makes an overleg's sessies from its cadence, idempotently: one per overleg
// and start (a unique key), so running it twice adds none. Runs when an
// overleg is made or its cadence changes (inside that action's transaction)
// and daily in the worker, keeping a year ahead. Sessies the cadence made
// that no longer fit it are removed while still empty (no points, no
// attendance); a sessie with content stays.
import type { Tx } from "../actions/define-action.ts";
import { fromLocalInput, todayKey } from "../datetime.ts";
import { sessionStarts } from "./cadence.ts";

export const HORIZON_DAYS = 366;

export async function generateSessies(tx: Tx, overlegId: string, now = new Date()): Promise<{ added: number; removed: number }> {
  const o = await tx.overleg.findUniqueOrThrow({
    where: { id: overlegId },
    select: { id: true, rrule: true, firstOn: true, startTime: true, durationMinutes: true, location: true, active: true },
  });
  const until = new Date(now.getTime() + HORIZON_DAYS * 86_400_000);
  // from the start of today: a session earlier today is still made (the secretary logs it afterwards)
  const from = fromLocalInput(`${todayKey(now)}T00:00`)!;
  const starts = o.active ? sessionStarts({ rrule: o.rrule, firstOn: o.firstOn.toISOString().slice(0, 10), startTime: o.startTime }, from, until) : [];
  const removed = await tx.sessie.deleteMany({
    where: { overlegId, fromCadence: true, startsAt: { gt: now, notIn: starts }, punten: { none: {} }, attendance: { none: {} } },
  });
  const added = await tx.sessie.createMany({
    data: starts.map((startsAt) => ({ overlegId, startsAt, endsAt: new Date(startsAt.getTime() + o.durationMinutes * 60_000), location: o.location })),
    skipDuplicates: true,
  });
  return { added: added.count, removed: removed.count };
}
