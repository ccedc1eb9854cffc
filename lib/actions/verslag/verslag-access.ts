// Shared by the verslag actions: the bijeenkomst must be the user's to
// manage; its verslag is created on first use with deadline = date + 14 days.
import { canManageStadsdeel } from "../../auth/permissions.ts";
import type { SessionUser } from "../../auth/permissions.ts";
import type { Tx } from "../define-action.ts";

export const DEADLINE_DAYS = 14;

export async function mayManageBijeenkomst(tx: Tx, user: SessionUser, bijeenkomstId: string): Promise<boolean> {
  const b = await tx.bijeenkomst.findUnique({ where: { id: bijeenkomstId }, select: { stadsdeelId: true } });
  return b !== null && canManageStadsdeel(user, b.stadsdeelId);
}

export async function ensureVerslag(tx: Tx, bijeenkomstId: string) {
  const b = await tx.bijeenkomst.findUniqueOrThrow({ where: { id: bijeenkomstId } });
  return tx.verslag.upsert({
    where: { bijeenkomstId },
    create: { bijeenkomstId, deadlineAt: new Date(b.startsAt.getTime() + DEADLINE_DAYS * 86_400_000) },
    update: {},
    include: { versions: { orderBy: { number: "asc" } } },
  });
}
