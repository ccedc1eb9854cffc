// The authorisation of every action on one bijeenkomst: the user manages
// its stadsdeel (regisseur of it, or beheerder). A missing id is refused too.
import { canManageStadsdeel, type SessionUser } from "../../auth/permissions.ts";
import type { Tx } from "../define-action.ts";

export async function managesBijeenkomst({ user, tx }: { user: SessionUser; tx: Tx }, input: { bijeenkomstId: string }): Promise<boolean> {
  const b = await tx.bijeenkomst.findUnique({ where: { id: input.bijeenkomstId }, select: { stadsdeelId: true } });
  return b !== null && canManageStadsdeel(user, b.stadsdeelId);
}
