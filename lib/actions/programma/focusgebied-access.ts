// The shared check of the focusgebied actions: the user manages its
// stadsdeel (its regisseur, or the beheerder); false when it does not exist.
import type { SessionUser } from "../../auth/permissions.ts";
import { canManageStadsdeel } from "../../auth/permissions.ts";
import type { Tx } from "../define-action.ts";

export async function managesFocusgebied(tx: Tx, user: SessionUser, focusgebiedId: string): Promise<boolean> {
  const f = await tx.focusgebied.findUnique({ where: { id: focusgebiedId }, select: { stadsdeelId: true } });
  return f !== null && canManageStadsdeel(user, f.stadsdeelId);
}
