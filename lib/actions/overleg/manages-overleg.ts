// The shared checks of the overleg actions: the user runs the overleg of
// this sessie or agenda point (canManageOverleg: chair, secretary, the
// stadsdeel's regisseur, the beheerder). False for a record that does not exist.
import { canManageOverleg, type SessionUser } from "../../auth/permissions.ts";
import type { Role } from "../../../generated/prisma/enums.ts";
import type { Tx } from "../define-action.ts";

/** Who can run an overleg at all (the fine check is canManageOverleg on the record): never a wethouder or partner. */
export const overlegRunnerRoles = ["STADSDEELREGISSEUR", "AFDELINGSMEDEWERKER", "BEHEERDER"] satisfies Role[];

const overleg = { select: { stadsdeelId: true, chairId: true, secretaryId: true } } as const;

export async function managesSessie(tx: Tx, user: SessionUser, sessieId: string): Promise<boolean> {
  const s = await tx.sessie.findUnique({ where: { id: sessieId }, select: { overleg } });
  return s !== null && canManageOverleg(user, s.overleg);
}

export async function managesPunt(tx: Tx, user: SessionUser, puntId: string): Promise<boolean> {
  const p = await tx.sessiePunt.findUnique({ where: { id: puntId }, select: { sessie: { select: { overleg } } } });
  return p !== null && canManageOverleg(user, p.sessie.overleg);
}

export async function managesSeat(tx: Tx, user: SessionUser, seatId: string): Promise<boolean> {
  const s = await tx.overlegSeat.findUnique({ where: { id: seatId }, select: { overleg } });
  return s !== null && canManageOverleg(user, s.overleg);
}

export async function managesOverleg(tx: Tx, user: SessionUser, overlegId: string): Promise<boolean> {
  const o = await tx.overleg.findUnique({ where: { id: overlegId }, ...overleg });
  return o !== null && canManageOverleg(user, o);
}
