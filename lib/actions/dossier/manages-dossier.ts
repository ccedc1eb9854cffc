// The shared check of the dossier actions: the user manages the dossier's
// stadsdeel (its regisseur, or the beheerder). False for a dossier that does not exist.
import type { SessionUser } from "../../auth/permissions.ts";
import { canManageStadsdeel } from "../../auth/permissions.ts";
import type { Tx } from "../define-action.ts";

export async function managesDossier(tx: Tx, user: SessionUser, dossierId: string): Promise<boolean> {
  const d = await tx.dossier.findUnique({ where: { id: dossierId }, select: { stadsdeelId: true } });
  return d !== null && canManageStadsdeel(user, d.stadsdeelId);
}
